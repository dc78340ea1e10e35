// The request as the evaluator sees it: principal worked out from its ARN, accounts settled and
// condition keys in a case-insensitive map, with the keys AWS fills in itself added when missing.

import { accountOfArn, type NormalizedPrincipal, normalizePrincipal } from './arn.js';
import type { ContextValue, EvaluationLayers, RequestContext } from './types.js';

export interface NormalizedRequest {
  principal: NormalizedPrincipal;
  /** Lower-cased for comparisons; action names are case-insensitive. */
  actionLower: string;
  action: string;
  resource: string;
  principalAccount?: string;
  resourceAccount?: string;
  crossAccount: boolean;
  /**
   * The resource ARN carries no account (S3) and none was given: the request may be same-account
   * or cross-account. resourceAccount then holds the caller's account only as a placeholder.
   */
  resourceAccountUnknown: boolean;
  /** Whether the caller has a permissions boundary (NotPrincipal treats such callers specially). */
  hasBoundary: boolean;
  /** Lower-cased key -> values. */
  context: Map<string, string[]>;
  /** Lower-cased keys the request gave as a list: multivalued, even when the list has one element. */
  multivalued: Set<string>;
}

function toStrings(value: ContextValue): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v));
  return [String(value)];
}

const PRINCIPAL_TYPE_VALUE: Record<string, string> = {
  user: 'User',
  'role-session': 'AssumedRole',
  root: 'Account',
  'federated-user': 'FederatedUser',
  anonymous: 'Anonymous',
};

export interface NormalizeOptions {
  /**
   * The time of the request, epoch milliseconds; defaults to Date.now(). AWS always puts the
   * request time in the context as aws:CurrentTime and aws:EpochTime, so they are filled from
   * this unless the request sets them.
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-currenttime)
   */
  now?: number;
}

/** ISO 8601 in UTC without milliseconds, the form AWS documents for aws:CurrentTime. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function normalizeRequest(
  request: RequestContext,
  layers?: Pick<EvaluationLayers, 'principalAccount' | 'resourceAccount' | 'boundary'>,
  options: NormalizeOptions = {},
): NormalizedRequest {
  const principal = normalizePrincipal(request.principal ?? { arn: '' });
  if (layers?.principalAccount) principal.account = layers.principalAccount;
  const action = typeof request.action === 'string' ? request.action : '';
  const resource = typeof request.resource === 'string' ? request.resource : '';
  const context = new Map<string, string[]>();
  const multivalued = new Set<string>();
  const raw = request.context;
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (value === undefined || value === null) continue;
      context.set(key.toLowerCase(), toStrings(value));
      if (Array.isArray(value)) multivalued.add(key.toLowerCase());
    }
  }
  const setDefault = (key: string, value: string | undefined): void => {
    if (value !== undefined && !context.has(key)) context.set(key, [value]);
  };
  if (principal.type !== 'service' && principal.type !== 'anonymous' && principal.type !== 'web-identity') {
    setDefault('aws:principalarn', principal.type === 'role-session' ? principal.roleArn : principal.arn);
    setDefault('aws:principalaccount', principal.account);
  }
  setDefault('aws:principaltype', PRINCIPAL_TYPE_VALUE[principal.type]);
  setDefault('aws:username', principal.userName);
  // 8.64e15 ms is the range a Date can hold; anything outside is not a time.
  const now = typeof options?.now === 'number' && Math.abs(options.now) <= 8.64e15 ? options.now : Date.now();
  if (!context.has('aws:currenttime')) context.set('aws:currenttime', [isoSeconds(now)]);
  if (!context.has('aws:epochtime')) context.set('aws:epochtime', [String(Math.floor(now / 1000))]);

  const principalAccount = principal.account;
  const statedAccount = layers?.resourceAccount ?? request.resourceAccount ?? accountOfArn(resource);
  // "*" (actions without a resource) and non-ARN text belong to no other account.
  const resourceAccountUnknown =
    statedAccount === undefined && principalAccount !== undefined && resource.startsWith('arn:');
  const resourceAccount = statedAccount ?? principalAccount;
  const out: NormalizedRequest = {
    principal,
    action,
    actionLower: action.toLowerCase(),
    resource,
    crossAccount:
      principalAccount !== undefined && resourceAccount !== undefined && principalAccount !== resourceAccount,
    resourceAccountUnknown,
    hasBoundary: layers?.boundary !== undefined && layers.boundary !== null,
    context,
    multivalued,
  };
  if (principalAccount) out.principalAccount = principalAccount;
  if (resourceAccount) out.resourceAccount = resourceAccount;
  return out;
}

/**
 * Single-valued lookup for policy variables. Multivalued keys cannot be variables
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html), and a key
 * is multivalued by its kind, not by how many values one request happens to carry: a list of one
 * (aws:CalledVia = ["athena.amazonaws.com"]) is still a list.
 */
export function variableLookup(req: NormalizedRequest): (key: string) => string | undefined {
  return (key) => {
    const lower = key.toLowerCase();
    if (req.multivalued.has(lower)) return undefined;
    const v = req.context.get(lower);
    return v && v.length === 1 ? v[0] : undefined;
  };
}
