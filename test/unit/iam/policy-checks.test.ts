// The Access Analyzer / Parliament style checks: each with a policy that should pass and one
// that should not, and the position the warning points at.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html

import { describe, expect, it } from 'vitest';
import { policyChecks } from '../../../src/iam/checks/index.js';
import { explainPolicy, lintPolicy, type PolicyKind } from '../../../src/iam/index.js';
import { ACCT, allow, type Doc, doc, P, PT } from './helpers.js';

function ids(d: Doc | string, kind: PolicyKind = 'identity'): string[] {
  return policyChecks(typeof d === 'string' ? PT(d) : P(d), kind).map((w) => w.id);
}

function find(text: string, id: string, kind: PolicyKind = 'identity') {
  return policyChecks(PT(text), kind).find((w) => w.id === id);
}

describe('unknown services and actions', () => {
  it('accepts real actions, whatever their case, and wildcards that match something', () => {
    expect(ids(doc(allow(['s3:GetObject', 'S3:getobject', 'ec2:Describe*', 's3:*', '*'])))).toEqual([]);
  });

  it('reports a misspelt action with the nearest real ones, at the entry', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\n"Action":["s3:ListBucket","s3:GetObjct"],"Resource":"*"}]}';
    const w = find(text, 'unknown-action');
    expect(w).toMatchObject({ line: 2, column: 27, path: '/Statement/0/Action/1' });
    expect(w?.message).toContain('"GetObjct"');
    expect(w?.fix).toContain('"s3:GetObject"');
    expect(w?.why).toMatch(/matches no request/);
  });

  it('reports a wildcard that matches no action and suggests the stem that does', () => {
    const w = find(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Gett*","Resource":"*"}}',
      'unknown-action',
    );
    expect(w?.message).toContain('"s3:Gett*" matches no s3 action');
    expect(w?.fix).toContain('"s3:Get*"');
    expect(w).toMatchObject({ line: 1, column: 64, path: '/Statement/Action' });
  });

  it('reports an unknown service prefix with the nearest real prefixes', () => {
    const w = policyChecks(P(doc(allow('s3x:GetObject'))), 'identity')[0];
    expect(w?.id).toBe('unknown-service');
    expect(w?.fix).toContain('"s3:GetObject"');
  });

  it('checks NotAction entries too', () => {
    expect(
      ids({ Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: 'iam:ListRolez', Resource: '*' } }),
    ).toEqual(['unknown-action']);
  });
});

