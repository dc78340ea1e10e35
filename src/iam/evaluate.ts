// Policy evaluation in AWS's documented order: an explicit Deny anywhere wins; then every layer
// that applies (SCPs, identity or resource policy, permissions boundary, session policies) must
// allow; otherwise the request is implicitly denied. Cross-account requests need both the
// caller's identity policy and the resource's policy to allow.
//
// References: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html

import { compilePolicy } from './compile.js';
import type { PrincipalMatch } from './principal.js';
import { type NormalizedRequest, normalizeRequest } from './request-context.js';
import { evaluateStatement } from './statement-eval.js';
import type { Decision, EvaluationLayers, Layer, RequestContext, TraceEntry, TraceItem, TraceNote } from './types.js';

export interface EvaluateOptions {
  /**
   * Role trust semantics: the resource policy (the trust policy) must itself allow the caller; an
   * identity-policy Allow alone is never enough to assume a role.
   */
  resourceMustAllow?: boolean;
  /**
   * When the request happens, epoch milliseconds (default: Date.now()). Fills aws:CurrentTime and
   * aws:EpochTime unless the request context sets them; a simulation passes its own clock here.
   */
  now?: number;
}

interface LayerResult {
  allows: TraceEntry[];
  denies: TraceEntry[];
  /** Strongest principal match among the resource policy's applicable Allow statements. */
  resourceGrant?: PrincipalMatch;
  present: boolean;
}

const LAYER_NAME: Record<Layer, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  session: 'session policy',
};

const GRANT_STRENGTH: Record<string, number> = {
  exact: 6,
  role: 5,
  service: 4,
  federated: 4,
  any: 2,
  account: 1,
  none: 0,
};

