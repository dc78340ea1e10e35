// --iam-instance-profile Name=... or Arn=...: find the profile and check the caller may pass its
// role to EC2 (iam:PassRole, with iam:PassedToService = ec2.amazonaws.com).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html

import { authorizeProfile } from '../authorize.js';
import { type AwsError, awsError } from '../errors.js';
import type { Account, InstanceProfile, World } from '../world/types.js';
import type { IamInstanceProfileSpec } from './inputs.js';
import type { ActionContext } from './types.js';

export type ProfileResolution =
  | { ok: true; profile: InstanceProfile; account: Account }
  | { ok: false; error: AwsError };

export function resolveInstanceProfile(
  world: World,
  ctx: ActionContext,
  spec: IamInstanceProfileSpec,
): ProfileResolution {
  const account = world.accounts[ctx.profile.account]!;
  let profile: InstanceProfile | undefined;
  if (spec.Arn !== undefined) {
    profile = Object.values(account.instanceProfiles).find((p) => p.arn === spec.Arn);
    if (!profile)
      return {
        ok: false,
        error: awsError(
          'InvalidParameterValue',
          `Value (${spec.Arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`,
        ),
      };
  } else if (spec.Name !== undefined) {
    profile = account.instanceProfiles[spec.Name];
    if (!profile) {
      const role = account.roles[spec.Name];
      return {
        ok: false,
        error: awsError(
          'InvalidParameterValue',
          `Value (${spec.Name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
          {
            hint: role
              ? `${spec.Name} is a role, not an instance profile. The CLI does not create an instance profile for a role (the console does): create-instance-profile, then add-role-to-instance-profile.`
              : 'Create the instance profile first (aws iam create-instance-profile).',
          },
        ),
      };
    }
  } else {
    return {
      ok: false,
      error: awsError(
        'InvalidParameterCombination',
        'The parameter iamInstanceProfile must contain either Name or Arn.',
      ),
    };
  }

  const roleName = profile.roleNames[0];
  const role = roleName === undefined ? undefined : account.roles[roleName];
  if (role) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:PassRole', resource: role.arn, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      'ec2',
    );
    if (denied) {
      return {
        ok: false,
        error: {
          ...denied,
          hint: 'Handing a role to EC2 needs iam:PassRole on that role. Without it, anyone allowed to launch instances could give themselves any role.',
        },
      };
    }
  }
  return { ok: true, profile, account };
}
