// aws iam delete-role: only a role with nothing attached and in no instance profile can go.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { roleArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, getRole, isError, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deleteRole: VerbSpec<'iam delete-role'> = {
  verb: 'iam delete-role',
  operation: 'DeleteRole',
  summary: 'Delete a role (detach its policies and take it out of instance profiles first).',
  mutates: true,
  params: [{ flag: '--role-name', key: 'roleName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const role = getRole(account, input.roleName);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:DeleteRole', resource: isError(role) ? roleArn(account.id, input.roleName) : role.arn },
      'iam',
    );
    if (denied) return failed(denied);
    if (isError(role)) return failed(role);
    const profiles = Object.values(account.instanceProfiles).filter((p) => p.roleNames.includes(role.name));
    if (profiles.length > 0) {
      return failed(
        awsError('DeleteConflict', 'Cannot delete entity, must remove roles from instance profile first.', {
          hint: `The role is in instance profile ${profiles.map((p) => p.name).join(', ')}.`,
        }),
      );
    }
    if (role.attachedPolicyArns.length > 0) {
      return failed(
        awsError('DeleteConflict', 'Cannot delete entity, must detach all policies first.', {
          hint: `Detach ${role.attachedPolicyArns.join(', ')} first.`,
        }),
      );
    }
    const inline = Object.keys(role.inlinePolicies);
    if (inline.length > 0) {
      return failed(
        awsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', {
          hint: `Delete the inline policies ${inline.join(', ')} first.`,
        }),
      );
    }
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).roles[role.name];
    return done(draft);
  },
};
