import { describe, expect, it } from 'vitest';
import { canAssumeRole } from '../../../src/iam/index.js';
import { ACCT, ALICE, allow, APP_ROLE, BOB_OTHER, doc, OTHER, P, trustAws, trustService } from './helpers.js';

describe('canAssumeRole', () => {
  it('lets EC2 obtain credentials for an instance profile role that trusts ec2.amazonaws.com', () => {
    const d = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: trustService('ec2.amazonaws.com') },
      caller: { service: 'ec2.amazonaws.com' },
    });
    expect(d.decision).toBe('Allow');
    expect(d.trace.some((t) => t.kind === 'statement' && t.matched && t.layer === 'resource')).toBe(true);
    expect(d.summary).toMatch(/role trust policy/);
  });

  it('refuses EC2 for a role that trusts only ECS tasks', () => {
    const d = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: P(trustService('ecs-tasks.amazonaws.com')) },
      caller: { service: 'ec2.amazonaws.com' },
    });
    expect(d.decision).toBe('ImplicitDeny');
    const statement = d.trace.find((t) => t.kind === 'statement');
    expect(statement?.kind === 'statement' && statement.checks[0]?.detail).toMatch(/not named in Principal/);
  });

  it('refuses, with IAM errors attached, a trust policy that names an EC2 instance', () => {
    const d = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: trustAws(`arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc`) },
      caller: { service: 'ec2.amazonaws.com' },
    });
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.errors?.[0]?.message).toMatch(/^Invalid principal in policy/);
    expect(d.summary).toMatch(/IAM would reject this trust policy/);
  });

  it('needs the caller identity policy across accounts', () => {
    const role = { arn: APP_ROLE, trustPolicy: trustAws(`arn:aws:iam::${OTHER}:root`) };
    expect(canAssumeRole({ role, caller: { arn: BOB_OTHER } }).decision).toBe('ImplicitDeny');
    expect(
      canAssumeRole({ role, caller: { arn: BOB_OTHER, identityPolicies: [P(doc(allow('sts:AssumeRole', APP_ROLE)))] } })
        .decision,
    ).toBe('Allow');
  });

  it('applies the caller SCPs and boundary', () => {
    const role = { arn: APP_ROLE, trustPolicy: trustAws(OTHER) };
    const identityPolicies = [P(doc(allow('sts:AssumeRole', '*')))];
    expect(
      canAssumeRole({ role, caller: { arn: BOB_OTHER, identityPolicies, scps: [P(doc(allow('s3:*', '*')))] } })
        .decision,
    ).toBe('ImplicitDeny');
    expect(
      canAssumeRole({ role, caller: { arn: BOB_OTHER, identityPolicies, boundary: P(doc(allow('s3:*', '*'))) } })
        .decision,
    ).toBe('ImplicitDeny');
  });

  it('lets a same-account user named in the trust policy assume the role without an identity policy', () => {
    expect(
      canAssumeRole({ role: { arn: APP_ROLE, trustPolicy: trustAws(ALICE) }, caller: { arn: ALICE } }).decision,
    ).toBe('Allow');
  });

  it('passes context keys such as sts:ExternalId to the trust conditions', () => {
    const role = {
      arn: APP_ROLE,
      trustPolicy: trustAws(OTHER, { Condition: { StringEquals: { 'sts:ExternalId': 'abc' } } }),
    };
    const caller = { arn: BOB_OTHER, identityPolicies: [P(doc(allow('sts:AssumeRole', '*')))] };
    expect(canAssumeRole({ role, caller, context: { 'sts:ExternalId': 'abc' } }).decision).toBe('Allow');
    expect(canAssumeRole({ role, caller, context: { 'sts:ExternalId': 'xyz' } }).decision).toBe('ImplicitDeny');
  });

  it('handles web identity federation', () => {
    const trustPolicy = {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' } },
      },
    };
    const caller = { webIdentityProvider: 'cognito-identity.amazonaws.com' };
    expect(
      canAssumeRole({
        role: { arn: APP_ROLE, trustPolicy },
        caller,
        context: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:pool' },
      }).decision,
    ).toBe('Allow');
    expect(canAssumeRole({ role: { arn: APP_ROLE, trustPolicy }, caller }).decision).toBe('ImplicitDeny');
  });

  it('denies, without throwing, when the trust policy is unreadable', () => {
    const d = canAssumeRole({
      role: { arn: APP_ROLE, trustPolicy: 'not a policy' },
      caller: { service: 'ec2.amazonaws.com' },
    });
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.summary).toMatch(/no readable trust policy/);
    expect(canAssumeRole(undefined as never).decision).toBe('ImplicitDeny');
  });
});
