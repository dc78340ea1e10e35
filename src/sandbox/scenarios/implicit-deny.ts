// Credentials arrive, the call is refused: no policy allows it.

import { callAllowed, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  CUSTOMERS_TABLE_ARN,
  FIRST_INSTANCE,
  ORDERS_CALL,
  ORDERS_READ,
  roleWithProfile,
  trustService,
  writeFile,
} from './fixtures.js';
import type { Scenario } from './types.js';

const CUSTOMERS_READ = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadCustomers',
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:Query'],
      Resource: CUSTOMERS_TABLE_ARN,
    },
  ],
};

export const implicitDeny: Scenario = {
  id: 'implicit-deny',
  title: 'Credentials arrive, the read is refused',
  summary:
    "The app gets app-role's credentials without trouble, and DynamoDB answers AccessDeniedException. Find out why and grant exactly what is missing.",
  kind: 'challenge',
  lesson: 'permission-policies',
  setup: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('customers-read.json', CUSTOMERS_READ),
    createTable('Orders'),
    createTable('Customers'),
    ...roleWithProfile('app-role', 'trust-ec2.json', 'customers-read', 'customers-read.json', 'app-profile'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required`,
    ),
  ],
  goal: {
    description: `The app on ${FIRST_INSTANCE} reads the Orders table.`,
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (_world, run) => callAllowed(run, 'The app reads the Orders table'),
  },
  hints: [
    'The credential chain works; the failure is at the last step. Read the end of the error: "because no identity-based policy allows the dynamodb:GetItem action".',
    "Nothing denies the call: nothing allows it. That is an implicit deny, the default for every request. Look at which table the role's policy names.",
    'Add a policy that allows dynamodb:GetItem on arn:aws:dynamodb:us-east-1:111122223333:table/Orders, for example: file write orders-read.json with that statement, then aws iam put-role-policy --role-name app-role --policy-name orders-read --policy-document file://orders-read.json',
  ],
  debrief: {
    takeaways: [
      'Every request starts denied. Unless some applicable policy allows it (and none denies it), the answer is an implicit deny.',
      'The error names the kind of policy that is missing an Allow: "because no identity-based policy allows the dynamodb:GetItem action".',
      'A policy for another resource does not help: the Resource element must match the ARN of the table being read.',
    ],
    docs: [
      {
        title: 'IAM User Guide: The difference between explicit and implicit denies',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html',
      },
      {
        title: 'IAM User Guide: Troubleshoot access denied error messages',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
      },
      {
        title: 'IAM User Guide: Policy evaluation logic',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('orders-read.json', ORDERS_READ),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name orders-read --policy-document file://orders-read.json',
    ),
  ],
};
