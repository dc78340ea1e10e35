// aws iam create-policy: a customer managed policy that roles can attach by ARN.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { newId } from '../ids.js';
import { isoCli } from '../time.js';
import { customerPolicyArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { loadPolicyArgument } from './policy-argument.js';
import { checkIamName, checkIamPath, done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const createPolicy: VerbSpec<'iam create-policy'> = {
  verb: 'iam create-policy',
  operation: 'CreatePolicy',
  summary: 'Create a customer managed permissions policy.',
  mutates: true,
  params: [
    { flag: '--policy-name', key: 'policyName', kind: 'string', required: true },
    { flag: '--policy-document', key: 'policyDocument', kind: 'document', required: true },
    { flag: '--path', key: 'path', kind: 'string' },
    { flag: '--description', key: 'description', kind: 'string' },
  ],
  run(world, input, ctx) {
    const bad =
      checkIamName(input.policyName, 'policyName', 128) ?? (input.path ? checkIamPath(input.path) : undefined);
    if (bad) return failed(bad);
    const path = input.path ?? '/';
    const account = world.accounts[ctx.profile.account]!;
    const arn = customerPolicyArn(account.id, input.policyName, path);
    const denied = authorizeProfile(world, ctx.profile, { action: 'iam:CreatePolicy', resource: arn }, 'iam');
    if (denied) return failed(denied);
    if (Object.values(account.policies).some((p) => p.name === input.policyName)) {
      return failed(
        awsError(
          'EntityAlreadyExists',
          `A policy called ${input.policyName} already exists. Duplicate names are not allowed.`,
        ),
      );
    }
    const policy = loadPolicyArgument(world, '--policy-document', input.policyDocument, 'identity', 'iam');
    if (!policy.ok) return failed(policy.error);
    const draft = draftOf(world);
    const record = {
      name: input.policyName,
      arn,
      path,
      policyId: newId(draft, 'policy'),
      createdAt: ctx.now,
      document: policy.json,
      ...(input.description !== undefined ? { description: input.description } : {}),
    };
    profileAccount(draft, ctx).policies[arn] = record;
    return done(draft, {
      Policy: {
        PolicyName: record.name,
        PolicyId: record.policyId,
        Arn: arn,
        Path: path,
        DefaultVersionId: 'v1',
        AttachmentCount: 0,
        PermissionsBoundaryUsageCount: 0,
        IsAttachable: true,
        CreateDate: isoCli(ctx.now),
        UpdateDate: isoCli(ctx.now),
      },
    });
  },
};
