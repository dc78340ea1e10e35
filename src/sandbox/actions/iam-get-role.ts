// aws iam get-role: read a role back (trust policy, session duration, boundary).

import { authorizeProfile } from '../authorize.js';
import { isoCli } from '../time.js';
import { roleArn } from '../world/arns.js';
import { done, failed, getRole, isError } from './support.js';
import type { VerbSpec } from './types.js';

export const getRoleVerb: VerbSpec<'iam get-role'> = {
  verb: 'iam get-role',
  operation: 'GetRole',
  summary: 'Show a role: its ARN, trust policy, maximum session duration and tags.',
  mutates: false,
  params: [{ flag: '--role-name', key: 'roleName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:GetRole', resource: roleArn(account.id, input.roleName) },
      'iam',
    );
    if (denied) return failed(denied);
    const role = getRole(account, input.roleName);
    if (isError(role)) return failed(role);
    return done(world, {
      Role: {
        Path: role.path,
        RoleName: role.name,
        RoleId: role.roleId,
        Arn: role.arn,
        CreateDate: isoCli(role.createdAt),
        AssumeRolePolicyDocument: role.trustPolicy,
        MaxSessionDuration: role.maxSessionDuration,
        ...(role.description !== undefined ? { Description: role.description } : {}),
        ...(role.permissionsBoundaryArn
          ? {
              PermissionsBoundary: {
                PermissionsBoundaryType: 'Policy',
                PermissionsBoundaryArn: role.permissionsBoundaryArn,
              },
            }
          : {}),
        ...(role.tags.length > 0 ? { Tags: role.tags } : {}),
      },
    });
  },
};
