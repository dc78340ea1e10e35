// The signed API request and what the service does with it: expired credentials are refused
// outright; otherwise the IAM engine decides with the role's policies (and the resource's policy),
// and the service answers or returns its access-denied error.

import { denialReason } from '../denial.js';
import type { TemporaryCredentials } from '../credentials.js';
import { evaluateForSession, type RoleSession } from '../sessions.js';
import { isoSeconds } from '../time.js';
import { findBucket, findTableByArn } from '../world/lookup.js';
import type { World } from '../world/types.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';
import type { AppCall, AppOutcome, CredentialSourceKind } from './types.js';

interface ServiceWords {
  name: string;
  denied: string;
  expired: { code: string; message: string };
}

const SERVICES: Record<string, ServiceWords> = {
  dynamodb: {
    name: 'DynamoDB',
    denied: 'AccessDeniedException',
    expired: { code: 'ExpiredTokenException', message: 'The security token included in the request is expired' },
  },
  s3: {
    name: 'Amazon S3',
    denied: 'AccessDenied',
    expired: { code: 'ExpiredToken', message: 'The provided token has expired.' },
  },
};

function wordsFor(action: string): ServiceWords {
  const prefix = action.split(':')[0] ?? '';
  return (
    SERVICES[prefix] ?? {
      name: prefix || 'the service',
      denied: 'AccessDenied',
      expired: { code: 'ExpiredToken', message: 'The security token included in the request is expired' },
    }
  );
}

/** Resource checks the service makes once the request is authorized. */
function missingResource(world: World, call: AppCall): { code: string; message: string } | undefined {
  if (
    call.action.startsWith('dynamodb:') &&
    call.resource.startsWith('arn:aws:dynamodb:') &&
    !findTableByArn(world, call.resource)
  ) {
    return { code: 'ResourceNotFoundException', message: 'Requested resource not found' };
  }
  const bucket = call.resource.match(/^arn:aws:s3:::([^/]+)/)?.[1];
  if (call.action.startsWith('s3:') && bucket && !findBucket(world, bucket))
    return { code: 'NoSuchBucket', message: 'The specified bucket does not exist' };
  return undefined;
}

export function callService(
  world: World,
  session: RoleSession,
  credentials: TemporaryCredentials,
  source: CredentialSourceKind,
  call: AppCall,
  tl: Timeline,
): AppOutcome {
  const words = wordsFor(call.action);
  const base: AppOutcome = {
    result: 'allowed',
    principalArn: session.arn,
    roleArn: session.role.arn,
    credentialSource: source,
    accessKeyId: credentials.accessKeyId,
    expiration: credentials.expiration,
  };
  tl.add({
    actor: 'sdk',
    what: `signs the ${call.action} request with ${credentials.accessKeyId}`,
    why: 'Signature Version 4 with the temporary secret key; the session token travels with the request',
    status: 'ok',
    detail: [`resource: ${call.resource}`, `credentials expire ${isoSeconds(credentials.expiration)}`],
  });
  if (tl.t >= credentials.expiration) {
    tl.add({
      actor: 'service',
      what: `${words.name} refuses the request: ${words.expired.code}`,
      why: `the credentials expired at ${isoSeconds(credentials.expiration)} and the app never fetched new ones`,
      status: 'fail',
    });
    return { ...base, result: 'expired', error: words.expired };
  }
  const decision = evaluateForSession(world, session, call);
  const allowed = decision.decision === 'Allow';
  tl.add({
    actor: 'iam',
    what: `${allowed ? 'allows' : decision.decision === 'ExplicitDeny' ? 'explicitly denies' : 'implicitly denies'} ${call.action} for ${session.arn}`,
    why: decision.summary,
    status: allowed ? 'ok' : 'fail',
    detail: traceLines(decision),
    decision,
  });
  if (!allowed) {
    const error = {
      code: words.denied,
      message: `User: ${session.arn} is not authorized to perform: ${call.action} on resource: ${call.resource} ${denialReason(decision, call.action)}`,
    };
    tl.add({
      actor: 'service',
      what: `${words.name} returns ${error.code}`,
      why: 'the request is signed by a known session, but IAM does not allow it',
      status: 'fail',
      detail: [error.message],
    });
    return { ...base, result: 'denied', error, decision };
  }
  const missing = missingResource(world, call);
  if (missing) {
    tl.add({
      actor: 'service',
      what: `${words.name} returns ${missing.code}`,
      why: 'the request is allowed, but the resource does not exist',
      status: 'fail',
      detail: [missing.message],
    });
    return { ...base, result: 'failed', error: missing, decision };
  }
  tl.add({
    actor: 'service',
    what: `${words.name} answers ${call.action}`,
    why: 'allowed by IAM and the resource exists',
    status: 'ok',
  });
  return { ...base, decision, output: { status: 200, action: call.action, resource: call.resource } };
}
