// Permissions of the CLI users themselves. Scenarios use these to take permissions away from the
// learner (for example iam:PassRole) so that the rule behind an error can be seen.

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { managedPolicyDocument } from '../policies/catalogue.js';
import { userArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import type { IamUser, World } from '../world/types.js';
import { loadPolicyArgument } from './policy-argument.js';
import { checkIamName, done, failed, profileAccount } from './support.js';
import type { ActionContext, RunOutput, VerbSpec } from './types.js';

type UserCheck = { ok: true; user: IamUser } | { ok: false; out: RunOutput };

function userFor(world: World, ctx: ActionContext, userName: string, action: string): UserCheck {
  const account = world.accounts[ctx.profile.account]!;
  const denied = authorizeProfile(world, ctx.profile, { action, resource: userArn(account.id, userName) }, 'iam');
  if (denied) return { ok: false, out: failed(denied) };
  const user = account.users[userName];
  if (!user)
    return { ok: false, out: failed(awsError('NoSuchEntity', `The user with name ${userName} cannot be found.`)) };
  return { ok: true, user };
}

function mutateUser(world: World, ctx: ActionContext, userName: string, change: (user: IamUser) => void): RunOutput {
  const draft = draftOf(world);
  change(profileAccount(draft, ctx).users[userName]!);
  return done(draft);
}

export const attachUserPolicy: VerbSpec<'iam attach-user-policy'> = {
  verb: 'iam attach-user-policy',
  operation: 'AttachUserPolicy',
  summary: 'Attach a managed policy to an IAM user.',
  mutates: true,
  params: [
    { flag: '--user-name', key: 'userName', kind: 'string', required: true },
    { flag: '--policy-arn', key: 'policyArn', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const found = userFor(world, ctx, input.userName, 'iam:AttachUserPolicy');
    if (!found.ok) return found.out;
    if (!managedPolicyDocument(world, input.policyArn))
      return failed(awsError('NoSuchEntity', `Policy ${input.policyArn} does not exist or is not attachable.`));
    if (found.user.attachedPolicyArns.includes(input.policyArn)) return done(world);
    return mutateUser(world, ctx, input.userName, (user) => {
      user.attachedPolicyArns.push(input.policyArn);
    });
  },
};

export const detachUserPolicy: VerbSpec<'iam detach-user-policy'> = {
  verb: 'iam detach-user-policy',
  operation: 'DetachUserPolicy',
  summary: 'Detach a managed policy from an IAM user.',
  mutates: true,
  params: attachUserPolicy.params,
  run(world, input, ctx) {
    const found = userFor(world, ctx, input.userName, 'iam:DetachUserPolicy');
    if (!found.ok) return found.out;
    if (!found.user.attachedPolicyArns.includes(input.policyArn))
      return failed(awsError('NoSuchEntity', `Policy ${input.policyArn} was not found.`));
    return mutateUser(world, ctx, input.userName, (user) => {
      user.attachedPolicyArns = user.attachedPolicyArns.filter((a) => a !== input.policyArn);
    });
  },
};

export const putUserPolicy: VerbSpec<'iam put-user-policy'> = {
  verb: 'iam put-user-policy',
  operation: 'PutUserPolicy',
  summary: 'Add or replace an inline policy on an IAM user.',
  mutates: true,
  params: [
    { flag: '--user-name', key: 'userName', kind: 'string', required: true },
    { flag: '--policy-name', key: 'policyName', kind: 'string', required: true },
    { flag: '--policy-document', key: 'policyDocument', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const bad = checkIamName(input.policyName, 'policyName', 128);
    if (bad) return failed(bad);
    const found = userFor(world, ctx, input.userName, 'iam:PutUserPolicy');
    if (!found.ok) return found.out;
    const policy = loadPolicyArgument(world, '--policy-document', input.policyDocument, 'identity', 'iam');
    if (!policy.ok) return failed(policy.error);
    return mutateUser(world, ctx, input.userName, (user) => {
      user.inlinePolicies[input.policyName] = policy.json;
    });
  },
};

export const deleteUserPolicy: VerbSpec<'iam delete-user-policy'> = {
  verb: 'iam delete-user-policy',
  operation: 'DeleteUserPolicy',
  summary: 'Delete an inline policy from an IAM user.',
  mutates: true,
  params: [
    { flag: '--user-name', key: 'userName', kind: 'string', required: true },
    { flag: '--policy-name', key: 'policyName', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const found = userFor(world, ctx, input.userName, 'iam:DeleteUserPolicy');
    if (!found.ok) return found.out;
    if (!(input.policyName in found.user.inlinePolicies))
      return failed(awsError('NoSuchEntity', `The user policy with name ${input.policyName} cannot be found.`));
    return mutateUser(world, ctx, input.userName, (user) => {
      delete user.inlinePolicies[input.policyName];
    });
  },
};
