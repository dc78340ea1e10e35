// A blog post's trust policy names the EC2 instance itself. IAM refuses it: an instance is not a
// principal. Trust the EC2 service; single out the instance with ec2:SourceInstanceARN instead.

import { LEARNER_ACCOUNT } from '../constants.js';
import { allOf, callAllowed, condition, instanceRoleDecision, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  FIRST_INSTANCE,
  FIRST_INSTANCE_ARN,
  ORDERS_CALL,
  ORDERS_TABLE_ARN,
  trustService,
  writeFile,
} from './fixtures.js';

/** Any other instance that might one day carry the same instance profile. */
const ANOTHER_INSTANCE = 'i-0fffffffffffffff0';
import type { Scenario } from './types.js';

const BLOG_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: FIRST_INSTANCE_ARN }, Action: 'sts:AssumeRole' }],
};

const READ_FROM_THIS_INSTANCE = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadOrdersFromOneInstance',
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:Query'],
      Resource: ORDERS_TABLE_ARN,
      Condition: { ArnEquals: { 'ec2:SourceInstanceARN': FIRST_INSTANCE_ARN } },
    },
  ],
};

export const trustInstanceArn: Scenario = {
  id: 'trust-instance-arn',
  title: 'A trust policy that names an instance',
  summary:
    'A blog post says to trust the instance ARN so only this instance can use the role. IAM will not create that role. Build it the way IAM accepts, and keep it limited to this one instance.',
  kind: 'challenge',
  lesson: 'trust-policies',
  setup: [
    writeFile('trust-instance.json', BLOG_TRUST),
    writeFile('orders-read-this-instance.json', READ_FROM_THIS_INSTANCE),
    createTable('Orders'),
    cmd(`aws ec2 run-instances --image-id ${AMI} --metadata-options HttpTokens=required`),
    cmd(
      'aws iam create-policy --policy-name orders-read-this-instance --policy-document file://orders-read-this-instance.json',
    ),
    cmd('aws iam create-instance-profile --instance-profile-name app-profile'),
  ],
  goal: {
    description: `app-role exists, only ${FIRST_INSTANCE} can use its permissions, and the app on that instance reads the Orders table.`,
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const elsewhere = instanceRoleDecision(world, LEARNER_ACCOUNT, 'app-role', ANOTHER_INSTANCE, ORDERS_CALL);
      return allOf(
        callAllowed(run, 'The app reads the Orders table'),
        condition(
          elsewhere !== undefined && elsewhere !== 'Allow',
          `The same role on any other instance (${ANOTHER_INSTANCE}, say) could not read Orders.`,
          "app-role's permissions must work only from this instance: keep the ec2:SourceInstanceARN condition (orders-read-this-instance).",
        ),
      );
    },
  },
  hints: [
    'Try it: aws iam create-role --role-name app-role --assume-role-policy-document file://trust-instance.json. Read the MalformedPolicyDocument error: which principal does IAM reject?',
    "Principals are accounts, IAM users, roles, role sessions, federated identities and AWS services. An EC2 instance is none of these: the role is assumed by the EC2 service, ec2.amazonaws.com, on the instance's behalf.",
    'The restriction to one instance belongs in the permissions policy. orders-read-this-instance.json already does it with the condition key ec2:SourceInstanceARN.',
    `Write a trust policy for ec2.amazonaws.com, create app-role with it, attach arn:aws:iam::111122223333:policy/orders-read-this-instance, add the role to app-profile and associate app-profile with ${FIRST_INSTANCE}.`,
  ],
  debrief: {
    takeaways: [
      'IAM rejects a trust policy whose principal is an EC2 instance ARN with MalformedPolicyDocument ("Invalid principal in policy"). Instances are not principals.',
      "The principal that assumes an instance profile's role is the EC2 service, ec2.amazonaws.com. Every instance with a profile holding the role gets its credentials.",
      "To tie permissions to one instance, add a condition on ec2:SourceInstanceARN in the role's permissions policies: requests signed with the role credentials that EC2 delivers to an instance carry that instance's ARN.",
    ],
    docs: [
      {
        title: 'IAM User Guide: AWS JSON policy elements: Principal',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      },
      {
        title: 'Amazon EC2 User Guide: IAM roles for Amazon EC2',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
      },
      {
        title: 'Amazon EC2 User Guide: Identity-based policies for Amazon EC2 (condition keys)',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-policies-for-amazon-ec2.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    cmd('aws iam create-role --role-name app-role --assume-role-policy-document file://trust-ec2.json'),
    cmd(
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/orders-read-this-instance',
    ),
    cmd('aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role'),
    cmd(
      `aws ec2 associate-iam-instance-profile --instance-id ${FIRST_INSTANCE} --iam-instance-profile Name=app-profile`,
    ),
  ],
};
