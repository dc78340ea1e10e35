// The app works, with far more than it needs. Cut the role down to exactly one action on one table.

import type { PolicyDocumentJson } from '../../iam/index.js';
import { LEARNER_ACCOUNT } from '../constants.js';
import { rolePolicyDocuments } from '../policies/identity.js';
import type { World } from '../world/types.js';
import { allOf, callAllowed, condition, instanceRoleDecision, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  CUSTOMERS_TABLE_ARN,
  FIRST_INSTANCE,
  ORDERS_CALL,
  ORDERS_TABLE_ARN,
  roleWithProfile,
  trustService,
  writeFile,
} from './fixtures.js';
import type { GoalCheck, Scenario } from './types.js';

const TOO_BROAD = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] };

const GET_ITEM_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'GetOrders', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: ORDERS_TABLE_ARN }],
};

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Allow statements that use wildcards in actions, or NotAction (which allows everything else). */
export function wildcardActions(document: PolicyDocumentJson): string[] {
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  const found: string[] = [];
  for (const s of statements) {
    if (s.Effect !== 'Allow') continue;
    if (s.NotAction !== undefined) found.push(`NotAction ${JSON.stringify(s.NotAction)}`);
    for (const a of list(s.Action)) if (a.includes('*') || a.includes('?')) found.push(a);
  }
  return found;
}

function noWildcards(world: World): GoalCheck {
  const role = world.accounts[LEARNER_ACCOUNT]?.roles['app-role'];
  if (!role) return { met: false, reasons: ['app-role is gone: keep the role and change its policies.'] };
  const offenders = rolePolicyDocuments(world, role).flatMap((p) =>
    wildcardActions(p.document).map((a) => `${a} (in ${p.name})`),
  );
  return condition(
    offenders.length === 0,
    'No policy of app-role allows actions by wildcard.',
    `app-role still allows actions by wildcard: ${offenders.join(', ')}.`,
  );
}

export const leastPrivilege: Scenario = {
  id: 'least-privilege',
  title: 'Least privilege: exactly what the app needs',
  summary:
    'The app only ever calls dynamodb:GetItem on Orders, but app-role may do anything in DynamoDB, on every table. Keep the app working and take everything else away.',
  kind: 'challenge',
  lesson: 'best-practices',
  setup: [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('too-broad.json', TOO_BROAD),
    createTable('Orders'),
    createTable('Customers'),
    ...roleWithProfile('app-role', 'trust-ec2.json', 'too-broad', 'too-broad.json', 'app-profile'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required`,
    ),
  ],
  goal: {
    description:
      'The app reads Orders with GetItem; app-role cannot write to Orders, cannot read Customers, and no policy of app-role uses a wildcard action.',
    appRun: instanceTarget(FIRST_INSTANCE, ORDERS_CALL),
    check: (world, run) => {
      const put = instanceRoleDecision(world, LEARNER_ACCOUNT, 'app-role', FIRST_INSTANCE, {
        action: 'dynamodb:PutItem',
        resource: ORDERS_TABLE_ARN,
      });
      const customers = instanceRoleDecision(world, LEARNER_ACCOUNT, 'app-role', FIRST_INSTANCE, {
        action: 'dynamodb:GetItem',
        resource: CUSTOMERS_TABLE_ARN,
      });
      return allOf(
        callAllowed(run, 'The app reads Orders'),
        condition(
          put !== 'Allow',
          'app-role cannot write to Orders.',
          'app-role can still write to Orders (dynamodb:PutItem is allowed).',
        ),
        condition(
          customers !== 'Allow',
          'app-role cannot read Customers.',
          'app-role can still read the Customers table.',
        ),
        noWildcards(world),
      );
    },
  },
  hints: [
    'Run the app: it works. The goal is about what else the role could do if the app were compromised.',
    'Name the one action (dynamodb:GetItem) and the one resource (the Orders table ARN). "dynamodb:Get*" or an AWS managed read-only policy still grants more than the app uses.',
    'Replace the inline policy too-broad with one that allows dynamodb:GetItem on arn:aws:dynamodb:us-east-1:111122223333:table/Orders, then delete too-broad.',
  ],
  debrief: {
    takeaways: [
      'Least privilege: grant only the actions an application calls, on only the resources it uses. A wildcard action grants every action that matches it, including ones added to the service later.',
      'AWS managed policies are broad by design so they fit many customers; they are a starting point, not least privilege.',
      'Tools such as IAM Access Analyzer policy generation and last-accessed information help find what an application really uses.',
    ],
    docs: [
      {
        title: 'IAM User Guide: Security best practices in IAM (apply least-privilege permissions)',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
      },
      {
        title: 'IAM User Guide: IAM Access Analyzer policy generation',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html',
      },
      {
        title: 'IAM User Guide: Refine permissions using last accessed information',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('get-orders.json', GET_ITEM_ONLY),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name get-orders --policy-document file://get-orders.json',
    ),
    cmd('aws iam delete-role-policy --role-name app-role --policy-name too-broad'),
  ],
};
