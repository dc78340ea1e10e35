// Permissions policies on a role: attach/detach managed policies, put/delete inline policies.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { managedPolicyDocument } from '../policies/catalogue.js';
import { roleArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { Account, Role, World } from '../world/types.js';
import { loadPolicyArgument } from './policy-argument.js';
import { checkIamName, done, failed, getRole, isError, profileAccount } from './support.js';
import type { ActionContext, RunOutput, VerbSpec } from './types.js';

/** The default quota of managed policies per role (adjustable up to 20 in real accounts). */
export const MANAGED_POLICIES_PER_ROLE = 10;

export type RoleCheck = { ok: true; role: Role } | { ok: false; out: RunOutput };

export function roleFor(world: World, ctx: ActionContext, roleName: string, action: string): RoleCheck {
  const account = world.accounts[ctx.profile.account]!;
  const role = getRole(account, roleName);
  const denied = authorizeProfile(
    world,
    ctx.profile,
    { action, resource: isError(role) ? roleArn(account.id, roleName) : role.arn },
    'iam',
  );
  if (denied) return { ok: false, out: failed(denied) };
  if (isError(role)) return { ok: false, out: failed(role) };
  return { ok: true, role };
}

function mutateRole(
  world: World,
  ctx: ActionContext,
  roleName: string,
  change: (role: Role, account: Account) => void,
): RunOutput {
  const draft = draftOf(world);
  const account = profileAccount(draft, ctx);
  change(account.roles[roleName]!, account);
  return done(draft);
}

export const attachRolePolicy: VerbSpec<'iam attach-role-policy'> = {
  verb: 'iam attach-role-policy',
  operation: 'AttachRolePolicy',
  summary: 'Attach a managed policy (AWS managed or your own) to a role.',
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--policy-arn', key: 'policyArn', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:AttachRolePolicy');
    if (!found.ok) return found.out;
    if (!managedPolicyDocument(world, input.policyArn)) {
      return failed(awsError('NoSuchEntity', `Policy ${input.policyArn} does not exist or is not attachable.`));
    }
    if (found.role.attachedPolicyArns.includes(input.policyArn)) return done(world);
    if (found.role.attachedPolicyArns.length >= MANAGED_POLICIES_PER_ROLE) {
      return failed(awsError('LimitExceeded', `Cannot exceed quota for PoliciesPerRole: ${MANAGED_POLICIES_PER_ROLE}`));
    }
    return mutateRole(world, ctx, input.roleName, (role) => {
      role.attachedPolicyArns.push(input.policyArn);
    });
  },
};

export const detachRolePolicy: VerbSpec<'iam detach-role-policy'> = {
  verb: 'iam detach-role-policy',
  operation: 'DetachRolePolicy',
  summary: 'Detach a managed policy from a role.',
  mutates: true,
  params: attachRolePolicy.params,
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:DetachRolePolicy');
    if (!found.ok) return found.out;
    if (!found.role.attachedPolicyArns.includes(input.policyArn))
      return failed(awsError('NoSuchEntity', `Policy ${input.policyArn} was not found.`));
    return mutateRole(world, ctx, input.roleName, (role) => {
      role.attachedPolicyArns = role.attachedPolicyArns.filter((a) => a !== input.policyArn);
    });
  },
};

export const putRolePolicy: VerbSpec<'iam put-role-policy'> = {
  verb: 'iam put-role-policy',
  operation: 'PutRolePolicy',
  summary: 'Add or replace an inline permissions policy on a role.',
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--policy-name', key: 'policyName', kind: 'string', required: true },
    { flag: '--policy-document', key: 'policyDocument', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const bad = checkIamName(input.policyName, 'policyName', 128);
    if (bad) return failed(bad);
    const found = roleFor(world, ctx, input.roleName, 'iam:PutRolePolicy');
    if (!found.ok) return found.out;
    const policy = loadPolicyArgument(world, '--policy-document', input.policyDocument, 'identity', 'iam');
    if (!policy.ok) return failed(policy.error);
    return mutateRole(world, ctx, input.roleName, (role) => {
      role.inlinePolicies[input.policyName] = policy.json;
    });
  },
};

export const deleteRolePolicy: VerbSpec<'iam delete-role-policy'> = {
  verb: 'iam delete-role-policy',
  operation: 'DeleteRolePolicy',
  summary: 'Delete an inline policy from a role.',
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--policy-name', key: 'policyName', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:DeleteRolePolicy');
    if (!found.ok) return found.out;
    if (!(input.policyName in found.role.inlinePolicies)) {
      return failed(awsError('NoSuchEntity', `The role policy with name ${input.policyName} cannot be found.`));
    }
    return mutateRole(world, ctx, input.roleName, (role) => {
      delete role.inlinePolicies[input.policyName];
    });
  },
};
