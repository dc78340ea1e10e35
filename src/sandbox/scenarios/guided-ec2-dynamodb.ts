// Guided build: give an application on an EC2 instance read access to a DynamoDB table, one piece
// at a time, and watch the credentials reach it.

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
import { LEARNER_ACCOUNT } from '../constants.js';
import type { World } from '../world/types.js';
import type { GuidedStep, Scenario } from './types.js';

// What each step builds, read from the learner's account.
const POLICY_ARN = `arn:aws:iam::${LEARNER_ACCOUNT}:policy/orders-read`;
const learner = (world: World) => world.accounts[LEARNER_ACCOUNT]!;
const role = (world: World) => learner(world).roles['app-role'];
const profile = (world: World) => learner(world).instanceProfiles['app-profile'];
/** The trust policy lets the EC2 service assume the role (the only principal that makes this work). */
const trustsEc2 = (world: World) =>
  [role(world)?.trustPolicy.Statement ?? []].flat().some((statement) => {
    const service = (statement as { Principal?: { Service?: string | string[] } }).Principal?.Service;
    return statement.Effect === 'Allow' && [service].flat().includes('ec2.amazonaws.com');
  });

const steps: GuidedStep[] = [
  {
    title: 'Write down what the app may do',
    explanation:
      'A permissions policy says which actions are allowed on which resources. orders-read.json allows dynamodb:GetItem and dynamodb:Query on the Orders table only. Creating it as a customer managed policy gives it an ARN that any role can attach.',
    action: cmd('aws iam create-policy --policy-name orders-read --policy-document file://orders-read.json'),
    done: (world) => learner(world).policies[POLICY_ARN] !== undefined,
  },
  {
    title: 'Create the role, trusting EC2',
    explanation:
      'A role has two policies with different jobs. Its trust policy (trust-ec2.json) says WHO may assume it: here the EC2 service, ec2.amazonaws.com, which will obtain credentials for the instance. Not the instance itself: an instance is not a principal.',
    action: cmd('aws iam create-role --role-name app-role --assume-role-policy-document file://trust-ec2.json'),
    done: trustsEc2,
  },
  {
    title: 'Give the role its permissions',
    explanation: "Attaching orders-read to the role decides WHAT anyone holding the role's credentials may do.",
    action: cmd(
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/orders-read',
    ),
    done: (world) => role(world)?.attachedPolicyArns.includes(POLICY_ARN) === true,
  },
  {
    title: 'Create an instance profile',
    explanation:
      "EC2 does not take a role directly: it takes an instance profile, a container for exactly one role. The IAM console creates one for you with the role's name; the CLI does not, so you create it yourself.",
    action: cmd('aws iam create-instance-profile --instance-profile-name app-profile'),
    done: (world) => profile(world) !== undefined,
  },
  {
    title: 'Put the role into the instance profile',
    explanation:
      'One role per instance profile, and that limit cannot be raised. This call also needs iam:PassRole on the role.',
    action: cmd('aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role'),
    done: (world) => profile(world)?.roleNames.includes('app-role') === true,
  },
  {
    title: 'Associate the profile with the running instance',
    explanation:
      "Now EC2 obtains temporary credentials for app-role from STS on the instance's behalf, and the instance metadata service serves them. Run the app after this step and watch the SDK find them through IMDSv2.",
    action: cmd(
      `aws ec2 associate-iam-instance-profile --instance-id ${FIRST_INSTANCE} --iam-instance-profile Name=app-profile`,
    ),
    done: (world) => {
      const arn = profile(world)?.arn;
      return arn !== undefined && learner(world).instances[FIRST_INSTANCE]?.association?.instanceProfileArn === arn;
    },
  },
];

export const guidedEc2Dynamodb: Scenario = {
  id: 'guided-ec2-dynamodb',
  title: 'Guided build: an EC2 app that reads DynamoDB',
  summary:
    'Create the permissions policy, the role that trusts EC2, the instance profile, and attach it to a running instance, then watch the app get credentials and read the Orders table.',
  kind: 'guided',
  lesson: 'instance-profiles',
  setup: [
    writeFile('orders-read.json', ORDERS_READ),
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    createTable('Orders'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --instance-type t3.micro --metadata-options HttpTokens=required,HttpPutResponseHopLimit=1,HttpEndpoint=enabled`,
    ),
  ],
  goal: {
    description: `The app on ${FIRST_INSTANCE} can call dynamodb:GetItem on the Orders table.`,
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (_world, run) => callAllowed(run, 'The app reads the Orders table'),
  },
  hints: [
    'Run the app first and read where the chain stops: IMDS answers 404 because no role reaches the instance yet.',
    'You need four things: a permissions policy, a role that trusts ec2.amazonaws.com, an instance profile holding the role, and an association between that profile and the instance.',
    'Follow the steps in order; each shows the command. The files orders-read.json and trust-ec2.json are already written.',
  ],
  debrief: {
    takeaways: [
      'The trust policy says who may assume the role (ec2.amazonaws.com); the permissions policy says what the role may do. They are separate documents with separate jobs.',
      'An instance profile carries one role to an instance. It does not issue credentials: EC2 obtains temporary credentials for the role from STS and the instance metadata service serves them.',
      'The SDK on the instance finds those credentials at the end of its default provider chain, through IMDS, and refreshes them before they expire. No keys are stored on the instance.',
      'With the CLI you create the instance profile yourself; the console does it for you when you create a role for EC2.',
    ],
    docs: [
      {
        title: 'IAM User Guide: Use an IAM role to grant permissions to applications running on Amazon EC2 instances',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
      },
      {
        title: 'IAM User Guide: Use instance profiles',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/instance-profiles.html',
      },
      {
        title: 'Amazon EC2 User Guide: IAM roles for Amazon EC2',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
      },
      {
        title: 'Amazon EC2 User Guide: Retrieve security credentials from instance metadata',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html',
      },
    ],
  },
  referenceSolution: steps.map((s) => s.action),
  steps,
};
