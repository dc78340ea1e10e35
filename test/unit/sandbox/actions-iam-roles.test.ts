import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sandbox/index.js';
import { ACCT, attempt, build, failure, q, READ_ORDERS, TRUST_EC2 } from './helpers.js';

const CREATE = `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`;

function trustWith(principal: object, extra: object = {}): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
  });
}

describe('iam create-role', () => {
  it('creates the role with its trust policy and prints it back', () => {
    const r = attempt(createWorld(), CREATE);
    expect(r.outcome.ok).toBe(true);
    const role = r.world.accounts[ACCT]!.roles['app-role']!;
    expect(role.arn).toBe(`arn:aws:iam::${ACCT}:role/app-role`);
    expect(role.maxSessionDuration).toBe(3600);
    expect(role.trustPolicy).toEqual(JSON.parse(TRUST_EC2));
    expect(r.outcome.ok && (r.outcome.output as { Role: { Arn: string; CreateDate: string } }).Role).toMatchObject({
      Arn: role.arn,
      CreateDate: '2026-01-01T09:00:00+00:00',
    });
  });

  it('puts the path into the ARN', () => {
    const w = build(
      createWorld(),
      `aws iam create-role --role-name app --path /apps/ --assume-role-policy-document ${q(TRUST_EC2)}`,
    );
    expect(w.accounts[ACCT]!.roles.app!.arn).toBe(`arn:aws:iam::${ACCT}:role/apps/app`);
  });

  it('refuses a second role with the same name: EntityAlreadyExists', () => {
    const e = failure(build(createWorld(), CREATE), CREATE);
    expect(e.code).toBe('EntityAlreadyExists');
    expect(e.message).toBe('Role with name app-role already exists.');
    expect(e.line).toBe(
      'An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name app-role already exists.',
    );
  });

  it('refuses an EC2 instance ARN as principal with MalformedPolicyDocument and the engine hint', () => {
    const arn = `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc1234def567890`;
    const e = failure(
      createWorld(),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(trustWith({ AWS: arn }))}`,
    );
    expect(e.code).toBe('MalformedPolicyDocument');
    expect(e.message).toBe(`Invalid principal in policy: "AWS":"${arn}"`);
    expect(e.hint).toMatch(/ec2\.amazonaws\.com/);
    expect(e.hint).toMatch(/ec2:SourceInstanceARN/);
  });

  it('refuses what IAM refuses in a trust policy: bad JSON, a Resource element, a permission action', () => {
    expect(
      failure(createWorld(), `aws iam create-role --role-name r --assume-role-policy-document '{"Version":'`).code,
    ).toBe('MalformedPolicyDocument');
    const withResource = trustWith({ Service: 'ec2.amazonaws.com' }, { Resource: '*' });
    expect(
      failure(createWorld(), `aws iam create-role --role-name r --assume-role-policy-document ${q(withResource)}`)
        .message,
    ).toBe('Has prohibited field Resource');
    const permission = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' }],
    });
    expect(
      failure(createWorld(), `aws iam create-role --role-name r --assume-role-policy-document ${q(permission)}`)
        .message,
    ).toBe('AssumeRole policy may only specify STS AssumeRole actions.');
  });

  it('checks MaxSessionDuration: 3600 to 43200 seconds', () => {
    const base = `aws iam create-role --role-name r --assume-role-policy-document ${q(TRUST_EC2)} --max-session-duration`;
    expect(failure(createWorld(), `${base} 3599`).message).toMatch(/greater than or equal to 3600/);
    expect(failure(createWorld(), `${base} 43201`).message).toMatch(/less than or equal to 43200/);
    expect(build(createWorld(), `${base} 43200`).accounts[ACCT]!.roles.r!.maxSessionDuration).toBe(43200);
  });

  it('checks the role name pattern and that a permissions boundary exists', () => {
    expect(
      failure(createWorld(), `aws iam create-role --role-name 'bad name' --assume-role-policy-document ${q(TRUST_EC2)}`)
        .code,
    ).toBe('ValidationError');
    const e = failure(
      createWorld(),
      `aws iam create-role --role-name r --assume-role-policy-document ${q(TRUST_EC2)} --permissions-boundary arn:aws:iam::${ACCT}:policy/nope`,
    );
    expect(e).toMatchObject({
      code: 'NoSuchEntity',
      message: `Scope ARN: arn:aws:iam::${ACCT}:policy/nope does not exist or is not attachable.`,
    });
  });

  it('reads the trust policy from a file:// the world holds, and says so when the file is missing', () => {
    const w = build(
      createWorld(),
      `file write trust.json ${q(TRUST_EC2)}`,
      'aws iam create-role --role-name r --assume-role-policy-document file://trust.json',
    );
    expect(w.accounts[ACCT]!.roles.r).toBeDefined();
    const e = failure(
      createWorld(),
      'aws iam create-role --role-name r --assume-role-policy-document file://nope.json',
    );
    expect(e.source).toBe('cli');
    expect(e.message).toBe(
      "Error parsing parameter '--assume-role-policy-document': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'",
    );
  });
});

describe('iam update-assume-role-policy and get-role', () => {
  it('replaces the trust policy, validated like create-role', () => {
    const lambda = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const w = build(
      createWorld(),
      CREATE,
      `aws iam update-assume-role-policy --role-name app-role --policy-document ${q(lambda)}`,
    );
    expect(w.accounts[ACCT]!.roles['app-role']!.trustPolicy).toEqual(JSON.parse(lambda));
    expect(
      failure(
        w,
        `aws iam update-assume-role-policy --role-name app-role --policy-document ${q(trustWith({ AWS: `arn:aws:iam::${ACCT}:group/devs` }))}`,
      ).code,
    ).toBe('MalformedPolicyDocument');
    expect(
      failure(w, `aws iam update-assume-role-policy --role-name ghost --policy-document ${q(lambda)}`),
    ).toMatchObject({ code: 'NoSuchEntity', message: 'The role with name ghost cannot be found.' });
  });

  it('get-role shows MaxSessionDuration and the trust policy; NoSuchEntity for unknown roles', () => {
    const r = attempt(build(createWorld(), CREATE), 'aws iam get-role --role-name app-role');
    expect(r.outcome.ok && (r.outcome.output as { Role: object }).Role).toMatchObject({
      RoleName: 'app-role',
      MaxSessionDuration: 3600,
      AssumeRolePolicyDocument: JSON.parse(TRUST_EC2),
    });
    expect(failure(createWorld(), 'aws iam get-role --role-name app-role').code).toBe('NoSuchEntity');
  });
});

describe('iam delete-role', () => {
  const withEverything = () =>
    build(
      createWorld(),
      CREATE,
      'aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      `aws iam put-role-policy --role-name app-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
      'aws iam create-instance-profile --instance-profile-name app-profile',
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    );

  it('refuses with DeleteConflict while the role is in an instance profile, has managed or inline policies', () => {
    let w = withEverything();
    expect(failure(w, 'aws iam delete-role --role-name app-role')).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must remove roles from instance profile first.',
    });
    w = build(w, 'aws iam remove-role-from-instance-profile --instance-profile-name app-profile --role-name app-role');
    expect(failure(w, 'aws iam delete-role --role-name app-role')).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must detach all policies first.',
    });
    w = build(
      w,
      'aws iam detach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    );
    expect(failure(w, 'aws iam delete-role --role-name app-role')).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must delete policies first.',
    });
    w = build(
      w,
      'aws iam delete-role-policy --role-name app-role --policy-name read',
      'aws iam delete-role --role-name app-role',
    );
    expect(w.accounts[ACCT]!.roles['app-role']).toBeUndefined();
  });

  it('answers NoSuchEntity for a role that does not exist', () => {
    expect(failure(createWorld(), 'aws iam delete-role --role-name ghost').code).toBe('NoSuchEntity');
  });
});

