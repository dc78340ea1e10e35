// Checks on Condition blocks against the condition keys AWS defines: unknown keys, operators of
// the wrong type, wildcards in exact-match operators, set operators on single-valued keys, and
// ForAllValues with Allow. Sources:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// Condition key names are case-insensitive
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html),
// so "aws:sourceip" is the same key as "aws:SourceIp" and only real misspellings are reported.

import type { ConditionClause, Statement } from '../types.js';
import { expandAction } from './actions.js';
import { hasGlob, nearest } from './patterns.js';
import { type Findings, listWords, statementName } from './report.js';
import {
  type ConditionKeyInfo,
  conditionKeysWithPrefix,
  globalConditionKeys,
  type KeyType,
  serviceInfo,
} from './service-data.js';

const partsCache = new Map<string, string[]>();

/** Literal parts of a key format; placeholders (${TagKey}, <key>, "tag-key") stand for one or more characters. */
function keyParts(format: string): string[] {
  const hit = partsCache.get(format);
  if (hit) return hit;
  const parts = splitFormat(format);
  partsCache.set(format, parts);
  return parts;
}

function splitFormat(format: string): string[] {
  const lower = format.toLowerCase();
  const normalised = lower.endsWith('/tag-key') ? `${lower.slice(0, -'tag-key'.length)}\u0000` : lower;
  return normalised.replace(/\$\{[^}]*\}|<[^>]*>/g, '\u0000').split('\u0000');
}

export function keyMatches(format: string, key: string): boolean {
  const parts = keyParts(format);
  const lower = key.toLowerCase();
  if (parts.length === 1) return parts[0] === lower;
  if (!lower.startsWith(parts[0]!)) return false;
  let at = parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const last = k === parts.length - 1;
    // Each placeholder takes at least one character.
    const found = last
      ? lower.endsWith(part) && lower.length - part.length >= at + 1
        ? lower.length - part.length
        : -1
      : lower.indexOf(part, at + 1);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

export type KeyLookup =
  | { kind: 'known'; info: ConditionKeyInfo; global: boolean }
  | { kind: 'unknown-global'; suggestions: string[] }
  | { kind: 'unknown-service'; prefix: string; suggestions: string[] }
  | { kind: 'unjudged' };

/** What AWS says about a condition key: its type, or that it does not exist. */
export function lookupConditionKey(key: string, suggest: (f: () => string[]) => string[] = (f) => f()): KeyLookup {
  const colon = key.indexOf(':');
  if (colon < 0) return { kind: 'unjudged' };
  const prefix = key.slice(0, colon).toLowerCase();
  const globals = globalConditionKeys();
  const global = globals.find((g) => keyMatches(g.key, key));
  if (global) return { kind: 'known', info: global, global: true };
  const candidates = conditionKeysWithPrefix(prefix);
  const hit = candidates.find((c) => keyMatches(c.key, key));
  if (hit) return { kind: 'known', info: hit, global: prefix === 'aws' };
  if (prefix === 'aws') {
    const names = [...globals, ...candidates].map((k) => k.key);
    return { kind: 'unknown-global', suggestions: suggest(() => nearest(key, names, 3)) };
  }
  // Keys of identity providers ("oidc.eks....:sub", "token.actions.githubusercontent.com:sub")
  // have no service of their own, and the data lists only some of their claims (it has no
  // GitHub "sub" or "aud"), so only keys with a real service prefix are judged.
  if (!serviceInfo(prefix)) return { kind: 'unjudged' };
  return {
    kind: 'unknown-service',
    prefix,
    suggestions: suggest(() =>
      nearest(
        key,
        candidates.map((k) => k.key),
        3,
      ),
    ),
  };
}

type Family = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

function family(base: string): Family {
  if (base === 'Null') return 'Null';
  if (base === 'Bool') return 'Bool';
  if (base === 'BinaryEquals') return 'Binary';
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'IpAddress';
  if (base.startsWith('Arn')) return 'Arn';
  if (base.startsWith('Numeric')) return 'Numeric';
  if (base.startsWith('Date')) return 'Date';
  return 'String';
}

/** Operator families a key type works with. ARN keys take String operators too (the docs allow both). */
const FAMILIES_FOR_TYPE: Record<KeyType, readonly Family[]> = {
  String: ['String'],
  ARN: ['Arn', 'String'],
  IPAddress: ['IpAddress'],
  Date: ['Date'],
  Numeric: ['Numeric'],
  Bool: ['Bool'],
  Binary: ['Binary'],
};

const OPERATORS_FOR_TYPE: Record<KeyType, string> = {
  String: 'StringEquals or StringLike',
  ARN: 'ArnEquals or ArnLike',
  IPAddress: 'IpAddress or NotIpAddress',
  Date: 'DateEquals, DateLessThan or DateGreaterThan',
  Numeric: 'NumericEquals, NumericLessThan or NumericGreaterThan',
  Bool: 'Bool',
  Binary: 'BinaryEquals',
};

const TYPE_WORDS: Record<KeyType, string> = {
  String: 'text',
  ARN: 'an ARN',
  IPAddress: 'an IP address',
  Date: 'a date and time',
  Numeric: 'a number',
  Bool: 'true or false',
  Binary: 'base64-encoded binary data',
};

const FAMILY_WORDS: Record<Family, string> = {
  String: 'compares text',
  Numeric: 'compares numbers',
  Date: 'compares dates',
  Bool: 'compares true or false',
  Binary: 'compares binary data',
  IpAddress: 'compares IP addresses',
  Arn: 'compares ARNs',
  Null: 'tests whether the key is present',
};

function typeAllows(info: ConditionKeyInfo, fam: Family): boolean {
  if (fam === 'Null') return true;
  // aws:EpochTime is listed as a Date but is seconds since 1970: Numeric operators work too.
  if (info.key.toLowerCase() === 'aws:epochtime' && fam === 'Numeric') return true;
  return FAMILIES_FOR_TYPE[info.type].includes(fam);
}

/** True when a value holds * or ? outside a policy variable such as ${*}. */
function hasWildcardOutsideVariables(value: string): boolean {
  return hasGlob(value.replace(/\$\{[^}]*\}/g, ''));
}

