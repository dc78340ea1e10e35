// aws iam create-role: a role with its trust policy. IAM validates the trust policy when the role
// is created, so a trust policy naming an EC2 instance is refused right here.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { newId } from '../ids.js';
import { isoCli } from '../time.js';
import { roleArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { managedPolicyDocument } from '../policies/catalogue.js';
import { loadPolicyArgument } from './policy-argument.js';
import { checkIamName, checkIamPath, checkMaxSessionDuration, done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const createRole: VerbSpec<'iam create-role'> = {
  verb: 'iam create-role',
  operation: 'CreateRole',
  summary: 'Create a role with the trust policy that says who may assume it.',
  mutates: true,
  params: [
    { flag: '--role-name', key: 'roleName', kind: 'string', required: true },
    { flag: '--assume-role-policy-document', key: 'assumeRolePolicyDocument', kind: 'document', required: true },
    { flag: '--path', key: 'path', kind: 'string' },
    { flag: '--description', key: 'description', kind: 'string' },
    { flag: '--max-session-duration', key: 'maxSessionDuration', kind: 'integer' },
    { flag: '--permissions-boundary', key: 'permissionsBoundary', kind: 'string' },
    { flag: '--tags', key: 'tags', kind: 'structure-list', fields: { Key: 'string', Value: 'string' } },
  ],
  run(world, input, ctx) {
    const bad = checkIamName(input.roleName, 'roleName', 64) ?? (input.path ? checkIamPath(input.path) : undefined);
    if (bad) return failed(bad);
    const path = input.path ?? '/';
    const account = world.accounts[ctx.profile.account]!;
    const arn = roleArn(account.id, input.roleName, path);
    const denied = authorizeProfile(world, ctx.profile, { action: 'iam:CreateRole', resource: arn }, 'iam');
    if (denied) return failed(denied);
    if (account.roles[input.roleName])
      return failed(awsError('EntityAlreadyExists', `Role with name ${input.roleName} already exists.`));
    const max = input.maxSessionDuration ?? 3600;
    const badDuration = checkMaxSessionDuration(max);
    if (badDuration) return failed(badDuration);
    if (input.permissionsBoundary && !managedPolicyDocument(world, input.permissionsBoundary)) {
      return failed(
        awsError('NoSuchEntity', `Scope ARN: ${input.permissionsBoundary} does not exist or is not attachable.`),
      );
    }
    const trust = loadPolicyArgument(
      world,
      '--assume-role-policy-document',
      input.assumeRolePolicyDocument,
      'trust',
      'iam',
    );
    if (!trust.ok) return failed(trust.error);

    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    const role = {
      name: input.roleName,
      arn,
      path,
      roleId: newId(draft, 'role'),
      createdAt: ctx.now,
      trustPolicy: trust.json,
      maxSessionDuration: max,
      attachedPolicyArns: [],
      inlinePolicies: {},
      tags: input.tags ?? [],
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.permissionsBoundary !== undefined ? { permissionsBoundaryArn: input.permissionsBoundary } : {}),
    };
    target.roles[role.name] = role;
    return done(draft, {
      Role: {
        Path: path,
        RoleName: role.name,
        RoleId: role.roleId,
        Arn: arn,
        CreateDate: isoCli(ctx.now),
        AssumeRolePolicyDocument: trust.json,
      },
    });
  },
};
