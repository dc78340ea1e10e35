// The app assuming another role with the credentials it found (cross-account access): an STS
// AssumeRole call made by a role session, so it is role chaining (1 hour at most), and the
// target's trust policy may demand an ExternalId (condition key sts:ExternalId).

import type { TemporaryCredentials } from '../credentials.js';
import type { RoleSession } from '../sessions.js';
import { assumeRole } from '../sts.js';
import type { AppConfig, World } from '../world/types.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';
import type { AppOutcome } from './types.js';

export type AssumeStep =
  | { ok: true; session: RoleSession; credentials: TemporaryCredentials }
  | { ok: false; outcome: AppOutcome };

export function assumeAppRole(
  world: World,
  base: { session: RoleSession; credentials: TemporaryCredentials },
  config: NonNullable<AppConfig['assumeRole']>,
  tl: Timeline,
): AssumeStep {
  const sessionName = config.sessionName ?? 'app-session';
  tl.add({
    actor: 'sdk',
    what: `calls sts:AssumeRole for ${config.roleArn} ${config.externalId !== undefined ? `with ExternalId ${config.externalId}` : 'without an ExternalId'}`,
    why: `the app is configured to work as that role; it signs the call with the credentials of ${base.session.arn}`,
    status: 'ok',
    detail: [`RoleSessionName: ${sessionName}`],
  });
  if (tl.t >= base.credentials.expiration) {
    tl.add({
      actor: 'sts',
      what: 'refuses the call: ExpiredToken',
      why: 'the credentials that signed it have expired',
      status: 'fail',
    });
    return {
      ok: false,
      outcome: {
        result: 'expired',
        error: { code: 'ExpiredToken', message: 'The security token included in the request is expired' },
        principalArn: base.session.arn,
        roleArn: base.session.role.arn,
      },
    };
  }
  const result = assumeRole(
    world,
    { kind: 'session', session: base.session },
    config.externalId !== undefined
      ? { roleArn: config.roleArn, roleSessionName: sessionName, externalId: config.externalId }
      : { roleArn: config.roleArn, roleSessionName: sessionName },
    tl.t,
  );
  if (!result.ok) {
    const decision = result.error.decision;
    tl.add({
      actor: 'sts',
      what: `refuses AssumeRole: ${result.error.code}`,
      why: decision?.summary ?? result.error.message,
      status: 'fail',
      detail: [result.error.message, ...(decision ? traceLines(decision) : [])],
      ...(decision ? { decision } : {}),
    });
    const outcome: AppOutcome = {
      result: 'denied',
      error: { code: result.error.code, message: result.error.message },
      principalArn: base.session.arn,
      roleArn: base.session.role.arn,
    };
    if (decision) outcome.decision = decision;
    return { ok: false, outcome };
  }
  tl.add({
    actor: 'sts',
    what: `issues credentials for ${result.session.arn}`,
    why: `${result.decision.summary} This is role chaining, so the session lasts at most 1 hour.`,
    status: 'ok',
    detail: [`AccessKeyId: ${result.credentials.accessKeyId}`, ...traceLines(result.decision)],
    decision: result.decision,
  });
  return { ok: true, session: result.session, credentials: result.credentials };
}