const EXACT_STRING = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
]);

/** A Null condition that requires the key ("Null": {"key": "false"}) makes ForAllValues safe with Allow. */
function requiresKey(s: Statement, key: string): boolean {
  return (s.condition ?? []).some(
    (c) =>
      c.base === 'Null' &&
      c.key.toLowerCase() === key.toLowerCase() &&
      c.values.every((v) => v.toLowerCase() === 'false'),
  );
}

function checkClause(s: Statement, c: ConditionClause, findings: Findings): void {
  const lookup = lookupConditionKey(c.key, (f) => findings.suggest(f));
  if (lookup.kind === 'unknown-global') {
    const aliases = c.key.toLowerCase() === 'aws:arn' ? ['aws:PrincipalArn', 'aws:SourceArn'] : lookup.suggestions;
    findings.add(
      'unknown-global-condition-key',
      c.path,
      `${statementName(s)}: ${JSON.stringify(c.key)} is not an AWS global condition key.`,
      'A key that no request carries is always missing, so this condition is never true (or, with a negated operator or IfExists, always true): the statement does not do what it says.',
      aliases.length > 0
        ? `Did you mean ${listWords(aliases.map((a) => `"${a}"`))}? Key names are case-insensitive, so only the spelling matters.`
        : 'Pick a key from the list of AWS global condition keys.',
    );
    return;
  }
  if (lookup.kind === 'unknown-service') {
    findings.add(
      'unknown-service-condition-key',
      c.path,
      `${statementName(s)}: the service ${JSON.stringify(lookup.prefix)} has no condition key ${JSON.stringify(c.key)}.`,
      'A key that no request carries is always missing, so this condition is never true (or, with a negated operator or IfExists, always true): the statement does not do what it says.',
      lookup.suggestions.length > 0
        ? `Did you mean ${listWords(lookup.suggestions.map((a) => `"${a}"`))}?`
        : `Look the key up in the ${lookup.prefix} page of the Service Authorization Reference.`,
    );
    return;
  }
  if (lookup.kind !== 'known') return;
  const info = lookup.info;
  const fam = family(c.base);

  if (!typeAllows(info, fam)) {
    findings.add(
      'condition-type-mismatch',
      c.path,
      `${statementName(s)}: ${c.key} holds ${TYPE_WORDS[info.type]}, but ${c.base} ${FAMILY_WORDS[fam]}.`,
      fam === 'String' && info.type === 'IPAddress'
        ? `StringEquals compares the address as text, so a CIDR range such as ${JSON.stringify(c.values[0] ?? '203.0.113.0/24')} never equals the caller's address and the condition never matches.`
        : 'IAM compares the values with the rules of the operator, not of the key, so the condition does not test what it appears to test (it may never match, or always).',
      `Use ${OPERATORS_FOR_TYPE[info.type]} with ${c.key}.`,
    );
  }

  if (EXACT_STRING.has(c.base) && c.values.some(hasWildcardOutsideVariables)) {
    const like = c.base.includes('Not') ? 'StringNotLike' : 'StringLike';
    findings.add(
      'wildcard-without-like',
      c.path,
      `${statementName(s)}: ${c.base} treats * and ? in ${JSON.stringify(c.values.find(hasWildcardOutsideVariables))} as plain characters.`,
      `Only the Like operators read * and ? as wildcards; ${c.base} matches a value that literally contains them, which a request almost never does.`,
      `Use ${c.qualifier ? `${c.qualifier}:` : ''}${like}${c.ifExists ? 'IfExists' : ''} if you meant a pattern.`,
    );
  }

  if (c.qualifier && !info.multivalued) {
    findings.add(
      'set-operator-single-valued',
      c.path,
      `${statementName(s)}: ${c.qualifier} is used with ${c.key}, which holds a single value.`,
      c.qualifier === 'ForAllValues'
        ? 'ForAllValues is true when the key is missing from the request, so on a single-valued key the condition lets through requests that do not carry the key at all.'
        : 'Set operators compare sets of values; AWS says not to use them with single-valued keys, where they only make the policy harder to read and can change how a missing key is treated.',
      `Remove "${c.qualifier}:" and write ${c.base}${c.ifExists ? 'IfExists' : ''}.`,
    );
  } else if (c.qualifier === 'ForAllValues' && s.effect === 'Allow' && !requiresKey(s, c.key)) {
    findings.add(
      'forallvalues-allow',
      c.path,
      `${statementName(s)}: Allow with ForAllValues on ${c.key} also allows requests that carry no ${c.key} at all.`,
      'ForAllValues is true when every value in the request is in your list, and an empty or missing set has no value outside it, so the condition passes when the key is absent. AWS advises against ForAllValues with Allow for this reason.',
      `Also require the key: add "Null": {"${c.key}": "false"} to the condition, or use ForAnyValue if one matching value is enough.`,
    );
  }
}

