// Differential test against @cloud-copilot/iam-simulate (a devDependency only, AGPL, never
// shipped). Both engines run the same scenarios; disagreements are printed as a table. We assert
// agreement only where AWS documentation is unambiguous, and we assert our own answer (with the
// documentation it rests on) where the two engines are expected to differ.

import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import { canAssumeRole, evaluate } from '../../../src/iam/index.js';
import type { DecisionValue, EvaluationLayers } from '../../../src/iam/index.js';
import {
  ACCT,
  ALICE,
  allow,
  APP_ROLE,
  BOB_OTHER,
  BUCKET,
  type Doc,
  deny,
  doc,
  OBJECT,
  OTHER,
  P,
  TABLE,
  trustAws,
  trustService,
} from './helpers.js';

interface Scenario {
  name: string;
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string;
  identity?: Doc[];
  resourcePolicy?: Doc;
  boundary?: Doc;
  scp?: Doc;
  /** One RCP for the resource's account (a single organisation level). */
  rcp?: Doc;
  context?: Record<string, string | string[]>;
  /** 'agree': docs are unambiguous and both engines must give `expected`. 'ours': only our answer is asserted. */
  assert: 'agree' | 'ours';
  expected: DecisionValue;
  /** Why the engines may differ (printed in the table). */
  note?: string;
}

const bucketPolicy = (principal: unknown): Doc =>
  ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: `${BUCKET}/*` }],
  }) as Doc;