describe('iam update-role', () => {
  it('changes the maximum session duration and the description, and leaves out what it is not given', () => {
    let w = build(
      createWorld(),
      `${CREATE} --description first`,
      'aws iam update-role --role-name app-role --max-session-duration 43200',
    );
    expect(w.accounts[ACCT]!.roles['app-role']).toMatchObject({ maxSessionDuration: 43200, description: 'first' });
    w = build(w, "aws iam update-role --role-name app-role --description 'reads Orders'");
    expect(w.accounts[ACCT]!.roles['app-role']).toMatchObject({
      maxSessionDuration: 43200,
      description: 'reads Orders',
    });
    const r = attempt(w, 'aws iam get-role --role-name app-role');
    expect(r.outcome.ok && (r.outcome.output as { Role: object }).Role).toMatchObject({
      MaxSessionDuration: 43200,
      Description: 'reads Orders',
    });
  });

  it('checks MaxSessionDuration as IAM does: ValidationError outside 3600 to 43200 seconds', () => {
    const w = build(createWorld(), CREATE);
    const low = failure(w, 'aws iam update-role --role-name app-role --max-session-duration 3599');
    expect(low).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
    });
    expect(low.line).toMatch(/^An error occurred \(ValidationError\) when calling the UpdateRole operation: /);
    expect(failure(w, 'aws iam update-role --role-name app-role --max-session-duration 43201').message).toBe(
      "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
    expect(
      build(w, 'aws iam update-role --role-name app-role --max-session-duration 3600').accounts[ACCT]!.roles[
        'app-role'
      ]!.maxSessionDuration,
    ).toBe(3600);
  });

  it('answers NoSuchEntity for a role that does not exist', () => {
    expect(failure(createWorld(), 'aws iam update-role --role-name ghost --max-session-duration 7200')).toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role with name ghost cannot be found.',
    });
  });
});