function note(step: TraceNote['step'], message: string): TraceNote {
  return { kind: 'note', step, message };
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The SCP hierarchy as levels: `scpLevels`, or `scps` as a single level. */
function scpLevelsOf(layers: EvaluationLayers): unknown[][] {
  if (Array.isArray(layers.scpLevels)) return layers.scpLevels.map((level) => asArray(level));
  const flat = asArray(layers.scps);
  return flat.length > 0 ? [flat] : [];
}

/** The first level none of whose policies had a matching Allow (entries index the flattened list). */
function levelWithoutAllow(levels: unknown[][], allows: readonly TraceEntry[]): number | undefined {
  const allowed = new Set(allows.map((entry) => entry.policyIndex));
  let start = 0;
  for (let level = 0; level < levels.length; level++) {
    const size = levels[level]!.length;
    let any = false;
    for (let i = start; i < start + size; i++) if (allowed.has(i)) any = true;
    if (!any) return level;
    start += size;
  }
  return undefined;
}

function runLayer(layer: Layer, policies: unknown[], req: NormalizedRequest, trace: TraceItem[]): LayerResult {
  const result: LayerResult = { allows: [], denies: [], present: policies.length > 0 };
  policies.forEach((policy, policyIndex) => {
    const compiled = compilePolicy(policy);
    if (compiled.unreadable) {
      trace.push(
        note(
          'input',
          `${LAYER_NAME[layer]} #${policyIndex + 1} could not be read (${compiled.unreadable}); it is ignored`,
        ),
      );
      return;
    }
    for (const cs of compiled.statements) {
      const outcome = evaluateStatement(cs, compiled, req, layer, policyIndex);
      trace.push(outcome.entry);
      if (!outcome.entry.matched) continue;
      if (outcome.entry.effect === 'Deny') result.denies.push(outcome.entry);
      else {
        result.allows.push(outcome.entry);
        const grant = outcome.principalMatch;
        if (grant && GRANT_STRENGTH[grant.kind]! > GRANT_STRENGTH[result.resourceGrant?.kind ?? 'none']!)
          result.resourceGrant = grant;
      }
    }
  });
  return result;
}

function where(entry: TraceEntry, trust = false): string {
  const name = entry.sid ? `statement "${entry.sid}"` : `statement #${entry.statementIndex + 1}`;
  if (entry.layer === 'resource') return `${name} of the ${trust ? 'role trust policy' : 'resource-based policy'}`;
  return `${name} of ${LAYER_NAME[entry.layer]} #${entry.policyIndex + 1}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describeRequest(req: NormalizedRequest): string {
  const who = req.principal.arn || 'an anonymous caller';
  return `${who} calling ${req.action || '(no action)'} on ${req.resource || '(no resource)'}`;
}

function decide(request: RequestContext, layers: EvaluationLayers, options: EvaluateOptions): Decision {
  const trace: TraceItem[] = [];
  const req = normalizeRequest(request, layers, options.now !== undefined ? { now: options.now } : {});
  const what = describeRequest(req);
  const trust = options.resourceMustAllow === true;
  const at = (entry: TraceEntry): string => where(entry, trust);
  const principalHasPolicies =
    req.principal.type !== 'service' && req.principal.type !== 'anonymous' && req.principal.type !== 'web-identity';

  if (req.crossAccount) {
    trace.push(
      note(
        'cross-account',
        `cross-account request: caller account ${req.principalAccount}, resource account ${req.resourceAccount}`,
      ),
    );
  }
  if (!principalHasPolicies && asArray(layers.identity).length > 0) {
    trace.push(
      note(
        'input',
        `the caller is ${req.principal.type === 'service' ? 'an AWS service' : 'not an IAM identity'}, so identity-based policies, boundaries, session policies and SCPs do not apply to it`,
      ),
    );
  }

  const identity = principalHasPolicies
    ? runLayer('identity', asArray(layers.identity), req, trace)
    : runLayer('identity', [], req, trace);
  const resource = runLayer('resource', asArray(layers.resource), req, trace);
  const boundary = principalHasPolicies
    ? runLayer('boundary', asArray(layers.boundary), req, trace)
    : runLayer('boundary', [], req, trace);
  const session = principalHasPolicies
    ? runLayer('session', asArray(layers.sessionPolicies), req, trace)
    : runLayer('session', [], req, trace);
  const scpLevels = scpLevelsOf(layers);
  const scp = principalHasPolicies ? runLayer('scp', scpLevels.flat(), req, trace) : runLayer('scp', [], req, trace);

  // 1. An explicit deny in any policy ends the evaluation.
  const denies = [...scp.denies, ...resource.denies, ...identity.denies, ...boundary.denies, ...session.denies];
  const firstDeny = denies[0];
  if (firstDeny) {
    trace.push(
      note(
        'explicit-deny',
        `${capitalize(at(firstDeny))} explicitly denies the request; an explicit deny overrides every allow`,
      ),
    );
    return {
      decision: 'ExplicitDeny',
      trace,
      summary: `Explicitly denied: ${what} is refused by ${at(firstDeny)}. An explicit Deny always wins.`,
    };
  }

  const implicit = (step: TraceNote['step'], message: string): Decision => {
    trace.push(note(step, message));
    return { decision: 'ImplicitDeny', trace, summary: `Implicitly denied: ${what}. ${message}` };
  };
  const allowed = (message: string): Decision => {
    trace.push(note('decision', message));
    return { decision: 'Allow', trace, summary: `Allowed: ${what}. ${message}` };
  };

  // 2. SCPs set the ceiling for principals in member accounts: every level must allow.
  if (scp.present) {
    const level = levelWithoutAllow(scpLevels, scp.allows);
    if (level !== undefined && scpLevels.length === 1) {
      return implicit(
        'scp',
        'No service control policy allows this action for the account, so nothing below can grant it.',
      );
    }
    if (level !== undefined) {
      return implicit(
        'scp',
        `No service control policy at level ${level + 1} of ${scpLevels.length} (counting from the organization root) allows this action; every level from the root to the account must allow it, so nothing below can grant it.`,
      );
    }
  }

  const grant = resource.allows.length > 0 ? resource.resourceGrant : undefined;
  // The account root user needs no identity policy: it has full access to its own account.
  const rootOfOwnAccount = req.principal.type === 'root' && !req.crossAccount;
  if (rootOfOwnAccount)
    trace.push(
      note(
        'identity',
        'the caller is the root user of the account, which has full access to its own account without identity policies',
      ),
    );
  const identityAllows = identity.allows.length > 0 || rootOfOwnAccount;

  if (!principalHasPolicies) {
    // Services and anonymous callers have no identity policies: only the resource policy can allow.
    if (grant && grant.kind !== 'account') return allowed(`${capitalize(at(resource.allows[0]!))} allows it.`);
    return implicit('resource', 'Only a resource-based policy can grant access to this caller, and none applies.');
  }

  if (options.resourceMustAllow && resource.allows.length === 0) {
    return implicit(
      'trust',
      'The role trust policy does not allow this caller; an identity-based policy alone can never let a principal assume a role.',
    );
  }

  if (req.crossAccount) {
    // 3a. Across accounts both sides must agree: the resource's policy and the caller's identity policy.
    if (!(resource.present && resource.allows.length > 0)) {
      return implicit(
        'cross-account',
        `The resource is in another account (${req.resourceAccount}) and its resource-based policy does not allow the caller; the identity policy alone is not enough across accounts.`,
      );
    }
    if (!identityAllows) {
      return implicit(
        'cross-account',
        `The resource-based policy allows it, but across accounts the caller's own identity-based policy must also allow ${req.action}, and none does.`,
      );
    }
  } else if (grant && (grant.kind === 'exact' || (grant.kind === 'any' && req.principal.type === 'user'))) {
    // 3b. Same account, resource policy names this very user or role session: that grant stands on
    // its own; an implicit deny in identity policies, a boundary or session policy does not limit it.
    return allowed(
      `${capitalize(at(resource.allows[0]!))} names the caller directly, which is enough within one account.`,
    );
  } else if (!identityAllows) {
    // 3c. Same account otherwise: identity and resource policies are a union, except that naming
    // only the account delegates the decision back to the account's identity policies.
    const resourceCounts = grant !== undefined && grant.kind !== 'account';
    if (!resourceCounts) {
      if (grant?.kind === 'account') {
        return implicit(
          'identity',
          `The resource-based policy only names the account, which leaves the decision to identity-based policies, and no ${LAYER_NAME.identity} allows ${req.action}.`,
        );
      }
      return implicit(
        'identity',
        `No ${LAYER_NAME.identity} allows ${req.action} on ${req.resource}${resource.present ? ', and the resource-based policy does not grant it either' : ''}.`,
      );
    }
  }

  // 4. A permissions boundary caps what identity-based (and role-ARN resource) grants can give.
  if (boundary.present && boundary.allows.length === 0) {
    return implicit('boundary', `The permissions boundary does not allow ${req.action}, so the grant is capped away.`);
  }
  // 5. Session policies cap a role session the same way.
  if (session.present && session.allows.length === 0) {
    return implicit(
      'session',
      `No session policy allows ${req.action}; a session's permissions are what both its role and its session policies allow.`,
    );
  }

  const source = identity.allows[0] ?? resource.allows[0];
  if (!source && rootOfOwnAccount)
    return allowed('The root user has full access to its own account, and no explicit deny or SCP stops it.');
  return allowed(
    source ? `${capitalize(at(source))} allows it and no other layer stops it.` : 'Every layer allows it.',
  );
}

/** Evaluates a request against its policies. Never throws: bad input yields an implicit deny that says why. */
export function evaluate(request: RequestContext, layers: EvaluationLayers, options: EvaluateOptions = {}): Decision {
  try {
    const safeRequest =
      typeof request === 'object' && request !== null
        ? request
        : ({ principal: { arn: '' }, action: '', resource: '' } as RequestContext);
    const safeLayers = typeof layers === 'object' && layers !== null ? layers : ({ identity: [] } as EvaluationLayers);
    return decide(safeRequest, safeLayers, options ?? {});
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      decision: 'ImplicitDeny',
      trace: [note('input', `the request or its policies could not be evaluated (${message})`)],
      summary: 'Implicitly denied: the request could not be evaluated, and AWS denies what it cannot allow.',
    };
  }
}
