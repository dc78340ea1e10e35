// ARN helpers: split an ARN into its parts and work out who a request principal is.

import type { RequestPrincipal, RequestPrincipalType } from './types.js';

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon, e.g. 'role/path/name' or 'instance/i-0abc'. */
  resource: string;
}

export function parseArn(arn: string): ParsedArn | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account] = parts;
  if (!partition || !service) return undefined;
  return {
    partition,
    service,
    region: region ?? '',
    account: account ?? '',
    resource: parts.slice(5).join(':'),
  };
}

export const ACCOUNT_ID = /^\d{12}$/;

export interface NormalizedPrincipal {
  arn: string;
  type: RequestPrincipalType;
  account?: string;
  /** For role sessions, the role's ARN; for users and others, undefined. */
  roleArn?: string;
  /** Name used for ${aws:username} (IAM users only). */
  userName?: string;
}

// Requests come from a handful of principals, so the derived part is cached by ARN.
const derivedCache = new Map<string, NormalizedPrincipal>();

/** Fills in the type, account and role of a request principal from its ARN. */
export function normalizePrincipal(p: RequestPrincipal): NormalizedPrincipal {
  if (p.type === undefined && p.account === undefined && p.roleArn === undefined && typeof p.arn === 'string') {
    const hit = derivedCache.get(p.arn);
    if (hit) return { ...hit };
    const derived = derivePrincipal(p);
    if (derivedCache.size > 1000) derivedCache.clear();
    derivedCache.set(p.arn, derived);
    return { ...derived };
  }
  return derivePrincipal(p);
}

function derivePrincipal(p: RequestPrincipal): NormalizedPrincipal {
  const arn = typeof p.arn === 'string' ? p.arn : '';
  const parsed = parseArn(arn);
  let type: RequestPrincipalType | undefined = p.type;
  let roleArn = p.roleArn;
  let userName: string | undefined;
  if (parsed) {
    const res = parsed.resource;
    if (!type) {
      if (parsed.service === 'iam' && res === 'root') type = 'root';
      else if (parsed.service === 'iam' && res.startsWith('user/')) type = 'user';
      else if (parsed.service === 'sts' && res.startsWith('assumed-role/')) type = 'role-session';
      else if (parsed.service === 'sts' && res.startsWith('federated-user/')) type = 'federated-user';
      else if (parsed.service === 'iam' && res.startsWith('role/')) type = 'role-session';
    }
    if (parsed.service === 'iam' && res.startsWith('user/')) userName = res.slice(res.lastIndexOf('/') + 1);
    if (!roleArn && parsed.service === 'sts' && res.startsWith('assumed-role/')) {
      const roleName = res.split('/')[1];
      if (roleName) roleArn = `arn:${parsed.partition}:iam::${parsed.account}:role/${roleName}`;
    }
    if (!roleArn && parsed.service === 'iam' && res.startsWith('role/')) roleArn = arn;
  } else if (!type) {
    type = arn === '' || arn === '*' ? 'anonymous' : arn.endsWith('.amazonaws.com') ? 'service' : 'anonymous';
  }
  const account = p.account ?? (parsed && ACCOUNT_ID.test(parsed.account) ? parsed.account : undefined);
  const out: NormalizedPrincipal = { arn, type: type ?? 'anonymous' };
  if (account) out.account = account;
  if (roleArn) out.roleArn = roleArn;
  if (userName) out.userName = userName;
  return out;
}

/** The account that owns a resource ARN, when the ARN carries one (S3 bucket ARNs do not). */
export function accountOfArn(arn: string): string | undefined {
  const parsed = parseArn(arn);
  return parsed && ACCOUNT_ID.test(parsed.account) ? parsed.account : undefined;
}
