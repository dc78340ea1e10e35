import { describe, expect, it } from 'vitest';
import { assumeRole, createWorld, type StsCaller, type World } from '../../../src/sandbox/index.js';
import { roleSession } from '../../../src/sandbox/sessions.js';
import { ACCT, attempt, build, failure, PARTNER, q, TRUST_EC2 } from './helpers.js';

const PARTNER_ROLE = `arn:aws:iam::${PARTNER}:role/reader`;

function partnerTrust(condition?: object): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCT}:root` },
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
}

function world(condition?: object, maxSession = 3600): World {
  return build(
    createWorld(),
    `aws iam create-role --role-name reader --max-session-duration ${maxSession} --assume-role-policy-document ${q(partnerTrust(condition))} --profile partner`,
  );
}

function learner(w: World): StsCaller {
  const account = w.accounts[ACCT]!;
  return { kind: 'user', account, user: account.users.learner! };
}

describe('sts assume-role', () => {
  it('issues obviously fake credentials for the session, valid for the requested duration', () => {
    const w = world();
    const r = assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'audit' }, w.now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.credentials.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE\d{4}$/);
    expect(r.credentials.accessKeyId).toHaveLength(20);
    expect(r.credentials.secretAccessKey.startsWith('iam-tutor-fake-')).toBe(true);
    expect(r.credentials.sessionToken).toContain('IAMTUTORFAKE');
    expect(r.credentials.expiration - w.now).toBe(3600 * 1000);
    expect(r.session.arn).toBe(`arn:aws:sts::${PARTNER}:assumed-role/reader/audit`);
    expect(r.chained).toBe(false);
    // Same request, same simulated time: same keys.
    const again = assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'audit' }, w.now);
    expect(again.ok && again.credentials.accessKeyId).toBe(r.credentials.accessKeyId);
  });

  it("needs the caller's own identity policy to allow it across accounts", () => {
    const allowNothing = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    });
    const w = build(
      world(),
      `aws iam put-user-policy --user-name learner --policy-name s3 --policy-document ${q(allowNothing)}`,
      'aws iam detach-user-policy --user-name learner --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    );
    const r = assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'audit' }, w.now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCT}:user/learner is not authorized to perform: sts:AssumeRole on resource: ${PARTNER_ROLE}`,
    });
    expect(!r.ok && r.error.decision?.decision).toBe('ImplicitDeny');
  });

  it('checks an ExternalId condition through sts:ExternalId', () => {
    const w = world({ StringEquals: { 'sts:ExternalId': 'abc-123' } });
    expect(assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'sess' }, w.now).ok).toBe(false);
    expect(
      assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'sess', externalId: 'wrong' }, w.now).ok,
    ).toBe(false);
    expect(
      assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'sess', externalId: 'abc-123' }, w.now).ok,
    ).toBe(true);
  });

  it('answers AccessDenied, not NoSuchEntity, for a role that does not exist', () => {
    const w = createWorld();
    const r = assumeRole(w, learner(w), { roleArn: `arn:aws:iam::${ACCT}:role/ghost`, roleSessionName: 'sess' }, w.now);
    expect(!r.ok && r.error.code).toBe('AccessDenied');
  });

  it("checks DurationSeconds: 900 to 43200, and no more than the role's MaxSessionDuration", () => {
    const w = world(undefined, 7200);
    const ask = (durationSeconds: number) =>
      assumeRole(w, learner(w), { roleArn: PARTNER_ROLE, roleSessionName: 'sess', durationSeconds }, w.now);
    expect(!ask(899).ok && (ask(899) as { error: { message: string } }).error.message).toMatch(
      /greater than or equal to 900/,
    );
    expect(ask(7200).ok).toBe(true);
    const tooLong = ask(7201);
    expect(!tooLong.ok && tooLong.error).toMatchObject({
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
    expect(!ask(43201).ok && (ask(43201) as { error: { message: string } }).error.message).toMatch(
      /less than or equal to 43200/,
    );
  });

  it('caps role chaining at one hour whatever MaxSessionDuration says', () => {
    const allow = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: PARTNER_ROLE }],
    });
    const w = build(
      world(undefined, 43200),
      `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
      `aws iam put-role-policy --role-name app-role --policy-name hop --policy-document ${q(allow)}`,
    );
    const account = w.accounts[ACCT]!;
    const caller: StsCaller = { kind: 'session', session: roleSession(account, account.roles['app-role']!, 'i-0abc') };
    const long = assumeRole(
      w,
      caller,
      { roleArn: PARTNER_ROLE, roleSessionName: 'sess', durationSeconds: 3601 },
      w.now,
    );
    expect(!long.ok && long.error).toMatchObject({
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    const ok = assumeRole(w, caller, { roleArn: PARTNER_ROLE, roleSessionName: 'sess', durationSeconds: 3600 }, w.now);
    expect(ok.ok && ok.chained).toBe(true);
  });

  it('is also an action: aws sts assume-role prints the credentials and changes nothing', () => {
    const w = world();
    const r = attempt(w, `aws sts assume-role --role-arn ${PARTNER_ROLE} --role-session-name audit`);
    expect(r.outcome.ok && r.outcome.output).toMatchObject({
      Credentials: { Expiration: '2026-01-01T10:00:00+00:00' },
      AssumedRoleUser: { Arn: `arn:aws:sts::${PARTNER}:assumed-role/reader/audit` },
    });
    expect(r.world.accounts).toEqual(w.accounts);
    expect(failure(w, `aws sts assume-role --role-arn ${PARTNER_ROLE} --role-session-name 'bad name'`).message).toMatch(
      /regular expression pattern/,
    );
    expect(failure(w, `aws sts assume-role --role-arn ${PARTNER_ROLE} --role-session-name x`).message).toMatch(
      /length greater than or equal to 2/,
    );
  });
});
