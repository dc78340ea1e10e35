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
  rcp: 'resource control policy',
  session: 'session policy',
};

/**
 * The services whose resources RCPs cover, by action prefix. The RCP page of the Organizations
 * user guide (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html,
 * "List of AWS services that support RCPs") and the Control Tower RCP controls page list Amazon S3,
 * AWS STS, AWS KMS, Amazon SQS and AWS Secrets Manager (the launch set, November 2024). AWS added
 * Amazon ECR and Amazon OpenSearch Serverless (June 2025) and Amazon Cognito and Amazon CloudWatch
 * Logs later; those four are taken from the announcements as reported, so check the RCP page when
 * it changes and edit this set.
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set([
  's3',
  'sts',
  'kms',
  'sqs',
  'secretsmanager',
  'ecr',
  'aoss',
  'cognito-idp',
  'logs',
]);

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

/** The RCP hierarchy as levels, like scpLevelsOf. */
function rcpLevelsOf(layers: EvaluationLayers): unknown[][] {
  if (Array.isArray(layers.rcpLevels)) return layers.rcpLevels.map((level) => asArray(level));
  const flat = asArray(layers.rcps);
  return flat.length > 0 ? [flat] : [];
}

/** Which level (0 = organisation root) holds the policy at this index of the flattened list. */
function levelOf(levels: unknown[][], policyIndex: number): number {
  let start = 0;
  for (let level = 0; level < levels.length; level++) {
    start += levels[level]!.length;
    if (policyIndex < start) return level;
  }
  return levels.length - 1;
}

const SERVICE_LINKED_ROLE = /:role\/aws-service-role\//;

/**
 * Why RCPs do not apply to this request, or undefined when they do. The RCP page says they cover
 * only resources of the services listed there, only in member accounts (not the management
 * account), not service-linked roles, and (AWS KMS developer guide, "Resource control policies in
 * AWS KMS") not AWS managed keys.
 */