describe('actions paired with resources they never apply to', () => {
  it('accepts the bucket and object pair, access points, and "*"', () => {
    expect(
      ids(doc(allow(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*']))),
    ).toEqual([]);
    expect(ids(doc(allow('s3:GetObject', 'arn:aws:s3:::reports/2024/*')))).toEqual([]);
    expect(ids(doc(allow('s3:ListBucket', '*')))).toEqual([]);
    expect(ids(doc(allow('s3:*', 'arn:aws:s3:::reports/*')))).toEqual([]);
    expect(ids(doc(allow('s3:Get*', 'arn:aws:s3:::reports')))).toEqual([]);
  });

  it('reports s3:ListBucket on an object ARN even when GetObject in the same statement fits (review case #2)', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\n"Action":["s3:ListBucket","s3:GetObject"],\n"Resource":"arn:aws:s3:::reports/*"}]}';
    const found = policyChecks(PT(text), 'identity').filter((w) => w.id === 'action-resource-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 11, path: '/Statement/0/Action/0' });
    expect(found[0]?.message).toContain('s3:ListBucket never applies to the resource "arn:aws:s3:::reports/*"');
    expect(found[0]?.fix).toContain(`"arn:aws:s3:::\${BucketName}" (bucket)`);
  });

  it('reports s3:GetObject on a bucket ARN', () => {
    expect(ids(doc(allow('s3:GetObject', 'arn:aws:s3:::reports')))).toEqual(['action-resource-mismatch']);
  });

  it('reports an action that supports only "*" paired with ARNs', () => {
    const [w] = policyChecks(
      P(doc(allow('ec2:DescribeInstances', `arn:aws:ec2:us-east-1:${ACCT}:instance/*`))),
      'identity',
    );
    expect(w?.id).toBe('action-resource-mismatch');
    expect(w?.message).toContain('works only with "Resource": "*"');
  });

  it('knows that names such as log groups may hold "/" while bucket and table names do not', () => {
    const logs = `arn:aws:logs:us-east-1:${ACCT}:log-group:/aws/lambda/fn:*`;
    expect(ids(doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents'], logs)))).toEqual([]);
    expect(ids(doc(allow('dynamodb:Query', `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders/index/*`)))).toEqual([]);
    expect(ids(doc(allow('dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${ACCT}:table/Orders`)))).toEqual([]);
    expect(ids(doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/service/app-role`)))).toEqual([]);
    expect(ids(doc(allow('kms:Decrypt', 'arn:aws:s3:::reports')))).toEqual(['action-resource-mismatch']);
  });

  it('reads policy variables in Resource as unknown text, not as a mismatch', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable
    expect(ids(doc(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')))).toEqual([]);
  });

  it('leaves trust policies, NotResource and NotAction statements alone', () => {
    expect(
      ids({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 's3:ListBucket', NotResource: 'arn:aws:s3:::a/*' },
      }),
    ).toEqual([]);
    expect(
      ids({
        Version: '2012-10-17',
        Statement: { Effect: 'Deny', NotAction: 's3:ListBucket', Resource: 'arn:aws:s3:::a/*' },
      }),
    ).toEqual([]);
  });
});

describe('condition keys and operators', () => {
  const cond = (condition: Record<string, Record<string, string | string[]>>, effect: 'Allow' | 'Deny' = 'Allow') =>
    doc({ Effect: effect, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: condition });

  it('accepts keys used with operators of their type, in any letter case', () => {
    expect(
      ids(
        cond({
          IpAddress: { 'aws:SourceIP': '203.0.113.0/24' },
          DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' },
          NumericLessThan: { 'aws:MultiFactorAuthAge': '3600', 'aws:EpochTime': '1700000000' },
          Bool: { 'aws:SecureTransport': 'true' },
          ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/*` },
          StringEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app`, 's3:ExistingObjectTag/team': 'x' },
          StringLike: { 'aws:PrincipalTag/team': 'eng*' },
          Null: { 'aws:SourceVpce': 'true' },
        }),
      ),
    ).toEqual([]);
  });

  it('reports aws:SourceIp with StringEquals (review case #10), at the key', () => {
    const text =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",\n"Condition":{"StringEquals":{"aws:SourceIp":"203.0.113.0/24"}}}}';
    const w = find(text, 'condition-type-mismatch');
    expect(w).toMatchObject({ line: 2, column: 45, path: '/Statement/Condition/StringEquals/aws:SourceIp' });
    expect(w?.fix).toBe('Use IpAddress or NotIpAddress with aws:SourceIp.');
    expect(w?.why).toContain('never equals');
  });

  it('reports a Date key compared as text and a String key compared as a number', () => {
    expect(ids(cond({ StringEquals: { 'aws:CurrentTime': '2024-01-01' } }))).toEqual(['condition-type-mismatch']);
    expect(ids(cond({ NumericEquals: { 'aws:PrincipalAccount': '1' } }))).toEqual(['condition-type-mismatch']);
    expect(ids(cond({ ArnLike: { 'aws:SourceAccount': ACCT } }))).toEqual(['condition-type-mismatch']);
  });

  it('reports * or ? inside StringEquals, but not the policy variables that write them literally', () => {
    expect(ids(cond({ StringEquals: { 'aws:PrincipalTag/team': 'eng*' } }))).toEqual(['wildcard-without-like']);
    const [w] = policyChecks(P(cond({ StringNotEquals: { 'aws:PrincipalTag/team': ['a', 'b?'] } })), 'identity');
    expect(w?.fix).toBe('Use StringNotLike if you meant a pattern.');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable
    expect(ids(cond({ StringEquals: { 'aws:PrincipalTag/team': 'a${*}b' } }))).toEqual([]);
  });

  it('reports set operators on single-valued keys', () => {
    expect(ids(cond({ 'ForAnyValue:StringEquals': { 'aws:PrincipalTag/team': 'eng' } }))).toEqual([
      'set-operator-single-valued',
    ]);
    expect(ids(cond({ 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } }, 'Deny'))).toEqual([
      'set-operator-single-valued',
    ]);
    expect(ids(cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'env' } }))).toEqual([]);
  });

  it('reports ForAllValues with Allow unless a Null condition requires the key', () => {
    const tagDoc = (extra: Record<string, Record<string, string | string[]>> = {}) =>
      doc({
        Effect: 'Allow',
        Action: 'ec2:CreateTags',
        Resource: '*',
        Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] }, ...extra },
      });
    expect(ids(tagDoc())).toEqual(['forallvalues-allow']);
    expect(ids(tagDoc({ Null: { 'aws:TagKeys': 'false' } }))).toEqual([]);
    expect(
      ids(
        doc({
          Effect: 'Deny',
          Action: 'ec2:CreateTags',
          Resource: '*',
          Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'x' } },
        }),
      ),
    ).toEqual([]);
  });

  it('reports misspelt global keys with a suggestion, but not a different letter case', () => {
    const [w] = policyChecks(P(cond({ IpAddress: { 'aws:SoruceIp': '203.0.113.0/24' } })), 'identity');
    expect(w).toMatchObject({ id: 'unknown-global-condition-key' });
    expect(w?.fix).toContain('"aws:SourceIp"');
    expect(ids(cond({ IpAddress: { 'AWS:SOURCEIP': '203.0.113.0/24' } }))).toEqual([]);
    expect(policyChecks(P(cond({ StringEquals: { 'aws:ARN': 'x' } })), 'identity')[0]?.fix).toContain(
      '"aws:PrincipalArn"',
    );
  });

  it('reports service keys that do not exist, and keys the actions never carry', () => {
    expect(ids(cond({ StringEquals: { 's3:prefixx': 'home/' } }))).toEqual(['unknown-service-condition-key']);
    const statement = {
      Effect: 'Allow' as const,
      Action: ['s3:ListBucket', 's3:GetObject'],
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      Condition: { StringLike: { 's3:prefix': 'home/*' } },
    };
    const [w] = policyChecks(P(doc(statement)), 'identity');
    expect(w?.id).toBe('condition-key-not-for-action');
    expect(w?.message).toContain('s3:GetObject does not support the condition key s3:prefix');
    expect(ids(doc({ ...statement, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }))).toEqual([]);
  });

  it('leaves keys of identity providers alone', () => {
    const trust = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            'oidc.eks.us-east-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:a:b',
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' },
        },
      },
    };
    expect(ids(trust as Doc, 'trust')).toEqual([]);
    // sts:ExternalId belongs to AssumeRole; AssumeRoleWithWebIdentity requests never carry it.
    const withExternalId = { ...trust.Statement, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } };
    expect(ids({ Version: '2012-10-17', Statement: withExternalId } as Doc, 'trust')).toEqual([
      'condition-key-not-for-action',
    ]);
    expect(
      ids(
        {
          Version: '2012-10-17',
          Statement: { ...withExternalId, Principal: { AWS: ACCT }, Action: 'sts:AssumeRole' },
        } as Doc,
        'trust',
      ),
    ).toEqual([]);
  });
});

describe('public resource policies', () => {
  const bucket = (principal: unknown, condition?: Record<string, Record<string, string>>) => ({
    Version: '2012-10-17',
    Statement: {
      Effect: 'Allow',
      Principal: principal,
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
      ...(condition ? { Condition: condition } : {}),
    },
  });

  it('reports Principal "*" and {"AWS": "*"} without a condition on the caller', () => {
    expect(ids(bucket('*') as Doc, 'resource')).toEqual(['resource-policy-public']);
    expect(ids(bucket({ AWS: '*' }) as Doc, 'resource')).toEqual(['resource-policy-public']);
    expect(ids(bucket('*', { Bool: { 'aws:SecureTransport': 'true' } }) as Doc, 'resource')).toEqual([
      'resource-policy-public',
    ]);
    expect(ids(bucket('*', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } }) as Doc, 'resource')).toEqual([
      'resource-policy-public',
    ]);
  });

  it('accepts named principals and conditions that narrow the caller', () => {
    expect(ids(bucket({ AWS: `arn:aws:iam::${ACCT}:root` }) as Doc, 'resource')).toEqual([]);
    expect(ids(bucket('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }) as Doc, 'resource')).toEqual([]);
    expect(ids(bucket({ Service: 'cloudtrail.amazonaws.com' }) as Doc, 'resource')).toEqual([]);
    expect(ids(bucket('*', { StringEquals: { 'aws:SourceAccount': ACCT } }) as Doc, 'resource')).toEqual([]);
  });
});

describe('a resource policy that forgot Resource (review case #14)', () => {
  it('is read as a resource policy and reports the missing Resource, not trust policy errors', () => {
    const r = explainPolicy(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject"}]}',
    );
    expect(r.kind).toBe('resource');
    expect(r.errors.map((e) => e.message)).toEqual([
      'Missing resource: Add a Resource or NotResource element to the policy statement.',
    ]);
    expect(r.warnings.map((w) => w.id)).toEqual(['resource-policy-public']);
  });

  it('still reads sts actions without Resource as a trust policy', () => {
    const r = explainPolicy(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}',
    );
    expect(r).toMatchObject({ kind: 'trust', errors: [], warnings: [] });
  });
});

describe('iam:PassRole on every role (one warning, shared with lint)', () => {
  it('warns once for "*" and for NotResource, never twice', () => {
    const star = lintPolicy(P(doc(allow('iam:PassRole', '*'))), 'identity').filter((w) => w.id === 'passrole-star');
    expect(star).toHaveLength(1);
    const not = lintPolicy(
      P({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Action: 'iam:PassRole', NotResource: `arn:aws:iam::${ACCT}:role/admin` },
      }),
      'identity',
    ).filter((w) => w.id === 'passrole-star');
    expect(not).toHaveLength(1);
    expect(not[0]).toMatchObject({ path: '/Statement/NotResource' });
    expect(not[0]?.message).toContain('except those in NotResource');
  });
});

describe('explain output', () => {
  it('shows the checks in the text and in --json, and keeps exit code 0 (IAM saves such policies)', async () => {
    const { explainExitCode, explainToJson, formatExplain } = await import('../../../src/iam/index.js');
    const r = explainPolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObjct","Resource":"*"}}',
    );
    expect(explainExitCode(r)).toBe(0);
    const text = formatExplain(r, { color: false });
    expect(text).toContain('1:64  Statement #1: s3 has no action "GetObjct" (in "s3:GetObjct"). [unknown-action]');
    expect(text).toContain('Fix: Did you mean "s3:GetObject"');
    const json = JSON.parse(explainToJson(r));
    expect(json.warnings[0]).toMatchObject({ id: 'unknown-action', line: 1, column: 64 });
  });
});

describe('large policies', () => {
  it('reports every unknown action but suggests names for the first 25 only, so checking stays linear', () => {
    const actions = Array.from({ length: 200 }, (_, i) => `s3:GetObjct${'x'.repeat(i % 3)}${i}`);
    const found = policyChecks(P(doc(allow(actions))), 'identity');
    expect(found).toHaveLength(200);
    expect(found.filter((w) => w.fix.startsWith('Did you mean')).length).toBeLessThanOrEqual(25);
    expect(found.every((w) => w.id === 'unknown-action')).toBe(true);
  });
});
