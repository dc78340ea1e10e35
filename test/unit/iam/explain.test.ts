import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainExitCode,
  explainPolicy,
  explainToJson,
  formatExplain,
  guessPolicyKind,
  managedPolicies,
} from '../../../src/iam/index.js';
import { ACCT, P, trustAws, trustService } from './helpers.js';

const EC2_TRUST = JSON.stringify(trustService('ec2.amazonaws.com'), null, 2);
const INSTANCE_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

describe('guessPolicyKind', () => {
  it('tells trust, resource and identity policies apart', () => {
    expect(guessPolicyKind(P(trustService('ec2.amazonaws.com')))).toBe('trust');
    expect(
      guessPolicyKind(
        P({
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        }),
      ),
    ).toBe('resource');
    expect(guessPolicyKind(P(managedPolicies.AmazonS3ReadOnlyAccess!.document))).toBe('identity');
  });

  // Until December 2026 any principal without Resource was guessed to be a trust policy, whatever
  // its actions (this test said so). Issue #12 and the December 2026 IAM review (its explain case #14)
  // showed the cost: a bucket policy that forgot Resource was explained as a role trust policy.
  // Permissions with a principal and no sts action are a resource policy missing Resource.
  it('calls a principal with only non-STS actions and no Resource a resource policy (missing Resource)', () => {
    expect(
      guessPolicyKind(
        P({
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' },
        }),
      ),
    ).toBe('resource');
    expect(
      guessPolicyKind(
        P({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { AWS: ACCT }, NotAction: 'iam:*' } }),
      ),
    ).toBe('resource');
    // A trust action with a stray Resource is still a trust policy (validation then reports the Resource).
    expect(
      guessPolicyKind(
        P({
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole', Resource: '*' },
        }),
      ),
    ).toBe('trust');
  });

  it('still calls a principal-without-resource sts policy a trust policy when an action is wrong', () => {
    expect(
      guessPolicyKind(
        P({
          Version: '2012-10-17',
          Statement: { Effect: 'Allow', Principal: { AWS: ACCT }, Action: ['sts:AssumeRole', 'sts:GetCallerIdentity'] },
        }),
      ),
    ).toBe('trust');
  });
});

