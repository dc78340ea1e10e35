// Reading a role's permissions back: its inline policies (names, then one document) and the
// managed policies attached to it, and the instance profiles that carry it. The AWS CLI prints
// policy documents as JSON objects (the API returns them URL-encoded; the CLI decodes them).
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { roleArn } from '../world/arns.js';
import { instanceProfileOutput } from './iam-instance-profiles.js';
import { roleFor } from './iam-role-policies.js';
import { done, failed, getRole, isError } from './support.js';
import type { ParamSpec, VerbSpec } from './types.js';

const ROLE_NAME: ParamSpec = { flag: '--role-name', key: 'roleName', kind: 'string', required: true };

/** The name after the last slash of a policy ARN (paths included). */
export function policyNameOfArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export const getRolePolicy: VerbSpec<'iam get-role-policy'> = {
  verb: 'iam get-role-policy',
  operation: 'GetRolePolicy',
  summary: "Show one of a role's inline policies: its whole document.",
  mutates: false,
  params: [ROLE_NAME, { flag: '--policy-name', key: 'policyName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:GetRolePolicy');
    if (!found.ok) return found.out;
    const document = found.role.inlinePolicies[input.policyName];
    if (!Object.hasOwn(found.role.inlinePolicies, input.policyName) || document === undefined)
      return failed(awsError('NoSuchEntity', `The role policy with name ${input.policyName} cannot be found.`));
    return done(world, { RoleName: found.role.name, PolicyName: input.policyName, PolicyDocument: document });
  },
};

export const listRolePolicies: VerbSpec<'iam list-role-policies'> = {
  verb: 'iam list-role-policies',
  operation: 'ListRolePolicies',
  summary: "List the names of a role's inline policies (get-role-policy shows one).",
  mutates: false,
  params: [ROLE_NAME],
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:ListRolePolicies');
    if (!found.ok) return found.out;
    return done(world, { PolicyNames: Object.keys(found.role.inlinePolicies).sort(), IsTruncated: false });
  },
};

export const listAttachedRolePolicies: VerbSpec<'iam list-attached-role-policies'> = {
  verb: 'iam list-attached-role-policies',
  operation: 'ListAttachedRolePolicies',
  summary: 'List the managed policies attached to a role (get-policy-version shows a document).',
  mutates: false,
  params: [ROLE_NAME],
  run(world, input, ctx) {
    const found = roleFor(world, ctx, input.roleName, 'iam:ListAttachedRolePolicies');
    if (!found.ok) return found.out;
    return done(world, {
      AttachedPolicies: found.role.attachedPolicyArns.map((arn) => ({
        PolicyName: policyNameOfArn(arn),
        PolicyArn: arn,
      })),
      IsTruncated: false,
    });
  },
};

export const listInstanceProfilesForRole: VerbSpec<'iam list-instance-profiles-for-role'> = {
  verb: 'iam list-instance-profiles-for-role',
  operation: 'ListInstanceProfilesForRole',
  summary: 'List the instance profiles that hold a role.',
  mutates: false,
  params: [ROLE_NAME],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:ListInstanceProfilesForRole', resource: roleArn(account.id, input.roleName) },
      'iam',
    );
    if (denied) return failed(denied);
    const role = getRole(account, input.roleName);
    if (isError(role)) return failed(role);
    const profiles = Object.values(account.instanceProfiles)
      .filter((p) => p.roleNames.includes(role.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    return done(world, {
      InstanceProfiles: profiles.map((p) => instanceProfileOutput(account, p)),
      IsTruncated: false,
    });
  },
};
