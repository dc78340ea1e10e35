// Reading a partner's table: the partner's role trusts our account and demands an ExternalId; our
// side must also allow sts:AssumeRole on it. Both sides have to agree.

import { LEARNER_ACCOUNT, PARTNER_ACCOUNT } from '../constants.js';
import { allOf, callAllowed, condition, instanceTarget } from './checks.js';
import {
  AMI,
  cmd,
  createTable,
  FIRST_INSTANCE,
  PARTNER_TABLE_ARN,
  roleWithProfile,
  trustService,
  writeFile,
} from './fixtures.js';
import type { Scenario } from './types.js';

const EXTERNAL_ID = 'orders-feed-7731';
const PARTNER_ROLE_ARN = `arn:aws:iam::${PARTNER_ACCOUNT}:role/partner-orders-reader`;
const PARTNER_CALL = { action: 'dynamodb:GetItem', resource: PARTNER_TABLE_ARN };

const PARTNER_TRUST = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'LearnerAccountWithExternalId',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${LEARNER_ACCOUNT}:root` },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
    },
  ],
};

const PARTNER_READ = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: PARTNER_TABLE_ARN }],
};

const NOTHING_YET = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*' }],
};

const ASSUME_PARTNER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: PARTNER_ROLE_ARN }],
};

export const crossAccountExternalId: Scenario = {
  id: 'cross-account-externalid',
  title: 'Cross-account read with an ExternalId',
  summary: `A partner (account ${PARTNER_ACCOUNT}) lets your account read its PartnerOrders table through the role partner-orders-reader, with ExternalId ${EXTERNAL_ID}. Your app on the instance assumes that role and is refused.`,
  kind: 'challenge',
  lesson: 'cross-account-federation',
  setup: [
    writeFile('partner-trust.json', PARTNER_TRUST),
    writeFile('partner-read.json', PARTNER_READ),
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('metrics.json', NOTHING_YET),
    createTable('PartnerOrders', 'partner'),
    cmd(
      'aws iam create-role --role-name partner-orders-reader --assume-role-policy-document file://partner-trust.json --profile partner',
    ),
    cmd(
      'aws iam put-role-policy --role-name partner-orders-reader --policy-name read-partner-orders --policy-document file://partner-read.json --profile partner',
    ),
    ...roleWithProfile('app-role', 'trust-ec2.json', 'metrics', 'metrics.json', 'app-profile'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required`,
    ),
    cmd(`app deploy --instance-id ${FIRST_INSTANCE} --assume-role-arn ${PARTNER_ROLE_ARN}`),
  ],
  goal: {
    description: 'The app on your instance assumes partner-orders-reader and reads the PartnerOrders table.',
    appRun: instanceTarget(FIRST_INSTANCE, PARTNER_CALL),
    check: (_world, run) =>
      allOf(
        callAllowed(run, 'The app reads PartnerOrders'),
        condition(
          run?.outcome.roleArn === PARTNER_ROLE_ARN,
          "The read is made as the partner's role.",
          "The read must be made with the partner role's credentials.",
        ),
      ),
  },
  hints: [
    "Run the app: it gets app-role's credentials from IMDS, then STS refuses AssumeRole. Read the STS step's trace: which side said no?",
    "Across accounts both sides must allow: the partner's trust policy must allow the caller, and the caller's own identity-based policy must allow sts:AssumeRole on the partner's role. app-role's policies do not mention that role at all.",
    `The partner's trust policy also requires sts:ExternalId = ${EXTERNAL_ID}. The app must send it: app deploy --instance-id ${FIRST_INSTANCE} --assume-role-arn ${PARTNER_ROLE_ARN} --external-id ${EXTERNAL_ID}`,
    `Grant app-role {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"${PARTNER_ROLE_ARN}"} with put-role-policy.`,
  ],
  debrief: {
    takeaways: [
      "Cross-account role assumption needs both accounts to agree: the role's trust policy in the target account allows the caller, and the caller's own identity-based policy allows sts:AssumeRole on that role.",
      "Naming an account root (arn:aws:iam::ACCOUNT:root) in a trust policy delegates the decision to that account's administrators: only principals they allow can assume the role.",
      'An ExternalId condition (sts:ExternalId) protects a third party from the confused deputy problem: a role that only works with the ExternalId agreed with you cannot be used by another customer of the same third party.',
      "An instance's role session assuming another role is role chaining, and a chained session lasts at most one hour.",
    ],
    docs: [
      {
        title: 'IAM User Guide: Cross-account policy evaluation logic',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
      },
      {
        title: 'IAM User Guide: Access to AWS accounts owned by third parties (ExternalId)',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
      },
      {
        title: 'IAM User Guide: The confused deputy problem',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
      },
      {
        title: 'AWS STS API Reference: AssumeRole',
        url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('assume-partner.json', ASSUME_PARTNER),
    cmd(
      'aws iam put-role-policy --role-name app-role --policy-name assume-partner --policy-document file://assume-partner.json',
    ),
    cmd(
      `app deploy --instance-id ${FIRST_INSTANCE} --assume-role-arn ${PARTNER_ROLE_ARN} --external-id ${EXTERNAL_ID}`,
    ),
  ],
};
