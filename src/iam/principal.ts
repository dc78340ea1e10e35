// The Principal element: which values IAM accepts, and whether a request's caller is named by one.

import { ACCOUNT_ID, type NormalizedPrincipal, parseArn } from './arn.js';
import { hasWildcard } from './wildcard.js';
import type { PrincipalSpec, PrincipalType } from './types.js';

export interface PrincipalProblem {
  message: string;
  hint: string;
}

// Most service principals end in amazonaws.com (.com.cn in China); a few older ones end in
// amazon.com, such as the Alexa Skills Kit's alexa-appkit.amazon.com, which Lambda function
// policies name (https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html).
const SERVICE_NAME = /^[a-z0-9][a-z0-9.-]*\.(?:amazonaws\.com(?:\.cn)?|amazon\.com)$/;
// A CloudFront origin access identity, as bucket policies name it: the account part is the word
// "cloudfront" and the name has spaces
// (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html).
const CLOUDFRONT_OAI = /^arn:aws:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;
const DOMAIN_NAME = /^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/i;
const CANONICAL_USER = /^[0-9a-f]{64}$/;

function invalid(type: PrincipalType, value: string, hint: string): PrincipalProblem {
  return { message: `Invalid principal in policy: ${JSON.stringify(type)}:${JSON.stringify(value)}`, hint };
}

/** Checks one value of a Principal element; undefined means IAM accepts its form. */
export function checkPrincipalValue(type: PrincipalType, value: string): PrincipalProblem | undefined {
  switch (type) {
    case 'AWS':
      return checkAwsPrincipal(value);
    case 'Service':
      if (SERVICE_NAME.test(value)) return undefined;
      if (value.startsWith('arn:')) {
        return invalid(type, value, 'A service principal is a service name such as "ec2.amazonaws.com", not an ARN.');
      }
      if (hasWildcard(value)) {
        return invalid(
          type,
          value,
          'Service principals cannot contain wildcards; name each service, e.g. "ecs-tasks.amazonaws.com".',
        );
      }
      if (/^[a-z0-9-]+$/i.test(value)) {
        return invalid(
          type,
          value,
          `Service principals end in ".amazonaws.com": did you mean "${value.toLowerCase()}.amazonaws.com"?`,
        );
      }
      return invalid(type, value, 'A service principal looks like "ec2.amazonaws.com" or "ecs-tasks.amazonaws.com".');
    case 'Federated': {
      const arn = parseArn(value);
      if (arn) {
        if (arn.service === 'iam' && /^(saml-provider|oidc-provider)\/.+/.test(arn.resource) && !hasWildcard(value))
          return undefined;
        return invalid(
          type,
          value,
          'A federated principal is a SAML or OIDC provider ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME) or a provider name such as "cognito-identity.amazonaws.com".',
        );
      }
      if (DOMAIN_NAME.test(value)) return undefined;
      return invalid(
        type,
        value,
        'A federated principal is an identity provider ARN or a provider name such as "accounts.google.com".',
      );
    }
    case 'CanonicalUser':
      if (CANONICAL_USER.test(value)) return undefined;
      return invalid(type, value, 'A canonical user ID is 64 hexadecimal characters.');
  }
}

function checkAwsPrincipal(value: string): PrincipalProblem | undefined {
  if (value === '*') return undefined;
  if (ACCOUNT_ID.test(value)) return undefined;
  if (CLOUDFRONT_OAI.test(value)) return undefined;
  if (hasWildcard(value)) {
    return invalid(
      'AWS',
      value,
      'AWS principals cannot use partial wildcards. Name the account (arn:aws:iam::ACCOUNT:root) and narrow it with a condition such as "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT:role/app-*"}.',
    );
  }
  const arn = parseArn(value);
  if (!arn) {
    return invalid(
      'AWS',
      value,
      'An AWS principal is a 12-digit account ID or the ARN of an account root, IAM user, IAM role or role session.',
    );
  }
  if (!ACCOUNT_ID.test(arn.account)) {
    return invalid('AWS', value, 'The ARN must contain the 12-digit account ID of the principal.');
  }
  const res = arn.resource;
  if (arn.service === 'iam') {
    if (res === 'root' || /^user\/.+/.test(res) || /^role\/.+/.test(res)) return undefined;
    if (res.startsWith('group/')) {
      return invalid(
        'AWS',
        value,
        'An IAM group cannot be a principal: groups grant permissions, they do not sign requests. Name the users or roles, or the account.',
      );
    }
    if (res.startsWith('instance-profile/')) {
      return invalid(
        'AWS',
        value,
        'An instance profile is not a principal. Trust the service "ec2.amazonaws.com" in the role that the instance profile carries.',
      );
    }
    return invalid('AWS', value, 'Only the account root, IAM users and IAM roles can be named from IAM.');
  }
  if (arn.service === 'sts') {
    if (/^assumed-role\/[^/]+\/.+/.test(res) || /^federated-user\/.+/.test(res)) return undefined;
    return invalid('AWS', value, 'STS principals are role sessions (assumed-role/ROLE/SESSION) or federated users.');
  }
  if (arn.service === 'ec2' && res.startsWith('instance/')) {
    return invalid(
      'AWS',
      value,
      'An EC2 instance is not a principal. Trust the service ("Service": "ec2.amazonaws.com") and, to single out one instance, use the ec2:SourceInstanceARN condition key in the permissions policies of the role.',
    );
  }
  return invalid(
    'AWS',
    value,
    'An AWS principal is an account, an IAM user, an IAM role or a role session; other resources cannot be principals.',
  );
}

