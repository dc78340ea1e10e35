// Resource control policies: resource-side organisation guardrails, evaluated like SCPs by level
// (root, OUs, account: every level must allow, a Deny anywhere wins), for the services and
// resources the RCP page lists.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/iam/index.js';
import type { Decision, EvaluationLayers, RequestContext } from '../../../src/iam/index.js';
import { ACCT, ALICE, allow, BOB_OTHER, BUCKET, type Doc, doc, OBJECT, OTHER, P } from './helpers.js';

const FULL: Doc = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] as Doc['Statement'],
};
const ORG_ONLY: Doc = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnforceOrgIdentities',
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:*', 'sqs:*', 'kms:*', 'secretsmanager:*', 'sts:AssumeRole'],
      Resource: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorg' },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    },
  ] as unknown as Doc['Statement'],
};
const bucketFor = (principal: string): Doc =>
  ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }],
  }) as Doc;

function run(request: Partial<RequestContext>, layers: Partial<EvaluationLayers>): Decision {
  return evaluate(
    { principal: { arn: BOB_OTHER }, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT, ...request },
    { identity: [P(doc(allow('s3:GetObject')))], resource: P(bucketFor(BOB_OTHER)), ...layers },
  );
}

describe('resource control policies', () => {
  it('a Deny in an RCP stops a caller from outside the organisation that both policies allow', () => {
    const d = run(
      { context: { 'aws:PrincipalOrgID': 'o-otherorg' } },
      { rcpLevels: [[P(FULL)], [P(FULL), P(ORG_ONLY)]] },
    );
    expect(d.decision).toBe('ExplicitDeny');
    expect(d.summary).toContain('statement "EnforceOrgIdentities" of resource control policy #3 at level 2 of 2');
  });

  it('lets a caller inside the organisation through', () => {
    const d = run(
      { context: { 'aws:PrincipalOrgID': 'o-exampleorg' } },
      { rcpLevels: [[P(FULL)], [P(FULL), P(ORG_ONLY)]] },
    );
    expect(d.decision).toBe('Allow');
  });

  it('needs an Allow at every level, and names the level without one', () => {
    const d = run({}, { rcpLevels: [[P(FULL)], [P(doc(allow('s3:*')) as Doc)]] });
    // An Allow without Principal "*" matches no caller: an RCP statement names every principal.
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.summary).toMatch(/No resource control policy at level 2 of 2/);
    const denial = d.trace.filter((t) => t.kind === 'note').at(-1);
    expect(denial?.kind === 'note' && denial.step).toBe('rcp');
  });

  it('applies to anonymous callers too, unlike SCPs', () => {
    const publicBucket: Doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
      ] as Doc['Statement'],
    };
    const anonymous = { principal: { arn: '' } };
    expect(run(anonymous, { resource: P(publicBucket) }).decision).toBe('Allow');
    expect(run(anonymous, { resource: P(publicBucket), rcps: [P(ORG_ONLY)] }).decision).toBe('ExplicitDeny');
  });

  it('does not cover services missing from the RCP list (EC2 here)', () => {
    const denyAll: Doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }] as Doc['Statement'],
    };
    const d = evaluate(
      { principal: { arn: ALICE }, action: 'ec2:DescribeInstances', resource: '*' },
      { identity: [P(doc(allow('ec2:DescribeInstances')))], rcps: [P(denyAll)] },
    );
    expect(d.decision).toBe('Allow');
    expect(d.trace.some((t) => t.kind === 'note' && /do not cover ec2/.test(t.message))).toBe(true);
  });

  it("does not apply to the management account's resources", () => {
    const d = run(
      { context: { 'aws:PrincipalOrgID': 'o-otherorg' } },
      { rcps: [P(ORG_ONLY)], managementAccount: ACCT },
    );
    expect(d.decision).toBe('Allow');
  });

  it('does not apply to AWS managed KMS keys', () => {
    const key = `arn:aws:kms:us-east-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const keyPolicy: Doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: BOB_OTHER }, Action: 'kms:Decrypt', Resource: '*' },
      ] as Doc['Statement'],
    };
    const request = {
      principal: { arn: BOB_OTHER },
      action: 'kms:Decrypt',
      resource: key,
      context: { 'aws:PrincipalOrgID': 'o-otherorg' },
    };
    const layers = { identity: [P(doc(allow('kms:Decrypt')))], resource: P(keyPolicy), rcps: [P(ORG_ONLY)] };
    expect(evaluate(request, layers).decision).toBe('ExplicitDeny');
    expect(evaluate(request, { ...layers, resourceIsAwsManagedKey: true }).decision).toBe('Allow');
  });

  it('does not stop a service-linked role', () => {
    const slr = `arn:aws:sts::${OTHER}:assumed-role/AWSServiceRoleForExample/session`;
    const d = evaluate(
      {
        principal: {
          arn: slr,
          roleArn: `arn:aws:iam::${OTHER}:role/aws-service-role/example.amazonaws.com/AWSServiceRoleForExample`,
        },
        action: 's3:GetObject',
        resource: OBJECT,
        resourceAccount: ACCT,
        context: { 'aws:PrincipalOrgID': 'o-otherorg' },
      },
      { identity: [P(doc(allow('s3:GetObject')))], resource: P(bucketFor(slr)), rcps: [P(ORG_ONLY)] },
    );
    expect(d.decision).toBe('Allow');
  });
});

describe('resource control policies (properties)', () => {
  const statementArb = fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      action: fc.constantFrom('*', 's3:*', 's3:GetObject', 'kms:*', 'ec2:*'),
      resource: fc.constantFrom('*', `${BUCKET}/*`, 'arn:aws:kms:*:*:key/*'),
      condition: fc.constantFrom(undefined, { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-exampleorg' } }),
    })
    .map((r) => ({
      Effect: r.effect,
      Principal: '*',
      Action: r.action,
      Resource: r.resource,
      ...(r.condition ? { Condition: r.condition } : {}),
    }));
  const rcpArb = fc
    .array(statementArb, { minLength: 1, maxLength: 3 })
    .map((Statement) => ({ Version: '2012-10-17', Statement }) as unknown as Doc);

  it('adding RCPs never turns a refusal into an allow, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ALICE, BOB_OTHER, '', `arn:aws:iam::${OTHER}:root`),
        fc.constantFrom('s3:GetObject', 'kms:Decrypt', 'ec2:DescribeInstances'),
        fc.array(fc.array(rcpArb, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 'o-exampleorg', 'o-otherorg'),
        (arn, action, levels, orgId) => {
          const request = {
            principal: { arn },
            action,
            resource: action.startsWith('kms') ? `arn:aws:kms:us-east-1:${ACCT}:key/k1` : OBJECT,
            resourceAccount: ACCT,
            ...(orgId ? { context: { 'aws:PrincipalOrgID': orgId } } : {}),
          };
          const base: EvaluationLayers = {
            identity: [P(doc(allow('*')))],
            resource: P({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
            } as unknown as Doc),
          };
          const without = evaluate(request, base).decision;
          const withRcps = evaluate(request, { ...base, rcpLevels: levels.map((l) => l.map(P)) }).decision;
          if (without !== 'Allow') expect(withRcps).not.toBe('Allow');
          if (without === 'ExplicitDeny') expect(withRcps).toBe('ExplicitDeny');
        },
      ),
      { numRuns: 300 },
    );
  });
});
