// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are literal ${...} text in these fixtures
// One row per documented evaluation rule the review of December 2026 (shared/reviews/2026-12-iam.md)
// found the engine breaking. Each row cites the AWS page it follows.

import { describe, expect, it } from 'vitest';
import { canAssumeRole, evaluate, validatePolicy } from '../../../src/iam/index.js';
import type {
  ContextValue,
  DecisionValue,
  EvaluationLayers,
  PolicyKind,
  RequestPrincipal,
} from '../../../src/iam/index.js';
import {
  ACCT,
  ALICE,
  allow,
  APP_ROLE,
  APP_SESSION,
  BOB_OTHER,
  BUCKET,
  type Doc,
  deny,
  doc,
  OBJECT,
  OTHER,
  P,
  trustAws,
} from './helpers.js';

const EVAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const NOT_PRINCIPAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html';
const PRINCIPAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html';
const BOUNDARIES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html';
const OPERATORS =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';
const VARIABLES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html';
const FEDERATION = 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html';
const COMPARE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_compare-resource-policies.html';
const CROSS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html';

const FEDERATED = `arn:aws:sts::${ACCT}:federated-user/dave`;
const NOON = Date.parse('2024-06-01T12:00:00Z');

interface Row {
  rule: string;
  doc: string;
  principal?: string | RequestPrincipal;
  action?: string;
  on?: string;
  resourceAccount?: string;
  identity?: Doc[];
  resource?: Doc;
  boundary?: Doc;
  session?: Doc[];
  context?: Record<string, ContextValue>;
  now?: number;
  expect: DecisionValue;
  /** Text the summary must not contain (a claim the decision must not make). */
  summaryNot?: RegExp;
}