const scenarios: Scenario[] = [
  {
    name: 'identity allow',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/*`))],
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'no policy',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'wrong action',
    principal: ALICE,
    action: 's3:PutObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*'))],
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'action wildcard',
    principal: ALICE,
    action: 's3:GetObjectTagging',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:Get*', '*'))],
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'explicit deny wins',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:*', '*'), deny('s3:GetObject', '*'))],
    assert: 'agree',
    expected: 'ExplicitDeny',
  },
  {
    name: 'NotAction',
    principal: ALICE,
    action: 'dynamodb:GetItem',
    resource: TABLE,
    resourceAccount: ACCT,
    identity: [doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' })],
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'resource mismatch',
    principal: ALICE,
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::other/x',
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/*`))],
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'IpAddress in range',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))],
    context: { 'aws:SourceIp': '203.0.113.5' },
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'IpAddress out of range',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))],
    context: { 'aws:SourceIp': '198.51.100.5' },
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'Bool MFA deny',
    principal: ALICE,
    action: 's3:DeleteObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [
      doc(
        allow('s3:*', '*'),
        deny('s3:DeleteObject', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      ),
    ],
    context: { 'aws:MultiFactorAuthPresent': 'false' },
    assert: 'agree',
    expected: 'ExplicitDeny',
  },
  {
    name: 'StringNotEquals missing key',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [
      doc(allow('s3:GetObject', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } } })),
    ],
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'username variable',
    principal: ALICE,
    action: 's3:GetObject',
    resource: `${BUCKET}/home/alice/x`,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`))],
    context: { 'aws:username': 'alice' },
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'boundary caps identity',
    principal: ALICE,
    action: 'dynamodb:GetItem',
    resource: TABLE,
    resourceAccount: ACCT,
    identity: [doc(allow('*', '*'))],
    boundary: doc(allow('s3:*', '*')),
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'SCP deny',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('*', '*'))],
    scp: doc(allow('*', '*'), deny('s3:*', '*')),
    assert: 'agree',
    expected: 'ExplicitDeny',
  },
  {
    name: 'same-account bucket policy names user',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: bucketPolicy({ AWS: ALICE }),
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'cross-account: both allow',
    principal: BOB_OTHER,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*'))],
    resourcePolicy: bucketPolicy({ AWS: BOB_OTHER }),
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'cross-account: identity missing',
    principal: BOB_OTHER,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: bucketPolicy({ AWS: BOB_OTHER }),
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'cross-account: resource policy missing',
    principal: BOB_OTHER,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*'))],
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'trust: ec2 service',
    principal: 'ec2.amazonaws.com',
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    resourcePolicy: trustService('ec2.amazonaws.com'),
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'trust: cross-account user with identity allow',
    principal: BOB_OTHER,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    identity: [doc(allow('sts:AssumeRole', APP_ROLE))],
    resourcePolicy: trustAws(OTHER),
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'trust: cross-account without identity allow',
    principal: BOB_OTHER,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: trustAws(OTHER),
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  // Invalid principals: IAM rejects these trust policies outright, so no caller can ever assume the role.
  {
    name: 'trust names an EC2 instance ARN, caller is that instance',
    principal: `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc1234def567890`,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    resourcePolicy: trustAws(`arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc1234def567890`),
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'IAM refuses the policy (Invalid principal in policy); ours reports the error',
  },
  {
    name: 'trust uses a partial wildcard in an AWS principal',
    principal: `arn:aws:sts::${ACCT}:assumed-role/app-web/s1`,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    identity: [doc(allow('sts:AssumeRole', '*'))],
    resourcePolicy: trustAws(`arn:aws:iam::${ACCT}:role/app-*`),
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'AWS principals cannot use partial wildcards; IAM refuses the policy',
  },
  {
    name: 'trust names an IAM group, caller is that group ARN',
    principal: `arn:aws:iam::${ACCT}:group/Developers`,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    identity: [doc(allow('sts:AssumeRole', '*'))],
    resourcePolicy: trustAws(`arn:aws:iam::${ACCT}:group/Developers`),
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'groups cannot be principals',
  },
  {
    name: 'trust names service "ec2" without .amazonaws.com',
    principal: 'ec2',
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    resourcePolicy: trustService('ec2'),
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'service principals are full names such as ec2.amazonaws.com',
  },
  {
    name: 'same-account trust names only the account, no identity allow',
    principal: ALICE,
    action: 'sts:AssumeRole',
    resource: APP_ROLE,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: trustAws(`arn:aws:iam::${ACCT}:root`),
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'naming the account delegates to identity policies (IAM User Guide, Principal element)',
  },
  {
    name: 'NotPrincipal Deny listing only the role, caller is its session',
    principal: `arn:aws:sts::${ACCT}:assumed-role/AppRole/s1`,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*'))],
    resourcePolicy: doc({
      Effect: 'Deny',
      NotPrincipal: { AWS: APP_ROLE },
      Action: 's3:GetObject',
      Resource: `${BUCKET}/*`,
    }),
    assert: 'ours',
    expected: 'ExplicitDeny',
    note: 'NotPrincipal must list account, role and session (IAM User Guide, NotPrincipal)',
  },
  // Rules fixed after the December 2026 review (shared/reviews/2026-12-iam.md).
  {
    name: 'Allow + NotPrincipal naming the caller leaves it out',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: doc({
      Effect: 'Allow',
      NotPrincipal: { AWS: [ALICE] },
      Action: 's3:GetObject',
      Resource: `${BUCKET}/*`,
    }),
    assert: 'agree',
    expected: 'ImplicitDeny',
  },
  {
    name: 'policy variable in Bool',
    principal: ALICE,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [
      doc(
        allow('s3:GetObject', '*', {
          Condition: { Bool: { 'aws:SecureTransport': '$' + '{aws:PrincipalTag/needs-tls}' } },
        }),
      ),
    ],
    context: { 'aws:SecureTransport': 'true', 'aws:PrincipalTag/needs-tls': 'true' },
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'Principal "*" + aws:PrincipalArn is not capped by a role session boundary',
    principal: `arn:aws:sts::${ACCT}:assumed-role/AppRole/s1`,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    boundary: doc(allow('ec2:*', '*')),
    resourcePolicy: doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: `${BUCKET}/*`,
      Condition: { ArnEquals: { 'aws:PrincipalArn': APP_ROLE } },
    } as never),
    context: { 'aws:PrincipalArn': APP_ROLE },
    assert: 'agree',
    expected: 'Allow',
  },
  {
    name: 'GetFederationToken session without a session policy',
    principal: `arn:aws:sts::${ACCT}:federated-user/dave`,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:*', '*'))],
    assert: 'ours',
    expected: 'ImplicitDeny',
    note: 'no session policy means no permissions (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html)',
  },
  {
    name: "trusted account's root user, cross-account bucket grant to its account",
    principal: `arn:aws:iam::${OTHER}:root`,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [],
    resourcePolicy: bucketPolicy({ AWS: `arn:aws:iam::${OTHER}:root` }),
    assert: 'ours',
    expected: 'Allow',
    note: 'root has every permission its account is granted (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_compare-resource-policies.html)',
  },
  {
    name: 'RCP denies a caller from outside the organisation',
    principal: BOB_OTHER,
    action: 's3:GetObject',
    resource: OBJECT,
    resourceAccount: ACCT,
    identity: [doc(allow('s3:GetObject', '*'))],
    resourcePolicy: bucketPolicy({ AWS: BOB_OTHER }),
    rcp: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorg' } },
        },
      ],
    } as never,
    context: { 'aws:PrincipalOrgID': 'o-otherorg' },
    assert: 'ours',
    expected: 'ExplicitDeny',
    note: 'iam-simulate answers this RCP input with an error (its RCP input was not worked out here); a Deny in an RCP wins (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html)',
  },
];

function ours(s: Scenario): DecisionValue {
  const layers: EvaluationLayers = { identity: (s.identity ?? []).map(P) };
  if (s.boundary) layers.boundary = P(s.boundary);
  if (s.scp) layers.scps = [P(s.scp)];
  if (s.rcp) layers.rcps = [P(s.rcp)];
  const principal = s.principal.includes(':') ? { arn: s.principal } : { arn: s.principal, type: 'service' as const };
  if (s.action === 'sts:AssumeRole' && s.resourcePolicy) {
    const caller =
      principal.type === 'service' ? { service: s.principal } : { arn: s.principal, identityPolicies: layers.identity };
    return canAssumeRole({
      role: { arn: s.resource, trustPolicy: s.resourcePolicy },
      caller,
      ...(s.context ? { context: s.context } : {}),
    }).decision;
  }
  if (s.resourcePolicy) layers.resource = P(s.resourcePolicy);
  return evaluate(
    {
      principal,
      action: s.action,
      resource: s.resource,
      resourceAccount: s.resourceAccount,
      ...(s.context ? { context: s.context } : {}),
    },
    layers,
  ).decision;
}

const THEIR_NAMES: Record<string, DecisionValue> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
};

async function theirs(s: Scenario): Promise<DecisionValue | 'error'> {
  const simulation: Simulation = {
    request: {
      principal: s.principal,
      action: s.action,
      resource: { resource: s.resource, accountId: s.resourceAccount },
      contextVariables: s.context ?? {},
    },
    identityPolicies: (s.identity ?? []).map((policy, i) => ({ name: `identity${i}`, policy })),
    serviceControlPolicies: s.scp ? [{ orgIdentifier: 'ou-test', policies: [{ name: 'scp', policy: s.scp }] }] : [],
    resourceControlPolicies: s.rcp ? [{ orgIdentifier: 'ou-test', policies: [{ name: 'rcp', policy: s.rcp }] }] : [],
  };
  if (s.resourcePolicy) simulation.resourcePolicy = s.resourcePolicy;
  if (s.boundary) simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy: s.boundary }];
  try {
    const result = await runSimulation(simulation, {});
    if (result.resultType === 'error') return 'error';
    return THEIR_NAMES[result.overallResult] ?? 'error';
  } catch {
    return 'error';
  }
}

describe('differential against @cloud-copilot/iam-simulate', () => {
  it('agrees where AWS docs are unambiguous, and prints every disagreement', async () => {
    const rows: string[] = [];
    const disagreements: Array<{ name: string; ours: string; theirs: string; note: string }> = [];
    for (const s of scenarios) {
      const a = ours(s);
      const b = await theirs(s);
      rows.push(`${a === b ? '   ' : '!! '}${s.name.padEnd(64)} ours=${a.padEnd(13)} theirs=${b}`);
      if (a !== b) disagreements.push({ name: s.name, ours: a, theirs: b, note: s.note ?? '' });
      expect(a, `our answer for "${s.name}"`).toBe(s.expected);
      if (s.assert === 'agree') expect(b, `iam-simulate for "${s.name}"`).toBe(s.expected);
    }
    console.log(
      `Differential results (${scenarios.length} scenarios, ${disagreements.length} disagreements):\n${rows.join('\n')}`,
    );
    if (disagreements.length > 0) console.table(disagreements);
  });
});
