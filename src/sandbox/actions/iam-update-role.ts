// aws iam update-role: change a role's description or its maximum session duration (3600 to 43200
// seconds, checked as create-role checks it). The trust policy has its own verb,
// update-assume-role-policy.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html

import { authorizeProfile } from '../authorize.js';
import { roleArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { checkMaxSessionDuration, done, failed, getRole, isError, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const updateRole: VerbSpec<'iam update-role'> = {
  verb: 'iam update-role',
  operation: 'UpdateRole',
  summary: "Change a role's description or maximum session duration (1 to 12 hours, in seconds).",
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--description', key: 'description', kind: 'string' },
    { flag: '--max-session-duration', key: 'maxSessionDuration', kind: 'integer' },
  ],
  run(world, input, ctx) {
    // A value out of range fails the API's input validation, before the role is even looked up.
    const bad = input.maxSessionDuration === undefined ? undefined : checkMaxSessionDuration(input.maxSessionDuration);
    if (bad) return failed(bad);
    const account = world.accounts[ctx.profile.account]!;
    const existing = getRole(account, input.roleName);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:UpdateRole', resource: isError(existing) ? roleArn(account.id, input.roleName) : existing.arn },
      'iam',
    );
    if (denied) return failed(denied);
    if (isError(existing)) return failed(existing);
    const draft = draftOf(world);
    const role = profileAccount(draft, ctx).roles[input.roleName]!;
    // A setting left out stays as it was. The new maximum applies to sessions requested from now
    // on; sessions already issued keep their expiry.
    if (input.maxSessionDuration !== undefined) role.maxSessionDuration = input.maxSessionDuration;
    if (input.description !== undefined) role.description = input.description;
    return done(draft);
  },
};
