// Reads a statement aloud in plain English, for the explain command and the lessons.

import type { ConditionClause, PolicyKind, PrincipalSpec, Statement } from './types.js';

function joinList(items: string[], conj = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conj} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conj} ${items[items.length - 1]}`;
}

function shorten(items: string[], max = 8): string[] {
  return items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
}

function describeAwsPrincipal(value: string): string {
  if (value === '*') return 'any AWS principal';
  if (/^\d{12}$/.test(value)) return `any principal in account ${value} that its own policies allow`;
  const m = /^arn:[^:]+:(iam|sts)::(\d{12}):(.*)$/.exec(value);
  if (!m) return value;
  const [, service, account, res = ''] = m;
  if (service === 'iam' && res === 'root') return `any principal in account ${account} that its own policies allow`;
  if (res.startsWith('user/')) return `IAM user ${res.slice(5)} (account ${account})`;
  if (res.startsWith('role/')) return `sessions of IAM role ${res.slice(5)} (account ${account})`;
  if (res.startsWith('assumed-role/')) return `role session ${res.slice(13)} (account ${account})`;
  return value;
}

export function describePrincipal(spec: PrincipalSpec): string {
  if (spec.kind === 'any') return 'anyone (every AWS principal, and anonymous callers where the service allows them)';
  const parts: string[] = [];
  for (const v of spec.AWS ?? []) parts.push(describeAwsPrincipal(v));
  for (const v of spec.Service ?? []) parts.push(`the AWS service ${v}`);
  for (const v of spec.Federated ?? []) parts.push(`users signed in through ${v}`);
  for (const v of spec.CanonicalUser ?? []) parts.push(`canonical user ${v.slice(0, 12)}...`);
  return joinList(shorten(parts), 'or') || 'nobody';
}

const OPERATOR_WORDS: Record<string, string> = {
  StringEquals: 'is',
  StringNotEquals: 'is not',
  StringEqualsIgnoreCase: 'is (ignoring case)',
  StringNotEqualsIgnoreCase: 'is not (ignoring case)',
  StringLike: 'matches',
  StringNotLike: 'does not match',
  NumericEquals: 'equals',
  NumericNotEquals: 'does not equal',
  NumericLessThan: 'is less than',
  NumericLessThanEquals: 'is at most',
  NumericGreaterThan: 'is greater than',
  NumericGreaterThanEquals: 'is at least',
  DateEquals: 'is the date',
  DateNotEquals: 'is not the date',
  DateLessThan: 'is before',
  DateLessThanEquals: 'is at or before',
  DateGreaterThan: 'is after',
  DateGreaterThanEquals: 'is at or after',
  Bool: 'is',
  BinaryEquals: 'equals the binary value',
  IpAddress: 'is in',
  NotIpAddress: 'is not in',
  ArnEquals: 'is the ARN',
  ArnLike: 'matches the ARN',
  ArnNotEquals: 'is not the ARN',
  ArnNotLike: 'does not match the ARN',
};

/**
 * A condition in words. `effect` says whose condition it is: for a Deny, "a missing key passes"
 * read as "the request passes" when it means the opposite (the condition holds, so the Deny
 * applies), so the words for a missing key name the outcome instead.
 */
export function describeCondition(c: ConditionClause, effect: 'Allow' | 'Deny' = 'Allow'): string {
  if (c.base === 'Null') {
    const wantsMissing = c.values.some((v) => v.toLowerCase() === 'true');
    return `${c.key} is ${wantsMissing ? 'absent from' : 'present in'} the request`;
  }
  const values = joinList(shorten(c.values.map((v) => JSON.stringify(v))), 'or');
  let text = `${c.key} ${OPERATOR_WORDS[c.base] ?? c.base} ${values}`;
  if (c.qualifier === 'ForAnyValue') text = `at least one value of ${text}`;
  if (c.qualifier === 'ForAllValues') text = `every value of ${text} (also true when the request has none)`;
  if (c.ifExists)
    text +=
      effect === 'Deny'
        ? ' (if the key is present; a request without the key counts as a match, so it is denied too)'
        : ' (if the key is present; a request without the key counts as a match and is allowed too)';
  return text;
}

function describeActions(s: Statement): string {
  if (s.notAction)
    return s.notAction.length > 0
      ? `every action except ${joinList(shorten(s.notAction))}`
      : 'every action (the NotAction list is empty)';
  const actions = s.action ?? [];
  if (actions.includes('*')) return 'every action in every service';
  return joinList(shorten(actions));
}

function describeResources(s: Statement): string {
  if (s.notResource) return `every resource except ${joinList(shorten(s.notResource))}`;
  const resources = s.resource;
  if (!resources) return '';
  if (resources.length === 0) return 'no resource (the Resource list is empty)';
  if (resources.includes('*')) return 'any resource';
  return joinList(shorten(resources));
}

/** One sentence per statement, e.g. "Allows the AWS service ec2.amazonaws.com to call sts:AssumeRole." */
export function describeStatement(s: Statement, kind: PolicyKind): string {
  const verb = s.effect === 'Allow' ? 'Allows' : 'Denies';
  // With no actions there is nothing to read aloud: the statement matches no request at all.
  if (!s.notAction && (s.action ?? []).length === 0) {
    return `${verb} nothing: the statement has ${s.action ? 'an empty Action list' : 'no Action'}, so it matches no request.`;
  }
  const actions = describeActions(s);
  const resources = describeResources(s);
  let who = '';
  if (s.principal) who = describePrincipal(s.principal);
  else if (s.notPrincipal) who = `everyone except ${describePrincipal(s.notPrincipal)}`;

  let sentence: string;
  if (kind === 'trust') {
    sentence = `${verb} ${who || 'nobody named'} to ${actions === 'sts:AssumeRole' ? 'assume this role' : `call ${actions} on this role`}`;
  } else if (kind === 'resource') {
    sentence = `${verb} ${who || 'nobody named'} ${actions}${resources ? ` on ${resources}` : ' on this resource'}`;
  } else if (kind === 'rcp') {
    // An RCP grants nothing: its Allow is a ceiling for resources in the accounts below it.
    sentence = `${verb} ${who || 'nobody named'} ${actions} on ${resources || 'no resource'} in accounts under this RCP (as an upper limit)`;
  } else {
    const subject =
      kind === 'scp'
        ? 'principals in accounts under this SCP (as an upper limit)'
        : kind === 'boundary'
          ? 'the user or role (as an upper limit)'
          : 'the attached identity';
    sentence = `${verb} ${subject} ${actions}${resources ? ` on ${resources}` : ''}`;
  }
  const conditions = (s.condition ?? []).map((c) => describeCondition(c, s.effect));
  if (conditions.length > 0) sentence += `, only when ${joinList(conditions)}`;
  return `${sentence}.`;
}