function rcpExemption(req: NormalizedRequest, layers: EvaluationLayers): string | undefined {
  const service = req.actionLower.slice(0, req.actionLower.indexOf(':'));
  if (!RCP_SERVICES.has(service))
    return `resource control policies do not cover ${service || 'this'} resources, so they are not evaluated`;
  if (layers.managementAccount !== undefined && req.resourceAccount === layers.managementAccount)
    return `the resource is in the management account (${layers.managementAccount}), and resource control policies only apply to member accounts`;
  if (layers.resourceIsAwsManagedKey)
    return 'the resource is an AWS managed KMS key, which resource control policies do not cover';
  if (SERVICE_LINKED_ROLE.test(req.principal.roleArn ?? '') || SERVICE_LINKED_ROLE.test(req.resource))
    return 'service-linked roles are not affected by resource control policies';
  return undefined;
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

function where(entry: TraceEntry, trust = false, rcpLevels: unknown[][] = []): string {
  const name = entry.sid ? `statement "${entry.sid}"` : `statement #${entry.statementIndex + 1}`;
  if (entry.layer === 'resource') return `${name} of the ${trust ? 'role trust policy' : 'resource-based policy'}`;
  if (entry.layer === 'rcp' && rcpLevels.length > 1) {
    const level = levelOf(rcpLevels, entry.policyIndex);
    return `${name} of ${LAYER_NAME.rcp} #${entry.policyIndex + 1} at level ${level + 1} of ${rcpLevels.length} (counting from the organization root)`;
  }
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
  const rcpLevels = rcpLevelsOf(layers);
  const at = (entry: TraceEntry): string => where(entry, trust, rcpLevels);
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
  const resourcePolicyGiven = asArray(layers.resource).length > 0;
  // S3 ARNs carry no account. Guessing "same account" would let a bucket policy alone admit a
  // caller from another account, so with a resource policy the engine asks for what holds either
  // way: both the identity side and the resource side must allow.
  const accountUnknown = req.resourceAccountUnknown && principalHasPolicies;
  if (accountUnknown) {
    trace.push(
      note(
        'input',
        resourcePolicyGiven
          ? `the resource ARN names no account and no resourceAccount was given, so it is not known whether this is a same-account or cross-account request; only what both the identity-based and the resource-based policy allow is allowed`
          : `the resource ARN names no account and no resourceAccount was given; with no resource-based policy, identity-based policies decide (across accounts the request would need a resource-based policy as well)`,
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
  // RCPs are resource-side: they apply whoever the caller is, services and anonymous callers too.
  const rcpSkipped = rcpLevels.length > 0 ? rcpExemption(req, layers) : undefined;
  if (rcpSkipped) trace.push(note('rcp', rcpSkipped));
  const rcp = runLayer('rcp', rcpSkipped ? [] : rcpLevels.flat(), req, trace);

  // 1. An explicit deny in any policy ends the evaluation.
  const denies = [
    ...scp.denies,
    ...rcp.denies,
    ...resource.denies,
    ...identity.denies,
    ...boundary.denies,
    ...session.denies,
  ];
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
  // 2b. RCPs set the ceiling for the resource the same way: every level must allow.
  if (rcp.present) {
    const level = levelWithoutAllow(rcpLevels, rcp.allows);
    if (level !== undefined && rcpLevels.length === 1) {
      return implicit(
        'rcp',
        `No resource control policy allows ${req.action} on this resource, so no policy in the account can grant it.`,
      );
    }
    if (level !== undefined) {
      return implicit(
        'rcp',
        `No resource control policy at level ${level + 1} of ${rcpLevels.length} (counting from the organization root) allows ${req.action} on this resource; every level from the root to the resource's account must allow it.`,
      );
    }
  }

  const grant = resource.allows.length > 0 ? resource.resourceGrant : undefined;
  const isRoot = req.principal.type === 'root';

  // "You cannot assume a role when you are signed in as the AWS account root user."
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html)
  if (trust && isRoot) {
    return implicit(
      'trust',
      'The root user of an account cannot assume a role, whatever the trust policy says; sign in as an IAM user or role and assume it from there.',
    );
  }

  // The root user has no identity policies and needs none: it has full access to its own account,
  // and across accounts it has every permission its account is granted ("The AccountB root user
  // has all of the permissions that are granted to the account",
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_compare-resource-policies.html).
  if (isRoot)
    trace.push(
      note(
        'identity',
        req.crossAccount
          ? 'the caller is the root user of its account, which holds every permission its account is granted, so no identity policy is needed on its side'
          : 'the caller is the root user of the account, which has full access to its own account without identity policies',
      ),
    );
  const identityAllows = identity.allows.length > 0 || isRoot;

  if (!principalHasPolicies) {
    // Services and anonymous callers have no identity policies: only the resource policy can allow.
    if (grant && grant.kind !== 'account') return allowed(`${capitalize(at(resource.allows[0]!))} allows it.`);
    return implicit('resource', 'Only a resource-based policy can grant access to this caller, and none applies.');
  }

  if (trust && resource.allows.length === 0) {
    return implicit(
      'trust',
      'The role trust policy does not allow this caller; an identity-based policy alone can never let a principal assume a role.',
    );
  }

  // A same-account grant that covers the caller's own ARN stands on its own: an implicit deny in
  // the identity policies, a boundary or a session policy does not limit it. The boundary page says
  // this of grants to an IAM user ARN and the session page of grants to a session ARN; a grant
  // through Principal "*" (usually narrowed with aws:PrincipalArn) reaches the caller's own ARN
  // the same way, and the Principal page says boundaries and session policies "do not limit
  // permissions granted using the aws:PrincipalArn condition key with a wildcard (*) in the
  // Principal element". So the engine treats "*" alike for users and role sessions (before, it
  // capped role sessions only, review 2026-12-iam B6). A grant to the role ARN or to the account
  // is capped. (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html,
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html,
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session)
  const standsAlone = grant !== undefined && (grant.kind === 'exact' || grant.kind === 'any');

  if (req.crossAccount || (accountUnknown && resourcePolicyGiven)) {
    // 3a. Across accounts both sides must agree: the resource's policy and the caller's identity policy.
    const other = req.crossAccount ? `in another account (${req.resourceAccount})` : 'in an unknown account';
    if (!(resource.present && resource.allows.length > 0)) {
      return implicit(
        'cross-account',
        `The resource is ${other} and its resource-based policy does not allow the caller; the identity policy alone is not enough across accounts.`,
      );
    }
    if (!identityAllows) {
      return implicit(
        'cross-account',
        `The resource-based policy allows it, but ${req.crossAccount ? 'across accounts' : 'since the resource account is unknown (pass resourceAccount)'} the caller's own identity-based policy must also allow ${req.action}, and none does.`,
      );
    }
  } else if (standsAlone) {
    // 3b. Same account, the resource policy covers this very user or session.
    const how =
      grant.kind === 'exact'
        ? 'names the caller directly'
        : grant.via === 'NotPrincipal'
          ? 'covers every principal except those its NotPrincipal lists, the caller included'
          : 'grants to every principal ("*"), the caller included';
    return allowed(`${capitalize(at(resource.allows[0]!))} ${how}, which is enough within one account.`);
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
  // 6. A federated user session (GetFederationToken) has only what its session policy allows:
  // "If you do not pass any session policies, then the resulting federated user session has no
  // permissions." (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html)
  if (req.principal.type === 'federated-user' && !session.present) {
    return implicit(
      'session',
      `A federated user session from GetFederationToken has no permissions unless a session policy was passed when it was created, and none was; its permissions are what both the IAM user's policies and the session policy allow.`,
    );
  }

  const source = identity.allows[0] ?? resource.allows[0];
  if (!source && isRoot)
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
