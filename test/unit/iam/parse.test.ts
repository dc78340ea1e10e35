import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyValue } from '../../../src/iam/index.js';

function errorsOf(text: string) {
  const r = parsePolicy(text);
  if (r.ok) throw new Error('expected the policy to be rejected');
  return r.errors;
}

describe('parsePolicy', () => {
  it('reads a policy with a statement list into typed statements', () => {
    const r = parsePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::b/*'] },
          { Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:iam::111122223333:role/x' },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.version).toBe('2012-10-17');
    expect(r.policy.statements).toHaveLength(2);
    expect(r.policy.statements[0]).toMatchObject({
      sid: 'Read',
      effect: 'Allow',
      action: ['s3:GetObject'],
      resource: ['arn:aws:s3:::b/*'],
      path: '/Statement/0',
    });
    expect(r.policy.statements[1]).toMatchObject({
      effect: 'Deny',
      notAction: ['iam:*'],
      notResource: ['arn:aws:iam::111122223333:role/x'],
    });
  });

  it('accepts a single statement object', () => {
    const r = parsePolicy('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    expect(r.ok && r.policy.statements[0]?.path).toBe('/Statement');
  });

  it('reads principals of every type, as strings or lists', () => {
    const r = parsePolicyValue({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: {
            AWS: ['111122223333'],
            Service: 'ec2.amazonaws.com',
            Federated: 'cognito-identity.amazonaws.com',
            CanonicalUser: 'a'.repeat(64),
          },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.statements[0]?.principal).toEqual({ kind: 'any' });
    expect(r.policy.statements[1]?.principal).toEqual({
      kind: 'map',
      AWS: ['111122223333'],
      Service: ['ec2.amazonaws.com'],
      Federated: ['cognito-identity.amazonaws.com'],
      CanonicalUser: ['a'.repeat(64)],
    });
  });

  it('splits condition operators and turns numbers and booleans into strings', () => {
    const r = parsePolicyValue({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: {
          'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*'] },
          Bool: { 'aws:SecureTransport': true },
          NumericLessThan: { 's3:max-keys': 10 },
        },
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.policy.statements[0]?.condition ?? [];
    expect(c[0]).toMatchObject({
      base: 'StringLike',
      qualifier: 'ForAnyValue',
      ifExists: true,
      key: 'aws:TagKeys',
      values: ['a*'],
    });
    expect(c[1]).toMatchObject({ base: 'Bool', ifExists: false, values: ['true'] });
    expect(c[2]).toMatchObject({ base: 'NumericLessThan', values: ['10'] });
  });

  it('reports JSON syntax errors with line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}';
    const [e] = errorsOf(text);
    expect(e?.code).toBe('MalformedPolicyDocument');
    expect(e?.message).toMatch(/^Syntax errors in policy/);
    expect(e?.line).toBe(4);
    expect(e?.column).toBe(24);
  });

  it('reports a trailing comma where it is', () => {
    const [e] = errorsOf('{"Statement": [1,]}');
    expect(e).toMatchObject({ line: 1, column: 18 });
  });

  it('reports unterminated input at its end', () => {
    const [e] = errorsOf('{\n"Version": "2012-10-17"');
    expect(e?.line).toBe(2);
    expect(e?.message).toMatch(/end of input/);
  });

  it('points unknown elements at their key and suggests the right name', () => {
    const errors = errorsOf(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\n  "Actions":"s3:*","Resource":"*"}]}',
    );
    const e = errors.find((x) => x.message.includes('"Actions"'));
    expect(e).toMatchObject({ line: 2, column: 3 });
    expect(e?.hint).toMatch(/Did you mean "Action"/);
  });

  it('rejects an Effect other than Allow or Deny', () => {
    const [e] = errorsOf('{"Version":"2012-10-17","Statement":{"Effect":"allow","Action":"*","Resource":"*"}}');
    expect(e?.message).toMatch(/Effect must be "Allow" or "Deny"/);
    expect(e?.column).toBe(47);
  });

  it('rejects a statement with both Action and NotAction', () => {
    const errors = errorsOf(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","NotAction":"s3:*","Resource":"*"}}',
    );
    expect(errors.some((e) => e.message.includes('both Action and NotAction'))).toBe(true);
  });

  it('rejects a Principal that is a bare ARN string', () => {
    const [e] = errorsOf(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"arn:aws:iam::111122223333:root","Action":"sts:AssumeRole"}}',
    );
    expect(e?.message).toMatch(/^Invalid principal in policy/);
    expect(e?.hint).toMatch(/\{"AWS": "arn:aws:iam::111122223333:root"\}/);
  });

  it('rejects an unknown principal type', () => {
    const [e] = errorsOf(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Services":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}}',
    );
    expect(e?.message).toMatch(/Invalid principal in policy: unknown principal type "Services"/);
  });

  it('rejects unknown condition operators like IAM does', () => {
    const [e] = errorsOf(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEqualz":{"a:b":"c"}}}}',
    );
    expect(e?.message).toBe('Invalid Condition type : StringEqualz');
  });

  it('rejects NullIfExists, since Null already tests existence', () => {
    const [e] = errorsOf(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NullIfExists":{"a:b":"true"}}}}',
    );
    expect(e?.message).toBe('Invalid Condition type : NullIfExists');
  });

  it('rejects a Version that is not one of the two language versions', () => {
    const [e] = errorsOf('{"Version":"2024-01-01","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    expect(e?.message).toBe('The policy failed legacy parsing');
    expect(e?.column).toBe(12);
  });

  it('rejects documents without statements, and non-objects', () => {
    expect(errorsOf('{"Version":"2012-10-17"}')[0]?.message).toMatch(/no Statement/);
    expect(errorsOf('{"Version":"2012-10-17","Statement":[]}')[0]?.message).toMatch(/empty list/);
    expect(errorsOf('[1,2]')[0]?.message).toMatch(/must be a JSON object/);
    expect(errorsOf('')[0]?.message).toMatch(/end of input/);
  });

  it('rejects non-string actions and condition values that are objects', () => {
    expect(errorsOf('{"Statement":{"Effect":"Allow","Action":[1],"Resource":"*"}}')[0]?.message).toMatch(
      /every Action entry must be a string/,
    );
    expect(
      errorsOf('{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"a:b":{"x":1}}}}}')[0]
        ?.message,
    ).toMatch(/condition values/);
  });

  it('survives deep nesting without exhausting the stack', () => {
    const text = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    expect(errorsOf(text)[0]?.message).toMatch(/Nesting too deep/);
  });

  it('ignores a byte-order mark and keeps a source map of positions', () => {
    const r = parsePolicy('\ufeff{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.sourceMap.get('/Statement/Effect')).toEqual({ line: 1, column: 25 });
  });

  it('does not let "__proto__" keys change the parsed object', () => {
    const r = parsePolicy('{"__proto__":{"polluted":true},"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parsePolicyValue', () => {
  it('records repeated keys with the position of the repeat, keeping the last value', () => {
    const r = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow",\n "Action":"s3:GetObject",\n "Action":"s3:PutObject","Resource":"*"}}',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.statements[0]?.action).toEqual(['s3:PutObject']);
    expect(r.policy.duplicateKeys).toEqual([{ path: '/Statement/Action', key: 'Action', line: 3, column: 2 }]);
    const clean = parsePolicy(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
    );
    expect(clean.ok && clean.policy.duplicateKeys).toBeUndefined();
  });

  it('parses objects built in code, with positions defaulting to 1:1', () => {
    const r = parsePolicyValue({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'x', Resource: '*', Bogus: 1 }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 1, column: 1, path: '/Statement/0/Bogus' });
  });

  it('reports values that are not documents instead of throwing', () => {
    for (const v of [null, undefined, 42, 'text', [], () => 1]) {
      const r = parsePolicyValue(v);
      expect(r.ok).toBe(false);
    }
  });
});
