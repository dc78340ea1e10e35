// aws iam delete-policy: delete a customer managed policy. IAM refuses while the policy is still
// attached to a user or role; detach it everywhere first.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html
//
// IAM also refuses a policy that still has versions besides its default one. The sandbox has no
// create-policy-version, so every policy here has only its default version (v1), which goes with
// the policy.

import { authorizeProfile } from '../authorize.js';
import { awsError, sandboxError } from '../errors.js';
import { isAwsManagedArn } from '../policies/catalogue.js';
import { draftOf } from '../world/create.js';
import type { World } from '../world/types.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

/** Who still uses the policy: users and roles it is attached to, roles that have it as permissions boundary. */
function usesOf(world: World, arn: string): { attached: string[]; boundaries: string[] } {
  const attached: string[] = [];
  const boundaries: string[] = [];
  for (const account of Object.values(world.accounts)) {
    for (const user of Object.values(account.users))
      if (user.attachedPolicyArns.includes(arn)) attached.push(`user ${user.name}`);
    for (const role of Object.values(account.roles)) {
      if (role.attachedPolicyArns.includes(arn)) attached.push(`role ${role.name}`);
      if (role.permissionsBoundaryArn === arn) boundaries.push(`role ${role.name}`);
    }
  }
  return { attached, boundaries };
}

export const deletePolicy: VerbSpec<'iam delete-policy'> = {
  verb: 'iam delete-policy',
  operation: 'DeletePolicy',
  summary: 'Delete a customer managed policy (detach it from every user and role first).',
  mutates: true,
  params: [{ flag: '--policy-arn', key: 'policyArn', kind: 'string', required: true }],
  run(world, input, ctx) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:DeletePolicy', resource: input.policyArn },
      'iam',
    );
    if (denied) return failed(denied);
    if (isAwsManagedArn(input.policyArn)) {
      return failed(
        sandboxError(
          `${input.policyArn} is an AWS managed policy: AWS owns and maintains it, and you cannot delete it. Detach it from your roles instead.`,
        ),
      );
    }
    const account = world.accounts[ctx.profile.account]!;
    const policy = account.policies[input.policyArn];
    if (!policy) return failed(awsError('NoSuchEntity', `Policy ${input.policyArn} was not found.`));
    const uses = usesOf(world, policy.arn);
    if (uses.attached.length > 0) {
      return failed(
        awsError('DeleteConflict', 'Cannot delete a policy attached to entities.', {
          hint: `${policy.name} is attached to ${uses.attached.join(', ')}: detach it first (detach-role-policy, detach-user-policy).`,
        }),
      );
    }
    if (uses.boundaries.length > 0) {
      // The API reference names attachments to users, groups and roles. A policy still in use as
      // a permissions boundary cannot go either; the sandbox refuses it with the same DeleteConflict.
      return failed(
        awsError('DeleteConflict', 'Cannot delete a policy attached to entities.', {
          hint: `${policy.name} is the permissions boundary of ${uses.boundaries.join(', ')}: the boundary must go first (aws iam delete-role-permissions-boundary, which the sandbox does not have, or delete the role).`,
        }),
      );
    }
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).policies[policy.arn];
    return done(draft);
  },
};
