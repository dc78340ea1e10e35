// An explicit Deny left over from an incident beats every Allow. Adding Allows cannot fix it.

import { LEARNER_ACCOUNT } from '../constants.js';
import { allOf, callAllowed, condition, instanceRoleDecision, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  FIRST_INSTANCE,
  ORDERS_CALL,
  ORDERS_TABLE_ARN,
  trustService,
  writeFile,
} from './fixtures.js';
import type { Scenario } from './types.js';

const WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

const FREEZE_ALL = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'FreezeOrders', Effect: 'Deny', Action: 'dynamodb:*', Resource: ORDERS_TABLE_ARN }],
};

const FREEZE_WRITES = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'FreezeOrderWrites', Effect: 'Deny', Action: WRITES, Resource: ORDERS_TABLE_ARN }],
};

export const explicitDeny: Scenario = {
  id: 'explicit-deny',
  title: 'An explicit Deny beats every Allow',
  summary:
    'During an incident someone froze the Orders table for app-role. Reads must work again; writes must stay frozen. The role already has AmazonDynamoDBReadOnlyAccess.',
  kind: 'challenge',
  lesson: 'permission-policies',
  setup: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('freeze-orders.json', FREEZE_ALL),
    createTable('Orders'),
    cmd('aws iam create-role --role-name app-role --assume-role-policy-document file://trust-ec2.json'),
    cmd(
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    ),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name freeze-orders --policy-document file://freeze-orders.json',
    ),
    cmd('aws iam create-instance-profile --instance-profile-name app-profile'),
    cmd('aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required`,
    ),
  ],
  goal: {
    description: 'The app reads the Orders table again, and writes to Orders are still explicitly denied.',
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const write = instanceRoleDecision(world, LEARNER_ACCOUNT, 'app-role', FIRST_INSTANCE, {
        action: 'dynamodb:PutItem',
        resource: ORDERS_TABLE_ARN,
      });
      return allOf(
        callAllowed(run, 'The app reads the Orders table'),
        condition(
          write === 'ExplicitDeny',
          'Writes to Orders are still explicitly denied.',
          `Writes to Orders must stay frozen by an explicit Deny (dynamodb:PutItem is now ${write ?? 'not evaluated: app-role is missing'}).`,
        ),
      );
    },
  },
  hints: [
    'Read the end of the error: "with an explicit deny in an identity-based policy". Something denies the call outright.',
    'An explicit Deny wins over any number of Allows, so attaching more permissions changes nothing. The Deny itself has to change.',
    `Narrow the Deny to the write actions (${WRITES.join(', ')}) and put it back under the same name: aws iam put-role-policy --role-name app-role --policy-name freeze-orders --policy-document file://YOUR-FILE.json`,
  ],
  debrief: {
    takeaways: [
      'In IAM evaluation an explicit Deny in any applicable policy ends the evaluation: no Allow anywhere can override it.',
      'The error message says which kind of policy holds the Deny ("with an explicit deny in an identity-based policy"), which tells you where to look.',
      'Deny statements are the right tool for guardrails such as a freeze, and they should be as narrow as the guardrail: here, writes only.',
    ],
    docs: [
      {
        title: 'IAM User Guide: The difference between explicit and implicit denies',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html',
      },
      {
        title: 'IAM User Guide: Policy evaluation logic',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
      },
      {
        title: 'IAM User Guide: Troubleshoot access denied error messages',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('freeze-order-writes.json', FREEZE_WRITES),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name freeze-orders --policy-document file://freeze-order-writes.json',
    ),
  ],
};
