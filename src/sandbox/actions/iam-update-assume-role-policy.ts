// aws iam update-assume-role-policy: replace a role's trust policy (validated like create-role's).
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html

import { authorizeProfile } from '../authorize.js';
import { roleArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { loadPolicyArgument } from './policy-argument.js';
import { done, failed, getRole, isError, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const updateAssumeRolePolicy: VerbSpec<'iam update-assume-role-policy'> = {
  verb: 'iam update-assume-role-policy',
  operation: 'UpdateAssumeRolePolicy',
  summary: "Replace a role's trust policy.",
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--policy-document', key: 'policyDocument', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const existing = getRole(account, input.roleName);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      {
        action: 'iam:UpdateAssumeRolePolicy',
        resource: isError(existing) ? roleArn(account.id, input.roleName) : existing.arn,
      },
      'iam',
    );
    if (denied) return failed(denied);
    if (isError(existing)) return failed(existing);
    const trust = loadPolicyArgument(world, '--policy-document', input.policyDocument, 'trust', 'iam');
    if (!trust.ok) return failed(trust.error);
    const draft = draftOf(world);
    profileAccount(draft, ctx).roles[input.roleName]!.trustPolicy = trust.json;
    return done(draft);
  },
};
