// Instance profiles: the container that carries one role to an EC2 instance. Creating a role in
// the CLI does not create a profile (the console does that for you); the CLI needs both steps.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { newId } from '../ids.js';
import { isoCli } from '../time.js';
import { instanceProfileArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { Account, InstanceProfile } from '../world/types.js';
import { checkIamName, checkIamPath, done, failed, getRole, isError, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export function noSuchInstanceProfile(name: string) {
  return awsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`);
}

export function instanceProfileOutput(account: Account, profile: InstanceProfile) {
  return {
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.instanceProfileId,
    Arn: profile.arn,
    CreateDate: isoCli(profile.createdAt),
    Roles: profile.roleNames
      .map((n) => account.roles[n])
      .filter((r) => r !== undefined)
      .map((r) => ({
        Path: r.path,
        RoleName: r.name,
        RoleId: r.roleId,
        Arn: r.arn,
        CreateDate: isoCli(r.createdAt),
        AssumeRolePolicyDocument: r.trustPolicy,
      })),
  };
}

export const createInstanceProfile: VerbSpec<'iam create-instance-profile'> = {
  verb: 'iam create-instance-profile',
  operation: 'CreateInstanceProfile',
  summary: 'Create an (empty) instance profile.',
  mutates: true,
  params: [
    { flag: '--instance-profile-name', key: 'instanceProfileName', kind: 'string', required: true },
    { flag: '--path', key: 'path', kind: 'string' },
  ],
  run(world, input, ctx) {
    const bad =
      checkIamName(input.instanceProfileName, 'instanceProfileName', 128) ??
      (input.path ? checkIamPath(input.path) : undefined);
    if (bad) return failed(bad);
    const path = input.path ?? '/';
    const account = world.accounts[ctx.profile.account]!;
    const arn = instanceProfileArn(account.id, input.instanceProfileName, path);
    const denied = authorizeProfile(world, ctx.profile, { action: 'iam:CreateInstanceProfile', resource: arn }, 'iam');
    if (denied) return failed(denied);
    if (account.instanceProfiles[input.instanceProfileName]) {
      return failed(awsError('EntityAlreadyExists', `Instance Profile ${input.instanceProfileName} already exists.`));
    }
    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    const profile: InstanceProfile = {
      name: input.instanceProfileName,
      arn,
      path,
      instanceProfileId: newId(draft, 'instance-profile'),
      createdAt: ctx.now,
      roleNames: [],
    };
    target.instanceProfiles[profile.name] = profile;
    return done(draft, { InstanceProfile: instanceProfileOutput(target, profile) });
  },
};

export const getInstanceProfile: VerbSpec<'iam get-instance-profile'> = {
  verb: 'iam get-instance-profile',
  operation: 'GetInstanceProfile',
  summary: 'Show an instance profile and the role in it.',
  mutates: false,
  params: [{ flag: '--instance-profile-name', key: 'instanceProfileName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:GetInstanceProfile', resource: instanceProfileArn(account.id, input.instanceProfileName) },
      'iam',
    );
    if (denied) return failed(denied);
    const profile = account.instanceProfiles[input.instanceProfileName];
    if (!profile) return failed(noSuchInstanceProfile(input.instanceProfileName));
    return done(world, { InstanceProfile: instanceProfileOutput(account, profile) });
  },
};

export const addRoleToInstanceProfile: VerbSpec<'iam add-role-to-instance-profile'> = {
  verb: 'iam add-role-to-instance-profile',
  operation: 'AddRoleToInstanceProfile',
  summary: 'Put a role into an instance profile (one role per profile).',
  mutates: true,
  params: [
    { flag: '--instance-profile-name', key: 'instanceProfileName', kind: 'string', required: true },
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const profile = account.instanceProfiles[input.instanceProfileName];
    const arn = profile?.arn ?? instanceProfileArn(account.id, input.instanceProfileName);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:AddRoleToInstanceProfile', resource: arn },
      'iam',
    );
    if (denied) return failed(denied);
    if (!profile) return failed(noSuchInstanceProfile(input.instanceProfileName));
    const role = getRole(account, input.roleName);
    if (isError(role)) return failed(role);
    // The API reference: the caller needs iam:PassRole on the role it puts in the profile.
    const passDenied = authorizeProfile(world, ctx.profile, { action: 'iam:PassRole', resource: role.arn }, 'iam');
    if (passDenied) return failed(passDenied);
    if (profile.roleNames.length > 0) {
      return failed(
        awsError('LimitExceeded', 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1', {
          hint: `An instance profile holds exactly one role and the quota cannot be raised. ${profile.name} already holds ${profile.roleNames[0]}: remove it first (remove-role-from-instance-profile) or use another instance profile.`,
        }),
      );
    }
    const draft = draftOf(world);
    profileAccount(draft, ctx).instanceProfiles[profile.name]!.roleNames.push(role.name);
    return done(draft);
  },
};

export const removeRoleFromInstanceProfile: VerbSpec<'iam remove-role-from-instance-profile'> = {
  verb: 'iam remove-role-from-instance-profile',
  operation: 'RemoveRoleFromInstanceProfile',
  summary: 'Take the role out of an instance profile.',
  mutates: true,
  params: addRoleToInstanceProfile.params,
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const profile = account.instanceProfiles[input.instanceProfileName];
    const denied = authorizeProfile(
      world,
      ctx.profile,
      {
        action: 'iam:RemoveRoleFromInstanceProfile',
        resource: profile?.arn ?? instanceProfileArn(account.id, input.instanceProfileName),
      },
      'iam',
    );
    if (denied) return failed(denied);
    if (!profile) return failed(noSuchInstanceProfile(input.instanceProfileName));
    if (!profile.roleNames.includes(input.roleName))
      return failed(awsError('NoSuchEntity', `The role with name ${input.roleName} cannot be found.`));
    const draft = draftOf(world);
    const target = profileAccount(draft, ctx).instanceProfiles[profile.name]!;
    target.roleNames = target.roleNames.filter((n) => n !== input.roleName);
    return done(draft);
  },
};

export const deleteInstanceProfile: VerbSpec<'iam delete-instance-profile'> = {
  verb: 'iam delete-instance-profile',
  operation: 'DeleteInstanceProfile',
  summary: 'Delete an instance profile (it must hold no role).',
  mutates: true,
  params: [{ flag: '--instance-profile-name', key: 'instanceProfileName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const profile = account.instanceProfiles[input.instanceProfileName];
    const denied = authorizeProfile(
      world,
      ctx.profile,
      {
        action: 'iam:DeleteInstanceProfile',
        resource: profile?.arn ?? instanceProfileArn(account.id, input.instanceProfileName),
      },
      'iam',
    );
    if (denied) return failed(denied);
    if (!profile) return failed(noSuchInstanceProfile(input.instanceProfileName));
    if (profile.roleNames.length > 0) {
      return failed(
        awsError('DeleteConflict', 'Cannot delete entity, must remove roles from instance profile first.', {
          hint: `Run remove-role-from-instance-profile for ${profile.roleNames[0]} first.`,
        }),
      );
    }
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).instanceProfiles[profile.name];
    return done(draft);
  },
};
