// AWS's wording for access denied errors: "User: ARN is not authorized to perform: ACTION on
// resource: RESOURCE because no identity-based policy allows the ACTION action", or "... with an
// explicit deny in an identity-based policy". The policy type is read from the IAM engine's trace.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html

import type { Decision, Layer, TraceEntry } from '../iam/index.js';

const EXPLICIT: Record<Layer, string> = {
  identity: 'an identity-based policy',
  resource: 'a resource-based policy',
  boundary: 'a permissions boundary',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
  session: 'a session policy',
};

const IMPLICIT: Record<Layer, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
  session: 'session policy',
};

function statements(decision: Decision): TraceEntry[] {
  return decision.trace.filter((t): t is TraceEntry => t.kind === 'statement');
}

/** Which policy type refused the request, as AWS names it in the error message. */
export function denyingLayer(decision: Decision): Layer {
  if (decision.decision === 'ExplicitDeny') {
    return statements(decision).find((s) => s.matched && s.effect === 'Deny')?.layer ?? 'identity';
  }
  const last = [...decision.trace].reverse().find((t) => t.kind === 'note');
  const step = last?.kind === 'note' ? last.step : 'identity';
  switch (step) {
    case 'scp':
      return 'scp';
    case 'rcp':
      return 'rcp';
    case 'boundary':
      return 'boundary';
    case 'session':
      return 'session';
    case 'resource':
    case 'trust':
      return 'resource';
    case 'cross-account': {
      const resourceAllows = statements(decision).some(
        (s) => s.layer === 'resource' && s.matched && s.effect === 'Allow',
      );
      return resourceAllows ? 'identity' : 'resource';
    }
    default:
      return 'identity';
  }
}

/** "because no identity-based policy allows the s3:GetObject action" or "with an explicit deny in ...". */
export function denialReason(decision: Decision, action: string): string {
  const layer = denyingLayer(decision);
  if (decision.decision === 'ExplicitDeny') return `with an explicit deny in ${EXPLICIT[layer]}`;
  return `because no ${IMPLICIT[layer]} allows the ${action} action`;
}

export function notAuthorizedMessage(
  principalArn: string,
  action: string,
  resource: string,
  decision: Decision,
): string {
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${denialReason(decision, action)}`;
}