describe('explainPolicy', () => {
  it('reads a clean EC2 trust policy aloud', () => {
    const r = explainPolicy(EC2_TRUST);
    expect(r).toMatchObject({ kind: 'trust', kindSource: 'guessed', errors: [], warnings: [] });
    expect(r.statements[0]?.english).toBe('Allows the AWS service ec2.amazonaws.com to assume this role.');
    expect(r.statements[0]?.line).toBe(4);
    expect(explainExitCode(r)).toBe(0);
  });

  it('reports the EC2-instance principal with its position and exits 1', () => {
    const r = explainPolicy(INSTANCE_TRUST);
    expect(r.kind).toBe('trust');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 6, column: 29 });
    expect(explainExitCode(r)).toBe(1);
  });

  it('honours a forced kind', () => {
    const r = explainPolicy(EC2_TRUST, { as: 'identity' });
    expect(r.kindSource).toBe('forced');
    expect(r.errors.map((e) => e.message)).toContain('Policy document should not specify a principal.');
  });

  it('explains conditions in words', () => {
    const text = JSON.stringify(
      trustAws('444455556666', { Condition: { StringEquals: { 'sts:ExternalId': 'tenant-42' } } }),
    );
    const r = explainPolicy(text);
    expect(r.statements[0]?.english).toBe(
      'Allows any principal in account 444455556666 that its own policies allow to assume this role, only when sts:ExternalId is "tenant-42".',
    );
  });

  it('explains identity statements with NotAction and several conditions', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Deny',
        NotAction: ['iam:*'],
        Resource: '*',
        Condition: {
          BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
          IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        },
      },
    });
    expect(explainPolicy(text).statements[0]?.english).toBe(
      'Denies the attached identity every action except iam:* on any resource, only when aws:MultiFactorAuthPresent is "false" (if the key is present; a request without the key counts as a match, so it is denied too) and aws:SourceIp is in "203.0.113.0/24".',
    );
  });

  it('returns a syntax error with a position for broken JSON', () => {
    const r = explainPolicy('{"Version": "2012-10-17", "Statement": [');
    expect(r.errors[0]).toMatchObject({ code: 'MalformedPolicyDocument', line: 1 });
    expect(r.statements).toEqual([]);
    expect(explainExitCode(r)).toBe(1);
  });

  it('formats plainly without colour and with ANSI codes with colour', () => {
    const r = explainPolicy(INSTANCE_TRUST);
    const plain = formatExplain(r, { color: false });
    expect(plain).toContain('This looks like a role trust policy.');
    const identity = formatExplain(
      explainPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'),
      { color: false },
    );
    expect(identity).toContain('This looks like an identity-based policy.');
    expect(plain).toContain('6:29  MalformedPolicyDocument: Invalid principal in policy');
    expect(plain).toContain('ec2:SourceInstanceARN');
    expect(plain).not.toMatch(/\u001b\[/);
    expect(formatExplain(r, { color: true })).toMatch(/\u001b\[31m/);
    expect(formatExplain(explainPolicy(EC2_TRUST), { color: false })).toContain('No errors or warnings.');
  });

  it('can be printed as JSON without the parsed policy', () => {
    const json = JSON.parse(explainToJson(explainPolicy(INSTANCE_TRUST)));
    expect(json.errors[0].message).toMatch(/^Invalid principal in policy/);
    expect(json.kind).toBe('trust');
    expect(json.policy).toBeUndefined();
    expect(json.statements).toHaveLength(1);
  });

  it('says an empty Action list allows nothing, without a gap in the sentence', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: [], Resource: '*' } });
    const r = explainPolicy(text);
    expect(r.statements[0]?.english).toBe(
      'Allows nothing: the statement has an empty Action list, so it matches no request.',
    );
    expect(r.errors.map((e) => e.message)).toEqual(['Policy statement must contain actions.']);
    const trust = explainPolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: [] },
      }),
    );
    expect(trust.statements[0]?.english).toBe(
      'Allows nothing: the statement has an empty Action list, so it matches no request.',
    );
    const emptyResource = explainPolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: [] } }),
    );
    expect(emptyResource.statements[0]?.english).toBe(
      'Allows the attached identity s3:GetObject on no resource (the Resource list is empty).',
    );
    for (const s of [...r.statements, ...trust.statements, ...emptyResource.statements])
      expect(s.english).not.toMatch(/ {2}/);
  });

  it('describes boundaries and SCPs as upper limits', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    });
    expect(explainPolicy(text, { as: 'boundary' }).statements[0]?.english).toBe(
      'Allows the user or role (as an upper limit) s3:* on any resource.',
    );
    expect(explainPolicy(text, { as: 'scp' }).statements[0]?.english).toMatch(/upper limit/);
  });
});

/** Random edits of a valid policy: the likeliest kinds of malformed input a learner produces. */
const mutated = fc
  .tuple(
    fc.constantFrom(
      EC2_TRUST,
      INSTANCE_TRUST,
      JSON.stringify(managedPolicies.CloudWatchAgentServerPolicy!.document, null, 2),
    ),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, del, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + del);
    }
    return out;
  });

describe('explainPolicy on fuzzed input', () => {
  it('never throws, and every error carries a 1-based position inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutated,
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const r = explainPolicy(text);
          const lineCount = text.split('\n').length;
          const lines = text.split('\n');
          for (const e of r.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
            expect(e.line).toBeLessThanOrEqual(lineCount);
            // A column may point just past the last character (where a missing token belongs).
            expect(e.column).toBeLessThanOrEqual((lines[e.line - 1]?.length ?? 0) + 1);
            expect(typeof e.message).toBe('string');
          }
          expect(() => formatExplain(r, { color: false })).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('always reports an error for text that is not valid JSON', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text.replace(/^\ufeff/, ''));
        } catch {
          valid = false;
        }
        if (!valid) {
          const r = explainPolicy(text);
          expect(r.errors.length).toBeGreaterThan(0);
          expect(r.errors[0]?.message).toMatch(/^Syntax errors in policy/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
