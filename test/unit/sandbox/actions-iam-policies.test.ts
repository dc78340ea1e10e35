import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sandbox/index.js';
import { ACCT, build, failure, q, READ_ORDERS, TRUST_EC2 } from './helpers.js';

const ROLE = `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`;

describe('managed policies on roles', () => {
  it('attaches AWS managed and customer managed policies, once each', () => {
    const w = build(
      createWorld(),
      ROLE,
      `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`,
      `aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::${ACCT}:policy/orders-read`,
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    );
    expect(w.accounts[ACCT]!.roles['app-role']!.attachedPolicyArns).toEqual([
      `arn:aws:iam::${ACCT}:policy/orders-read`,
      'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    ]);
  });

  it('refuses an unknown policy ARN with NoSuchEntity', () => {
    const e = failure(
      build(createWorld(), ROLE),
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/NoSuchPolicy',
    );
    expect(e).toMatchObject({
      code: 'NoSuchEntity',
      message: 'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.',
    });
  });

  it('stops at the quota of 10 managed policies per role', () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) => `aws iam create-policy --policy-name p${i} --policy-document ${q(READ_ORDERS)}`,
    );
    const attach = Array.from(
      { length: 10 },
      (_, i) => `aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::${ACCT}:policy/p${i}`,
    );
    const w = build(
      createWorld(),
      ROLE,
      ...lines,
      ...attach,
      `aws iam create-policy --policy-name p10 --policy-document ${q(READ_ORDERS)}`,
    );
    expect(
      failure(w, `aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::${ACCT}:policy/p10`),
    ).toMatchObject({ code: 'LimitExceeded', message: 'Cannot exceed quota for PoliciesPerRole: 10' });
  });

  it('detaching a policy that is not attached is NoSuchEntity', () => {
    expect(
      failure(
        build(createWorld(), ROLE),
        'aws iam detach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
      ).code,
    ).toBe('NoSuchEntity');
  });

  it('create-policy refuses duplicate names and principals in identity policies', () => {
    const w = build(
      createWorld(),
      `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`,
    );
    expect(
      failure(w, `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`),
    ).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'A policy called orders-read already exists. Duplicate names are not allowed.',
    });
    const withPrincipal = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }],
    });
    expect(
      failure(createWorld(), `aws iam create-policy --policy-name p --policy-document ${q(withPrincipal)}`),
    ).toMatchObject({ code: 'MalformedPolicyDocument', message: 'Policy document should not specify a principal.' });
  });
});

describe('inline policies on roles', () => {
  it('puts, replaces and deletes an inline policy', () => {
    let w = build(
      createWorld(),
      ROLE,
      `aws iam put-role-policy --role-name app-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
    );
    expect(Object.keys(w.accounts[ACCT]!.roles['app-role']!.inlinePolicies)).toEqual(['read']);
    w = build(w, 'aws iam delete-role-policy --role-name app-role --policy-name read');
    expect(w.accounts[ACCT]!.roles['app-role']!.inlinePolicies).toEqual({});
    expect(failure(w, 'aws iam delete-role-policy --role-name app-role --policy-name read')).toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role policy with name read cannot be found.',
    });
  });

  it('validates the document as an identity policy', () => {
    const noResource = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem' }],
    });
    expect(
      failure(
        build(createWorld(), ROLE),
        `aws iam put-role-policy --role-name app-role --policy-name p --policy-document ${q(noResource)}`,
      ).message,
    ).toBe('Policy statement must contain resources.');
  });
});

describe('iam delete-policy', () => {
  const POLICY = `arn:aws:iam::${ACCT}:policy/orders-read`;
  const create = `aws iam create-policy --policy-name orders-read --policy-document ${q(READ_ORDERS)}`;

  it('deletes a customer managed policy that nothing uses', () => {
    const w = build(createWorld(), create, `aws iam delete-policy --policy-arn ${POLICY}`);
    expect(w.accounts[ACCT]!.policies[POLICY]).toBeUndefined();
    // The name is free again.
    expect(build(w, create).accounts[ACCT]!.policies[POLICY]).toBeDefined();
  });

  it('refuses with DeleteConflict while the policy is attached to a role or a user', () => {
    let w = build(
      createWorld(),
      ROLE,
      create,
      `aws iam attach-role-policy --role-name app-role --policy-arn ${POLICY}`,
      `aws iam attach-user-policy --user-name learner --policy-arn ${POLICY}`,
    );
    const e = failure(w, `aws iam delete-policy --policy-arn ${POLICY}`);
    expect(e).toMatchObject({ code: 'DeleteConflict', message: 'Cannot delete a policy attached to entities.' });
    expect(e.line).toBe(
      'An error occurred (DeleteConflict) when calling the DeletePolicy operation: Cannot delete a policy attached to entities.',
    );
    expect(e.hint).toMatch(/user learner, role app-role/);
    w = build(w, `aws iam detach-role-policy --role-name app-role --policy-arn ${POLICY}`);
    expect(failure(w, `aws iam delete-policy --policy-arn ${POLICY}`).code).toBe('DeleteConflict');
    w = build(
      w,
      `aws iam detach-user-policy --user-name learner --policy-arn ${POLICY}`,
      `aws iam delete-policy --policy-arn ${POLICY}`,
    );
    expect(w.accounts[ACCT]!.policies[POLICY]).toBeUndefined();
  });

  it('refuses a policy in use as a permissions boundary', () => {
    const w = build(
      createWorld(),
      create,
      `aws iam create-role --role-name bounded --assume-role-policy-document ${q(TRUST_EC2)} --permissions-boundary ${POLICY}`,
    );
    const e = failure(w, `aws iam delete-policy --policy-arn ${POLICY}`);
    expect(e).toMatchObject({ code: 'DeleteConflict', message: 'Cannot delete a policy attached to entities.' });
    expect(e.hint).toMatch(/permissions boundary of role bounded/);
  });

  it('answers NoSuchEntity for an unknown policy and will not delete an AWS managed one', () => {
    expect(failure(createWorld(), `aws iam delete-policy --policy-arn ${POLICY}`)).toMatchObject({
      code: 'NoSuchEntity',
      message: `Policy ${POLICY} was not found.`,
    });
    expect(
      failure(createWorld(), 'aws iam delete-policy --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess').source,
    ).toBe('sandbox');
  });
});
