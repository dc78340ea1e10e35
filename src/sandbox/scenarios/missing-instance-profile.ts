// The role exists and is right, but nothing carries it to the instance.

import { callAllowed, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  FIRST_INSTANCE,
  ORDERS_CALL,
  ORDERS_READ,
  trustService,
  writeFile,
} from './fixtures.js';
import type { Scenario } from './types.js';

export const missingInstanceProfile: Scenario = {
  id: 'missing-instance-profile',
  title: 'The role is ready, the app has no credentials',
  summary:
    'app-role trusts EC2 and may read Orders, yet the app on the instance says it could not load credentials. Get the role to the instance.',
  kind: 'challenge',
  lesson: 'instance-profiles',
  setup: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('orders-read.json', ORDERS_READ),
    createTable('Orders'),
    cmd('aws iam create-role --role-name app-role --assume-role-policy-document file://trust-ec2.json'),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name orders-read --policy-document file://orders-read.json',
    ),
    cmd(`aws ec2 run-instances --image-id ${AMI} --metadata-options HttpTokens=required`),
  ],
  goal: {
    description: `The app on ${FIRST_INSTANCE} reads the Orders table with app-role's credentials.`,
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (_world, run) => callAllowed(run, 'The app reads the Orders table'),
  },
  hints: [
    'Run the app and look at the IMDS step: the list of role names answers 404 Not Found. No role has reached this instance.',
    "An instance never takes a role directly. It takes an instance profile that holds the role, and the CLI does not create that profile for you (the console does, with the role's name).",
    `aws iam create-instance-profile --instance-profile-name app-profile, then aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role, then aws ec2 associate-iam-instance-profile --instance-id ${FIRST_INSTANCE} --iam-instance-profile Name=app-profile`,
  ],
  debrief: {
    takeaways: [
      'EC2 knows instance profiles, not roles: --iam-instance-profile takes a profile name or ARN, and passing a role name fails unless a profile happens to have that name.',
      "The IAM console creates an instance profile with the role's name when you create a role for EC2; the CLI and API create roles and instance profiles as separate actions.",
      'With no profile associated, IMDS has no role to list (404) and every SDK ends its chain without credentials.',
      'To change the role an instance uses, replace its instance profile association; AWS advises against removing a role from a profile in use, because that change can take up to an hour to take effect.',
    ],
    docs: [
      {
        title: 'IAM User Guide: Use instance profiles',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/instance-profiles.html',
      },
      {
        title: 'Amazon EC2 User Guide: Attach an IAM role to an instance',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/attach-iam-role.html',
      },
      {
        title: 'Amazon EC2 API Reference: AssociateIamInstanceProfile',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateIamInstanceProfile.html',
      },
    ],
  },
  referenceSolution: [
    cmd('aws iam create-instance-profile --instance-profile-name app-profile'),
    cmd('aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role'),
    cmd(
      `aws ec2 associate-iam-instance-profile --instance-id ${FIRST_INSTANCE} --iam-instance-profile Name=app-profile`,
    ),
  ],
};