/**
 * A service key on actions that never carry it: the condition then sees the key missing
 * (Access Analyzer: "Unsupported action for condition key"). Wildcard actions are not judged,
 * as Access Analyzer does not judge them either.
 */
function checkKeyFitsActions(s: Statement, c: ConditionClause, findings: Findings): void {
  const lookup = lookupConditionKey(c.key, () => []);
  if (lookup.kind !== 'known' || lookup.global || !s.action) return;
  const prefix = c.key.slice(0, c.key.indexOf(':')).toLowerCase();
  if (!serviceInfo(prefix)) return; // identity-provider keys (saml:, accounts.google.com:)
  const misses: string[] = [];
  for (const entry of s.action) {
    if (entry === '*' || hasGlob(entry)) continue;
    const action = expandAction(entry)?.[0];
    if (!action) continue;
    const keys = [...action.keys, ...action.resourceTypes.flatMap((t) => t.keys)];
    if (!keys.some((k) => keyMatches(k.key, c.key))) misses.push(action.name);
  }
  if (misses.length === 0) return;
  findings.add(
    'condition-key-not-for-action',
    c.path,
    `${statementName(s)}: ${listWords(misses)} ${misses.length === 1 ? 'does' : 'do'} not support the condition key ${c.key}.`,
    `Requests for ${misses.length === 1 ? 'that action' : 'those actions'} never carry ${c.key}, so the condition sees it missing: a positive operator never matches and the statement never applies to ${misses.length === 1 ? 'it' : 'them'}.`,
    'Move those actions to their own statement without this condition, or pick a key the Service Authorization Reference lists for them.',
  );
}

export function checkConditions(s: Statement, findings: Findings): void {
  for (const c of s.condition ?? []) {
    checkClause(s, c, findings);
    checkKeyFitsActions(s, c, findings);
  }
}
