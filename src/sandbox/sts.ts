// STS AssumeRole on the simulated clock. The target role's trust policy must allow the caller; a
// caller in another account also needs its own identity-based policy to allow sts:AssumeRole on the
// role (both checked by the IAM engine's canAssumeRole). ExternalId is the condition key
// sts:ExternalId. DurationSeconds is 900 to the role's MaxSessionDuration; a role session assuming
// another role (role chaining) gets at most 1 hour.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining

import { type AssumeRoleCaller, canAssumeRole, type ContextValue, type Decision } from '../iam/index.js';
import { SECOND } from './constants.js';
import { fakeCredentials, type TemporaryCredentials } from './credentials.js';
import { type AwsError, awsError } from './errors.js';
import { roleBoundary, roleIdentityPolicies, userIdentityPolicies } from './policies/identity.js';
import { type RoleSession, roleSession } from './sessions.js';
import { findRoleByArn } from './world/lookup.js';
import type { Account, IamUser, World } from './world/types.js';

export type StsCaller = { kind: 'user'; account: Account; user: IamUser } | { kind: 'session'; session: RoleSession };

export interface AssumeRoleRequest {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
  externalId?: string;
}

export type AssumeRoleOutcome =
  | {
      ok: true;
      credentials: TemporaryCredentials;
      session: RoleSession;
      assumedRoleId: string;
      chained: boolean;
      decision: Decision;
    }
  | { ok: false; error: AwsError };

export const CHAINED_SESSION_LIMIT_SECONDS = 3600;

export function callerArn(caller: StsCaller): string {
  return caller.kind === 'user' ? caller.user.arn : caller.session.arn;
}

function validation(message: string, hint?: string): AwsError {
  return awsError('ValidationError', message, hint ? { hint } : {});
}

export function assumeRole(
  world: World,
  caller: StsCaller,
  request: AssumeRoleRequest,
  now: number,
): AssumeRoleOutcome {
  const { roleArn, roleSessionName } = request;
  const sessionConstraint = /^[\w+=,.@-]*$/.test(roleSessionName)
    ? roleSessionName.length < 2
      ? 'Member must have length greater than or equal to 2'
      : roleSessionName.length > 64
        ? 'Member must have length less than or equal to 64'
        : undefined
    : 'Member must satisfy regular expression pattern: [\\w+=,.@-]*';
  if (sessionConstraint) {
    return {
      ok: false,
      error: validation(
        `1 validation error detected: Value '${roleSessionName}' at 'roleSessionName' failed to satisfy constraint: ${sessionConstraint}`,
      ),
    };
  }
  const duration = request.durationSeconds ?? 3600;
  if (duration < 900)
    return {
      ok: false,
      error: validation(
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
      ),
    };
  if (duration > 43200)
    return {
      ok: false,
      error: validation(
        `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200`,
      ),
    };

  const context: Record<string, ContextValue> = caller.kind === 'session' ? { ...(caller.session.context ?? {}) } : {};
  if (request.externalId !== undefined) context['sts:ExternalId'] = request.externalId;
  const stsCaller: AssumeRoleCaller =
    caller.kind === 'user'
      ? { arn: caller.user.arn, account: caller.account.id, identityPolicies: userIdentityPolicies(world, caller.user) }
      : (() => {
          const s = caller.session;
          const c: AssumeRoleCaller & { arn: string } = {
            arn: s.arn,
            account: s.account.id,
            roleArn: s.role.arn,
            identityPolicies: roleIdentityPolicies(world, s.role),
          };
          const boundary = roleBoundary(world, s.role);
          if (boundary) c.boundary = boundary;
          return c;
        })();

  const target = findRoleByArn(world, roleArn);
  const denied = (decision?: Decision): AssumeRoleOutcome => ({
    ok: false,
    error: awsError(
      'AccessDenied',
      `User: ${callerArn(caller)} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      decision ? { decision } : {},
    ),
  });
  if (!target) return denied();
  const decision = canAssumeRole({
    role: { arn: roleArn, trustPolicy: target.role.trustPolicy },
    caller: stsCaller,
    now: world.now,
    ...(Object.keys(context).length > 0 ? { context } : {}),
  });
  if (decision.decision !== 'Allow') return denied(decision);

  const chained = caller.kind === 'session';
  if (chained && duration > CHAINED_SESSION_LIMIT_SECONDS) {
    return {
      ok: false,
      error: validation(
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        "A role session that assumes another role (role chaining) gets at most 1 hour, whatever the role's MaxSessionDuration says.",
      ),
    };
  }
  if (duration > target.role.maxSessionDuration) {
    return {
      ok: false,
      error: validation(
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        `${target.role.name} allows sessions of up to ${target.role.maxSessionDuration} seconds; ask for less or raise its MaxSessionDuration (up to 43200).`,
      ),
    };
  }
  const credentials = fakeCredentials(`${roleArn}|${roleSessionName}`, now, duration * SECOND);
  const session = roleSession(target.account, target.role, roleSessionName);
  return {
    ok: true,
    credentials,
    session,
    assumedRoleId: `${target.role.roleId}:${roleSessionName}`,
    chained,
    decision,
  };
}