/** How a principal element named the caller, strongest first (decides what a resource policy can grant). */
export type PrincipalMatchKind = 'exact' | 'role' | 'service' | 'federated' | 'any' | 'account' | 'none';

export interface PrincipalMatch {
  kind: PrincipalMatchKind;
  /** The policy value that named the caller. */
  via?: string;
}

const STRENGTH: Record<PrincipalMatchKind, number> = {
  exact: 6,
  role: 5,
  service: 4,
  federated: 4,
  any: 2,
  account: 1,
  none: 0,
};

export function matchPrincipal(spec: PrincipalSpec, p: NormalizedPrincipal): PrincipalMatch {
  if (spec.kind === 'any') return { kind: 'any', via: '*' };
  let best: PrincipalMatch = { kind: 'none' };
  const consider = (kind: PrincipalMatchKind, via: string): void => {
    if (STRENGTH[kind] > STRENGTH[best.kind]) best = { kind, via };
  };
  for (const value of spec.AWS ?? []) {
    if (p.type === 'service' || p.type === 'web-identity') continue;
    if (value === '*') {
      consider('any', value);
      continue;
    }
    if (ACCOUNT_ID.test(value)) {
      if (p.account === value && p.type !== 'anonymous') consider('account', value);
      continue;
    }
    const arn = parseArn(value);
    if (!arn) continue;
    if (arn.service === 'iam' && arn.resource === 'root') {
      if (p.account === arn.account && p.type !== 'anonymous') consider('account', value);
    } else if (arn.service === 'iam' && arn.resource.startsWith('role/')) {
      if (p.roleArn === value || p.arn === value) consider('role', value);
    } else if (p.arn === value) {
      consider('exact', value);
    }
  }
  for (const value of spec.Service ?? []) {
    if (p.type === 'service' && p.arn.toLowerCase() === value.toLowerCase()) consider('service', value);
  }
  for (const value of spec.Federated ?? []) {
    if (p.type === 'web-identity' && p.arn === value) consider('federated', value);
  }
  for (const value of spec.CanonicalUser ?? []) {
    if (p.arn === value) consider('exact', value);
  }
  return best;
}

/** Every value of a principal spec with its type, for validation and descriptions. */
export function principalEntries(spec: PrincipalSpec): Array<{ type: PrincipalType; value: string; index: number }> {
  if (spec.kind === 'any') return [];
  const out: Array<{ type: PrincipalType; value: string; index: number }> = [];
  for (const type of ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const) {
    (spec[type] ?? []).forEach((value, index) => {
      out.push({ type, value, index });
    });
  }
  return out;
}

/**
 * NotPrincipal excludes a caller only when every identity AWS checks for it is listed: the
 * account, then for a role session the role and the session, for a user the user. Listing just
 * the role still denies its sessions, because the account and the session are not excluded.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html)
 */
export function notPrincipalExcludes(
  spec: PrincipalSpec,
  p: NormalizedPrincipal,
): { excluded: boolean; missing?: string } {
  if (spec.kind === 'any') return { excluded: true };
  const identities: Array<{ label: string; test: (s: PrincipalSpec) => boolean }> = [];
  const named = (kind: PrincipalMatchKind[]) => (s: PrincipalSpec) => kind.includes(matchPrincipal(s, p).kind);
  if (p.type === 'service') identities.push({ label: p.arn, test: named(['service']) });
  else if (p.type === 'web-identity') identities.push({ label: p.arn, test: named(['federated']) });
  else if (p.type === 'anonymous') identities.push({ label: 'the anonymous caller', test: () => false });
  else {
    const accountNamed = (s: PrincipalSpec): boolean =>
      s.kind === 'map' &&
      (s.AWS ?? []).some(
        (v) =>
          v === p.account ||
          v === `arn:aws:iam::${p.account}:root` ||
          (parseArn(v)?.resource === 'root' && parseArn(v)?.account === p.account),
      );
    if (p.account) identities.push({ label: `account ${p.account}`, test: accountNamed });
    if (p.type === 'role-session' && p.roleArn) {
      const roleArn = p.roleArn;
      identities.push({ label: `role ${roleArn}`, test: (s) => s.kind === 'map' && (s.AWS ?? []).includes(roleArn) });
      if (p.arn !== roleArn)
        identities.push({ label: `session ${p.arn}`, test: (s) => s.kind === 'map' && (s.AWS ?? []).includes(p.arn) });
    } else if (p.type !== 'root') {
      identities.push({ label: p.arn, test: (s) => s.kind === 'map' && (s.AWS ?? []).includes(p.arn) });
    }
  }
  for (const identity of identities) {
    if (!identity.test(spec)) return { excluded: false, missing: identity.label };
  }
  return { excluded: identities.length > 0 };
}
