import { describe, expect, it } from 'vitest';
import { evaluate, parsePolicyValue, type Policy } from '../../../src/iam/index.js';
import { createWorld } from '../../../src/sandbox/index.js';
import { denialReason, notAuthorizedMessage } from '../../../src/sandbox/denial.js';
import { ACCT, build, failure, PARTNER, q } from './helpers.js';

function P(statements: object[]): Policy {
  const r = parsePolicyValue({ Version: '2012-10-17', Statement: statements });
  if (!r.ok) throw new Error('bad test policy');
  return r.policy;
}

const USER = `arn:aws:iam::${ACCT}:user/alice`;
const BUCKET = 'arn:aws:s3:::data/report.csv';
const allowAll = P([{ Effect: 'Allow', Action: '*', Resource: '*' }]);

describe('access denied wording', () => {
  const req = { principal: { arn: USER }, action: 's3:GetObject', resource: BUCKET };

  it('names the policy type that refused', () => {
    expect(denialReason(evaluate(req, { identity: [] }), 's3:GetObject')).toBe(
      'because no identity-based policy allows the s3:GetObject action',
    );
    expect(
      denialReason(
        evaluate(req, { identity: [allowAll, P([{ Effect: 'Deny', Action: 's3:*', Resource: '*' }])] }),
        's3:GetObject',
      ),
    ).toBe('with an explicit deny in an identity-based policy');
    expect(
      denialReason(
        evaluate(req, { identity: [allowAll], boundary: P([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }]) }),
        's3:GetObject',
      ),
    ).toBe('because no permissions boundary allows the s3:GetObject action');
    expect(
      denialReason(
        evaluate(req, { identity: [allowAll], scps: [P([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }])] }),
        's3:GetObject',
      ),
    ).toBe('because no service control policy allows the s3:GetObject action');
    expect(
      denialReason(
        evaluate(req, {
          identity: [allowAll],
          sessionPolicies: [P([{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }])],
        }),
        's3:GetObject',
      ),
    ).toBe('because no session policy allows the s3:GetObject action');
    const bucketDeny = P([{ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: BUCKET }]);
    expect(denialReason(evaluate(req, { identity: [allowAll], resource: bucketDeny }), 's3:GetObject')).toBe(
      'with an explicit deny in a resource-based policy',
    );
  });

  it('across accounts says which side is missing', () => {
    const cross = {
      principal: { arn: `arn:aws:iam::${PARTNER}:user/bob` },
      action: 's3:GetObject',
      resource: BUCKET,
      resourceAccount: ACCT,
    };
    expect(denialReason(evaluate(cross, { identity: [allowAll] }), 's3:GetObject')).toBe(
      'because no resource-based policy allows the s3:GetObject action',
    );
    const bucketAllows = P([
      { Effect: 'Allow', Principal: { AWS: PARTNER }, Action: 's3:GetObject', Resource: BUCKET },
    ]);
    expect(denialReason(evaluate(cross, { identity: [], resource: bucketAllows }), 's3:GetObject')).toBe(
      'because no identity-based policy allows the s3:GetObject action',
    );
  });

  it('assembles the whole sentence', () => {
    expect(notAuthorizedMessage(USER, 's3:GetObject', BUCKET, evaluate(req, { identity: [] }))).toBe(
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: ${BUCKET} because no identity-based policy allows the s3:GetObject action`,
    );
  });
});

describe("the learner's own permissions", () => {
  it('every command is authorized: a read-only learner cannot create roles', () => {
    const w = build(
      createWorld(),
      'aws iam attach-user-policy --user-name learner --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
      'aws iam detach-user-policy --user-name learner --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    );
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const e = failure(w, `aws iam create-role --role-name r --assume-role-policy-document ${q(trust)}`);
    expect(e.code).toBe('AccessDenied');
    expect(e.message).toBe(
      `User: arn:aws:iam::${ACCT}:user/learner is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${ACCT}:role/r because no identity-based policy allows the iam:CreateRole action`,
    );
    expect(
      failure(
        w,
        'aws dynamodb create-table --table-name T --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST',
      ).code,
    ).toBe('AccessDeniedException');
    expect(failure(w, 'aws ec2 run-instances --image-id ami-1').code).toBe('UnauthorizedOperation');
    expect(failure(w, 'aws iam get-role --role-name r').code).toBe('NoSuchEntity');
  });
});