const bucket = (statement: Record<string, unknown>): Doc =>
  ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*`, ...statement }],
  }) as Doc;
const withCondition = (condition: Record<string, Record<string, string | string[]>>): Doc =>
  doc(allow('s3:GetObject', '*', { Condition: condition }));

const rows: Row[] = [
  // B2: Allow + NotPrincipal
  {
    rule: 'Allow + NotPrincipal leaves out the user it names, even when the account is not listed',
    doc: NOT_PRINCIPAL,
    resource: bucket({ NotPrincipal: { AWS: [ALICE] } }),
    resourceAccount: ACCT,
    expect: 'ImplicitDeny',
  },
  {
    rule: 'Allow + NotPrincipal covers a same-account user it does not name',
    doc: NOT_PRINCIPAL,
    principal: `arn:aws:iam::${ACCT}:user/carol`,
    resource: bucket({ NotPrincipal: { AWS: [ALICE] } }),
    resourceAccount: ACCT,
    expect: 'Allow',
    summaryNot: /names the caller directly/,
  },
  {
    rule: 'Allow + NotPrincipal naming the account leaves out every principal of that account',
    doc: NOT_PRINCIPAL,
    principal: `arn:aws:iam::${ACCT}:user/carol`,
    resource: bucket({ NotPrincipal: { AWS: [`arn:aws:iam::${ACCT}:root`] } }),
    resourceAccount: ACCT,
    expect: 'ImplicitDeny',
  },
  // B3: GetFederationToken sessions
  {
    rule: 'a federated user session without a session policy has no permissions',
    doc: FEDERATION,
    principal: FEDERATED,
    identity: [doc(allow('s3:*'))],
    resourceAccount: ACCT,
    expect: 'ImplicitDeny',
  },
  {
    rule: 'a federated user session has what both the user policy and its session policy allow',
    doc: EVAL,
    principal: FEDERATED,
    identity: [doc(allow('s3:*'))],
    session: [doc(allow('s3:GetObject'))],
    resourceAccount: ACCT,
    expect: 'Allow',
  },
  {
    rule: 'a resource policy naming the federated user session ARN grants it directly',
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
    principal: FEDERATED,
    resource: bucket({ Principal: { AWS: FEDERATED } }),
    resourceAccount: ACCT,
    expect: 'Allow',
  },
  // B4: the trusted account's root user
  {
    rule: "the trusted account's root user has every permission its account is granted",
    doc: COMPARE,
    principal: `arn:aws:iam::${OTHER}:root`,
    resource: bucket({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }),
    resourceAccount: ACCT,
    expect: 'Allow',
  },
  {
    rule: 'a root user of an account the bucket policy does not name is still refused',
    doc: CROSS,
    principal: 'arn:aws:iam::777788889999:root',
    resource: bucket({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` } }),
    resourceAccount: ACCT,
    expect: 'ImplicitDeny',
  },
  // B5: variables in Bool
  {
    rule: 'a policy variable works with the Bool operator',
    doc: `${OPERATORS}#Conditions_Boolean`,
    identity: [withCondition({ Bool: { 'aws:SecureTransport': '${aws:PrincipalTag/needs-tls}' } })],
    context: { 'aws:SecureTransport': 'true', 'aws:PrincipalTag/needs-tls': 'true' },
    expect: 'Allow',
  },
  {
    rule: 'a Bool variable that resolves to a different value does not match',
    doc: `${OPERATORS}#Conditions_Boolean`,
    identity: [withCondition({ Bool: { 'aws:SecureTransport': '${aws:PrincipalTag/needs-tls}' } })],
    context: { 'aws:SecureTransport': 'false', 'aws:PrincipalTag/needs-tls': 'true' },
    expect: 'ImplicitDeny',
  },
  // B6: Principal "*" + aws:PrincipalArn and boundaries, users and role sessions alike
  {
    rule: 'Principal "*" narrowed by aws:PrincipalArn is not capped by a role session boundary',
    doc: PRINCIPAL,
    principal: APP_SESSION,
    boundary: doc(allow('ec2:*')),
    resource: bucket({ Principal: '*', Condition: { ArnEquals: { 'aws:PrincipalArn': APP_ROLE } } }),
    resourceAccount: ACCT,
    expect: 'Allow',
  },
  {
    rule: 'Principal "*" narrowed by aws:PrincipalArn is not capped by an IAM user boundary either',
    doc: BOUNDARIES,
    boundary: doc(allow('ec2:*')),
    resource: bucket({ Principal: '*', Condition: { ArnEquals: { 'aws:PrincipalArn': ALICE } } }),
    resourceAccount: ACCT,
    expect: 'Allow',
  },
  {
    rule: 'an explicit deny in the boundary still stops the Principal "*" grant',
    doc: PRINCIPAL,
    principal: APP_SESSION,
    boundary: doc(allow('*'), deny('s3:GetObject')),
    resource: bucket({ Principal: '*', Condition: { ArnEquals: { 'aws:PrincipalArn': APP_ROLE } } }),
    resourceAccount: ACCT,
    expect: 'ExplicitDeny',
  },
  {
    rule: 'a grant to the role ARN is capped by the session boundary',
    doc: BOUNDARIES,
    principal: APP_SESSION,
    boundary: doc(allow('ec2:*')),
    resource: bucket({ Principal: { AWS: APP_ROLE } }),
    resourceAccount: ACCT,
    expect: 'ImplicitDeny',
  },
  // B8: dates
  ...(
    [
      ['2024-06-01T13:00:00', 'Allow'],
      ['2024-06-01T11:00:00', 'ImplicitDeny'],
      ['2024-06-01T12:30Z', 'Allow'],
      ['2024-06-01T14:00:00+02:00', 'ImplicitDeny'],
      ['2024-06-01T12:00:00.500Z', 'Allow'],
      ['2024-06-02', 'Allow'],
      ['2024-07', 'Allow'],
      ['1717246800', 'Allow'],
      ['June 2, 2024', 'ImplicitDeny'],
      ['2024-06-31T13:00:00Z', 'ImplicitDeny'],
      ['2024-6-2', 'ImplicitDeny'],
    ] as const
  ).map(
    ([value, expected]): Row => ({
      rule: `DateLessThan ${JSON.stringify(value)} at 12:00Z`,
      doc: `${OPERATORS}#Conditions_Date`,
      identity: [withCondition({ DateLessThan: { 'aws:CurrentTime': value } })],
      now: NOON,
      expect: expected,
    }),
  ),
  // Numbers, strictly decimal
  ...(
    [
      ['16', '16', 'Allow'],
      ['16', '16.0', 'Allow'],
      ['16', '0x10', 'ImplicitDeny'],
      ['10', '1e1', 'ImplicitDeny'],
      ['Infinity', 'Infinity', 'ImplicitDeny'],
      ['16', ' 16', 'ImplicitDeny'],
    ] as const
  ).map(
    ([request, policy, expected]): Row => ({
      rule: `NumericEquals ${JSON.stringify(policy)} against ${JSON.stringify(request)}`,
      doc: `${OPERATORS}#Conditions_Numeric`,
      identity: [withCondition({ NumericEquals: { 's3:max-keys': policy } })],
      context: { 's3:max-keys': request },
      expect: expected,
    }),
  ),
  // Bool compares only true and false
  {
    rule: 'Bool does not compare arbitrary words',
    doc: `${OPERATORS}#Conditions_Boolean`,
    identity: [withCondition({ Bool: { 'aws:SecureTransport': 'yes' } })],
    context: { 'aws:SecureTransport': 'yes' },
    expect: 'ImplicitDeny',
  },
  {
    rule: 'Bool is case-insensitive about true and false',
    doc: `${OPERATORS}#Conditions_Boolean`,
    identity: [withCondition({ Bool: { 'aws:SecureTransport': 'TRUE' } })],
    context: { 'aws:SecureTransport': true },
    expect: 'Allow',
  },
  // Multivalued keys and tag keys with spaces as variables
  {
    rule: 'a multivalued key is not a variable, even with one value',
    doc: VARIABLES,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/\${aws:PrincipalTag/team}/*`))],
    on: `${BUCKET}/eng/q1.csv`,
    context: { 'aws:PrincipalTag/team': ['eng'] },
    expect: 'ImplicitDeny',
  },
  {
    rule: 'the same key given as one value is substituted',
    doc: VARIABLES,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/\${aws:PrincipalTag/team}/*`))],
    on: `${BUCKET}/eng/q1.csv`,
    context: { 'aws:PrincipalTag/team': 'eng' },
    expect: 'Allow',
  },
  {
    rule: 'a tag key with a space is substituted',
    doc: VARIABLES,
    identity: [doc(allow('s3:GetObject', `${BUCKET}/\${aws:PrincipalTag/cost center}/*`))],
    on: `${BUCKET}/cc-42/q1.csv`,
    context: { 'aws:PrincipalTag/cost center': 'cc-42' },
    expect: 'Allow',
  },
  // S3 with no resource account
  {
    rule: 'an S3 request with no resource account is not taken as same-account: the bucket policy alone is not enough',
    doc: CROSS,
    principal: BOB_OTHER,
    resource: bucket({ Principal: { AWS: BOB_OTHER } }),
    expect: 'ImplicitDeny',
  },
  {
    rule: 'with no resource account, both sides allowing is allowed either way',
    doc: CROSS,
    principal: BOB_OTHER,
    identity: [doc(allow('s3:GetObject'))],
    resource: bucket({ Principal: { AWS: BOB_OTHER } }),
    expect: 'Allow',
  },
];

describe('documented evaluation rules (review 2026-12-iam)', () => {
  it.each(rows.map((r) => [r.rule, r] as const))('%s', (_rule, r) => {
    expect(r.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const principal = typeof r.principal === 'string' ? { arn: r.principal } : (r.principal ?? { arn: ALICE });
    const layers: EvaluationLayers = { identity: (r.identity ?? []).map(P) };
    if (r.resource) layers.resource = P(r.resource);
    if (r.boundary) layers.boundary = P(r.boundary);
    if (r.session) layers.sessionPolicies = r.session.map(P);
    const d = evaluate(
      {
        principal,
        action: r.action ?? 's3:GetObject',
        resource: r.on ?? OBJECT,
        ...(r.resourceAccount ? { resourceAccount: r.resourceAccount } : {}),
        ...(r.context ? { context: r.context } : {}),
      },
      layers,
      r.now !== undefined ? { now: r.now } : {},
    );
    expect(d.decision, d.summary).toBe(r.expect);
    if (r.summaryNot) expect(d.summary).not.toMatch(r.summaryNot);
  });

  it('the root user cannot assume a role, even one whose trust policy names the account (id_roles_use_switch-role-api)', () => {
    const d = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: trustAws(`arn:aws:iam::${ACCT}:root`) },
      caller: { arn: `arn:aws:iam::${ACCT}:root` },
    });
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.summary).toMatch(/root user .* cannot assume a role/);
    // An IAM user of the same account with an identity policy can.
    const user = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: trustAws(`arn:aws:iam::${ACCT}:root`) },
      caller: { arn: ALICE, identityPolicies: [P(doc(allow('sts:AssumeRole', APP_ROLE)))] },
    });
    expect(user.decision).toBe('Allow');
  });

  it('reads a date without a zone as UTC whatever the host time zone (Conditions_Date)', () => {
    const saved = process.env.TZ;
    const policy = P(withCondition({ DateLessThan: { 'aws:CurrentTime': '2024-06-01T13:00:00' } }));
    const decisions: string[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
        process.env.TZ = tz;
        decisions.push(
          evaluate(
            { principal: { arn: ALICE }, action: 's3:GetObject', resource: OBJECT },
            { identity: [policy] },
            {
              now: NOON,
            },
          ).decision,
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(decisions).toEqual(['Allow', 'Allow', 'Allow']);
  });

  it('recompiles a policy object edited in place', () => {
    const document = doc(allow('s3:GetObject'));
    const request = { principal: { arn: ALICE }, action: 's3:GetObject', resource: OBJECT };
    expect(evaluate(request, { identity: [document as never] }).decision).toBe('Allow');
    (document.Statement as Array<{ Effect: string }>)[0]!.Effect = 'Deny';
    expect(evaluate(request, { identity: [document as never] }).decision).toBe('ExplicitDeny');
    (document.Statement as Array<{ Effect: string; Action: string[] }>)[0]!.Effect = 'Allow';
    (document.Statement as Array<{ Effect: string; Action: string | string[] }>)[0]!.Action = ['s3:PutObject'];
    expect(evaluate(request, { identity: [document as never] }).decision).toBe('ImplicitDeny');
    // A parsed policy cannot go stale: it is frozen, so an edit fails loudly instead.
    const parsed = P(doc(allow('s3:GetObject')));
    expect(evaluate(request, { identity: [parsed] }).decision).toBe('Allow');
    expect(() => {
      (parsed.statements[0] as { action?: string[] }).action = ['s3:PutObject'];
    }).toThrow(TypeError);
    expect(evaluate(request, { identity: [parsed] }).decision).toBe('Allow');
  });

  it.each<[string, PolicyKind, Doc]>([
    [
      'the CloudFront origin access identity in a bucket policy',
      'resource',
      bucket({ Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL' } }),
    ],
    [
      'the Alexa Skills Kit service principal in a function policy',
      'resource',
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'alexa-appkit.amazon.com' },
            Action: 'lambda:InvokeFunction',
            Resource: `arn:aws:lambda:us-east-1:${ACCT}:function:skill`,
          },
        ],
      },
    ],
  ])('accepts %s', (_name, kind, document) => {
    expect(validatePolicy(P(document), kind)).toEqual([]);
  });

  it('still rejects an OAI-like principal with another account word or a wildcard', () => {
    for (const value of [
      'arn:aws:iam::cloudfront:user/Someone Else',
      'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity *',
    ]) {
      expect(validatePolicy(P(bucket({ Principal: { AWS: value } })), 'resource')).not.toEqual([]);
    }
  });
});
