import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sandbox/index.js';
import { ACCT, attempt, build, failure, q, TRUST_EC2 } from './helpers.js';

const BASE = [
  `aws iam create-role --role-name app-role --assume-role-policy-document ${q(TRUST_EC2)}`,
  `aws iam create-role --role-name other-role --assume-role-policy-document ${q(TRUST_EC2)}`,
  'aws iam create-instance-profile --instance-profile-name app-profile',
];

describe('instance profiles', () => {
  it('creates an empty profile with an AIPA id and refuses a duplicate', () => {
    const r = attempt(createWorld(), 'aws iam create-instance-profile --instance-profile-name app-profile');
    const profile = r.world.accounts[ACCT]!.instanceProfiles['app-profile']!;
    expect(profile).toMatchObject({ arn: `arn:aws:iam::${ACCT}:instance-profile/app-profile`, roleNames: [] });
    expect(profile.instanceProfileId).toMatch(/^AIPA/);
    expect(failure(r.world, 'aws iam create-instance-profile --instance-profile-name app-profile')).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'Instance Profile app-profile already exists.',
    });
  });

  it('holds one role: a second one is LimitExceeded with the quota name', () => {
    const w = build(
      createWorld(),
      ...BASE,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    );
    const e = failure(
      w,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name other-role',
    );
    expect(e.code).toBe('LimitExceeded');
    expect(e.message).toBe('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
    expect(e.hint).toMatch(/already holds app-role/);
  });

  it('answers NoSuchEntity for an unknown profile or role', () => {
    const w = build(createWorld(), ...BASE);
    expect(
      failure(w, 'aws iam add-role-to-instance-profile --instance-profile-name nope --role-name app-role'),
    ).toMatchObject({ code: 'NoSuchEntity', message: 'Instance Profile nope cannot be found.' });
    expect(
      failure(w, 'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name ghost'),
    ).toMatchObject({ code: 'NoSuchEntity', message: 'The role with name ghost cannot be found.' });
  });

  it('needs iam:PassRole on the role to put it in a profile', () => {
    const noPass = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
        { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      ],
    });
    const w = build(
      createWorld(),
      ...BASE,
      `aws iam put-user-policy --user-name learner --policy-name no-pass --policy-document ${q(noPass)}`,
    );
    const e = failure(
      w,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    );
    expect(e.code).toBe('AccessDenied');
    expect(e.message).toBe(
      `User: arn:aws:iam::${ACCT}:user/learner is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCT}:role/app-role with an explicit deny in an identity-based policy`,
    );
  });

  it('cannot be deleted while it holds a role: DeleteConflict', () => {
    let w = build(
      createWorld(),
      ...BASE,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    );
    expect(failure(w, 'aws iam delete-instance-profile --instance-profile-name app-profile')).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must remove roles from instance profile first.',
    });
    w = build(
      w,
      'aws iam remove-role-from-instance-profile --instance-profile-name app-profile --role-name app-role',
      'aws iam delete-instance-profile --instance-profile-name app-profile',
    );
    expect(w.accounts[ACCT]!.instanceProfiles['app-profile']).toBeUndefined();
  });

  it('removing a role that is not in the profile is NoSuchEntity', () => {
    expect(
      failure(
        build(createWorld(), ...BASE),
        'aws iam remove-role-from-instance-profile --instance-profile-name app-profile --role-name app-role',
      ).code,
    ).toBe('NoSuchEntity');
  });

  it('get-instance-profile lists the role inside', () => {
    const w = build(
      createWorld(),
      ...BASE,
      'aws iam add-role-to-instance-profile --instance-profile-name app-profile --role-name app-role',
    );
    const r = attempt(w, 'aws iam get-instance-profile --instance-profile-name app-profile');
    expect(
      r.outcome.ok &&
        (r.outcome.output as { InstanceProfile: { Roles: Array<{ RoleName: string }> } }).InstanceProfile.Roles.map(
          (x) => x.RoleName,
        ),
    ).toEqual(['app-role']);
  });
});
