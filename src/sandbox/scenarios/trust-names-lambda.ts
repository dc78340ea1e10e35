// A role copied from a Lambda function: its trust policy names the wrong service.

import { LEARNER_ACCOUNT } from '../constants.js';
import { ec2TrustDecision } from '../credential-flow/imds.js';
import { allOf, callAllowed, condition, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  FIRST_INSTANCE,
  ORDERS_CALL,
  ORDERS_READ,
  roleWithProfile,
  trustService,
  writeFile,
} from './fixtures.js';
import type { Scenario } from './types.js';

export const trustNamesLambda: Scenario = {
  id: 'trust-names-lambda',
  title: 'The role trusts Lambda, not EC2',
  summary:
    'The instance has a profile, the profile has a role, the role may read Orders, and still the app gets no keys. Read the credentials document IMDS serves.',
  kind: 'challenge',
  lesson: 'trust-policies',
  setup: [
    writeFile('trust-lambda.json', trustService('lambda.amazonaws.com')),
    writeFile('orders-read.json', ORDERS_READ),
    createTable('Orders'),
    ...roleWithProfile('app-role', 'trust-lambda.json', 'orders-read', 'orders-read.json', 'app-profile'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required`,
    ),
  ],
  goal: {
    description: `The app on ${FIRST_INSTANCE} reads the Orders table with app-role's credentials.`,
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const role = world.accounts[LEARNER_ACCOUNT]?.roles['app-role'];
      return allOf(
        callAllowed(run, 'The app reads the Orders table'),
        condition(
          role !== undefined && ec2TrustDecision(role, world.now).decision === 'Allow',
          'app-role trusts ec2.amazonaws.com.',
          'app-role must trust ec2.amazonaws.com.',
        ),
      );
    },
  },
  hints: [
    'Run the app: IMDS lists app-role, but the credentials document has Code AssumeRoleUnauthorizedAccess instead of keys. Who failed to assume the role?',
    'EC2 obtains the credentials by assuming the role as the service principal ec2.amazonaws.com. The trust policy must allow that principal; lambda.amazonaws.com is a different service.',
    'Write a trust policy with "Principal": {"Service": "ec2.amazonaws.com"} and "Action": "sts:AssumeRole" (file write trust-ec2.json \'...\'), then aws iam update-assume-role-policy --role-name app-role --policy-document file://trust-ec2.json',
  ],
  debrief: {
    takeaways: [
      "A role's permissions are useless to whoever cannot assume it. The trust policy decides who can.",
      'For EC2, the principal that assumes the role is the service ec2.amazonaws.com, acting for the instance. When the trust policy does not allow it, IMDS serves a document with Code AssumeRoleUnauthorizedAccess and no keys.',
      'Each service that assumes roles for you has its own service principal: ec2.amazonaws.com, lambda.amazonaws.com, ecs-tasks.amazonaws.com. A trust policy may list several if one role really serves several services.',
    ],
    docs: [
      {
        title: 'IAM User Guide: Roles terms and concepts',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
      },
      {
        title: 'IAM User Guide: AWS JSON policy elements: Principal',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      },
      {
        title: 'IAM User Guide: Use an IAM role to grant permissions to applications running on Amazon EC2 instances',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    cmd('aws iam update-assume-role-policy --role-name app-role --policy-document file://trust-ec2.json'),
  ],
};
