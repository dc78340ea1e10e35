// A resource control policy (RCP) keeps principals from outside the organisation away from the
// learner's S3 buckets. A partner's role is granted read access by the bucket policy and by its
// own identity policy, and is still refused: the RCP denies it. The fix is a narrow exception in
// the RCP, not a wider bucket policy (which cannot beat a Deny).

import type { DecisionValue } from '../../iam/index.js';
import { evaluate } from '../../iam/index.js';
import { LEARNER_ACCOUNT, PARTNER_ACCOUNT } from '../constants.js';
import { evaluateForSession, organizationRcps, roleSession } from '../sessions.js';
import type { World } from '../world/types.js';
import { allOf, condition } from './checks.js';
import { cmd, trustService, writeFile } from './fixtures.js';
import type { Scenario } from './types.js';

const BUCKET = 'learner-reports';
const REPORT = `arn:aws:s3:::${BUCKET}/daily/2024-06-01.csv`;
const PARTNER_ROLE = 'partner-reports-reader';
const PARTNER_ROLE_ARN = `arn:aws:iam::${PARTNER_ACCOUNT}:role/${PARTNER_ROLE}`;
const OUTSIDER_SESSION = 'arn:aws:sts::777788889999:assumed-role/scraper/s1';
const ORG_ID = 'o-exampleorgid';

const PERIMETER = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OnlyOurOrganization',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ],
};

// Both keys in one operator block are ANDed: the Deny hits only callers outside the organisation
// that are not the partner's account either.
const PERIMETER_WITH_PARTNER = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OnlyOurOrganizationAndPartner',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG_ID, 'aws:PrincipalAccount': PARTNER_ACCOUNT },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ],
};

const FULL_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'RCPFullAWSAccess', Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

const BUCKET_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'PartnerReadsReports',
      Effect: 'Allow',
      Principal: { AWS: PARTNER_ROLE_ARN },
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::${BUCKET}/daily/*`,
    },
  ],
};

const PARTNER_READ = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/daily/*` }],
};

/** What IAM decides when the partner's role reads the report. */
export function partnerReadDecision(world: World): { decision: DecisionValue; summary: string } | undefined {
  const account = world.accounts[PARTNER_ACCOUNT];
  const role = account?.roles[PARTNER_ROLE];
  if (!account || !role) return undefined;
  const d = evaluateForSession(world, roleSession(account, role, 'reports-sync'), {
    action: 's3:GetObject',
    resource: REPORT,
  });
  return { decision: d.decision, summary: d.summary };
}

/**
 * What the RCPs alone decide for a caller from an unrelated account, even if a bucket policy let
 * everyone in: the perimeter must still hold for everyone but the partner.
 */
export function outsiderDecision(world: World): DecisionValue {
  const publicRead = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }],
  };
  return evaluate(
    {
      principal: { arn: OUTSIDER_SESSION },
      action: 's3:GetObject',
      resource: REPORT,
      resourceAccount: LEARNER_ACCOUNT,
    },
    {
      identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } as never],
      resource: publicRead as never,
      rcps: organizationRcps(world, LEARNER_ACCOUNT),
    },
    { now: world.now },
  ).decision;
}

export const rcpDataPerimeter: Scenario = {
  id: 'rcp-data-perimeter',
  title: 'A resource control policy keeps the partner out',
  summary: `Your bucket ${BUCKET} lets the partner's role ${PARTNER_ROLE} (account ${PARTNER_ACCOUNT}) read daily reports, and that role's own policy allows it, yet every read is refused. Your organisation attached a data-perimeter RCP to your account.`,
  kind: 'challenge',
  lesson: 'permission-policies',
  setup: [
    writeFile('perimeter.json', PERIMETER),
    writeFile('full-access.json', FULL_ACCESS),
    writeFile('bucket-policy.json', BUCKET_POLICY),
    writeFile('partner-read.json', PARTNER_READ),
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    cmd(`aws s3api create-bucket --bucket ${BUCKET}`),
    cmd(`aws s3api put-bucket-policy --bucket ${BUCKET} --policy file://bucket-policy.json`),
    cmd(
      `aws iam create-role --role-name ${PARTNER_ROLE} --assume-role-policy-document file://trust-ec2.json --profile partner`,
    ),
    cmd(
      `aws iam put-role-policy --role-name ${PARTNER_ROLE} --policy-name read-learner-reports --policy-document file://partner-read.json --profile partner`,
    ),
    cmd(
      'aws organizations create-policy --name FullAWSAccess --type RESOURCE_CONTROL_POLICY --content file://full-access.json',
    ),
    cmd(
      'aws organizations create-policy --name DataPerimeter --type RESOURCE_CONTROL_POLICY --content file://perimeter.json',
    ),
    cmd(`aws organizations attach-policy --policy-id p-00000001 --target-id ${LEARNER_ACCOUNT}`),
    cmd(`aws organizations attach-policy --policy-id p-00000002 --target-id ${LEARNER_ACCOUNT}`),
  ],
  goal: {
    description: `The partner's role reads ${REPORT}, and the data perimeter still keeps every other outside principal away.`,
    appRun: () => undefined,
    check: (world) => {
      const partner = partnerReadDecision(world);
      const outsider = outsiderDecision(world);
      return allOf(
        condition(
          partner?.decision === 'Allow',
          "The partner's role reads the daily report.",
          `The partner's role cannot read the report yet: ${partner?.summary ?? 'the role is missing'}`,
        ),
        condition(
          outsider !== 'Allow',
          'A principal from any other outside account is still refused by the RCP, even where a bucket policy would let everyone in.',
          'The perimeter no longer holds: a principal from an unrelated account would now get in wherever a bucket policy allows it. Make the exception for the partner only.',
        ),
      );
    },
  },
  hints: [
    "Read the decision: which kind of policy refuses the read? Neither the bucket policy nor the partner role's policy is the problem.",
    "An RCP's Deny beats every Allow, so no bucket policy can fix this. The RCP itself needs an exception, and only for the partner.",
    `Conditions under one operator are ANDed: add "aws:PrincipalAccount": "${PARTNER_ACCOUNT}" next to aws:PrincipalOrgID in the StringNotEqualsIfExists block, then: aws organizations update-policy --policy-id ${'p-00000002'} --content file://YOUR-FILE.json`,
  ],
  debrief: {
    takeaways: [
      "Resource control policies (RCPs) cap what anyone can do to resources in the member accounts they are attached to, callers from outside the organisation included; SCPs cap what the organisation's own principals can do.",
      'Like SCPs, RCPs grant nothing, every level from the root to the account must allow the action (RCPFullAWSAccess does that by default), and an explicit Deny in any of them wins over every Allow.',
      "RCPs apply only to the services their page lists (S3, STS, KMS, SQS and Secrets Manager from the start), not to the management account's resources, not to service-linked roles, and not to AWS managed KMS keys.",
      'A data-perimeter exception belongs in the RCP and should be as narrow as the partnership: one account, not a wildcard.',
    ],
    docs: [
      {
        title: 'AWS Organizations User Guide: Resource control policies (RCPs)',
        url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
      },
      {
        title: 'IAM User Guide: Policy evaluation logic',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
      },
      {
        title: 'IAM User Guide: AWS global condition context keys (aws:PrincipalOrgID)',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      },
    ],
  },
  referenceSolution: [
    writeFile('perimeter-with-partner.json', PERIMETER_WITH_PARTNER),
    cmd(`aws organizations update-policy --policy-id ${'p-00000002'} --content file://perimeter-with-partner.json`),
  ],
};
