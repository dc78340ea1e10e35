// Evaluates the Condition element. Clauses are ANDed, the values of one clause are ORed. A key
// missing from the request makes a clause false, except for negated operators (true), ...IfExists
// (true), Null (which tests exactly that) and ForAllValues (true for an empty set).

import { type BaseOperator, NEGATED_OPERATORS } from './condition-operators.js';
import { parseArn } from './arn.js';
import { ipInCidr } from './ip.js';
import type { NormalizedRequest } from './request-context.js';
import type { ConditionClause } from './types.js';
import { compileWithVariables, hasVariables, substituteVariables, type VariableLookup } from './variables.js';
import { compileWildcard } from './wildcard.js';

export interface ClauseResult {
  ok: boolean;
  detail: string;
}

type Compare = (requestValue: string, policyValue: string) => boolean;

// The W3C profile of ISO 8601 (https://www.w3.org/TR/NOTE-datetime), the date forms IAM accepts
// besides epoch seconds: YYYY, YYYY-MM, YYYY-MM-DD, and a date with T and hh:mm, hh:mm:ss or
// hh:mm:ss.s, then Z or +hh:mm / -hh:mm.
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date)
const W3C_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * A condition date as epoch milliseconds, or NaN for text that is not one of those forms ("June 1,
 * 2024" does not match anything). A date-time without a zone is read as UTC, on every machine:
 * Date.parse would read it in the host's time zone, so the same policy allowed under TZ=UTC and
 * denied under TZ=Asia/Tokyo (review 2026-12-iam, B8). AWS stamps aws:CurrentTime in UTC.
 */
export function parseConditionDate(s: string): number {
  // All digits is epoch seconds, as aws:EpochTime carries; so a bare year "2025" is read as epoch
  // seconds too (the documentation does not settle that overlap; this engine always has).
  if (/^\d{1,15}$/.test(s)) return Number(s) * 1000;
  const m = W3C_DATE.exec(s);
  if (!m) return Number.NaN;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', sec = '00', frac = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const ms = Number(`${frac}000`.slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, 0);
  // Date.UTC rolls 31 February over into March; such a date is not a date.
  if (new Date(utc).getUTCDate() !== day) return Number.NaN;
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return Number.NaN;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  return utc + ms - offset;
}

/**
 * A condition number: plain decimal notation only. Number() would also read "0x10" as 16, "1e1"
 * as 10 and "Infinity", none of which a Numeric operator compares as a number.
 */
export function parseConditionNumber(s: string): number {
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

const parseDate = parseConditionDate;
const parseNumber = parseConditionNumber;

/** Bool compares the words true and false (any case); any other text matches nothing. */
function boolEquals(r: string, p: string): boolean {
  const a = r.toLowerCase();
  const b = p.toLowerCase();
  return (a === 'true' || a === 'false') && a === b;
}

function numeric(test: (a: number, b: number) => boolean): Compare {
  return (r, p) => {
    const a = parseNumber(r);
    const b = parseNumber(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

function date(test: (a: number, b: number) => boolean): Compare {
  return (r, p) => {
    const a = parseDate(r);
    const b = parseDate(p);
    return !Number.isNaN(a) && !Number.isNaN(b) && test(a, b);
  };
}

/**
 * ARNs are compared component by component; wildcards may not cross the first five colons
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN).
 * A request value that is not an ARN has no components to compare, so no ARN pattern matches it,
 * not even "*". The negated operators (ArnNotEquals, ArnNotLike) are the negation of this test,
 * so for such a value they are true: nothing in the request matches the forbidden ARNs.
 */
function arnLike(r: string, p: string): boolean {
  if (!isArn(r)) return false;
  const rp = r.split(':');
  const pp = p.split(':');
  // A pattern with fewer than six components cannot be compared component by component; only the
  // bare "*" is read as "any ARN".
  if (pp.length < 6) return p === '*';
  for (let i = 0; i < 5; i++) {
    if (!compileWildcard(pp[i] ?? '', false)(rp[i] ?? '')) return false;
  }
  return compileWildcard(pp.slice(5).join(':'), false)(rp.slice(5).join(':'));
}

function isArn(value: string): boolean {
  return parseArn(value) !== undefined;
}

const ARN_OPERATORS = new Set<string>(['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike']);

// The positive test behind each operator; negated operators are "no value matches" of their pair.
const POSITIVE: Record<BaseOperator, Compare> = {
  StringEquals: (r, p) => r === p,
  StringNotEquals: (r, p) => r === p,
  StringEqualsIgnoreCase: (r, p) => r.toLowerCase() === p.toLowerCase(),
  StringNotEqualsIgnoreCase: (r, p) => r.toLowerCase() === p.toLowerCase(),
  StringLike: (r, p) => compileWildcard(p, false)(r),
  StringNotLike: (r, p) => compileWildcard(p, false)(r),
  NumericEquals: numeric((a, b) => a === b),
  NumericNotEquals: numeric((a, b) => a === b),
  NumericLessThan: numeric((a, b) => a < b),
  NumericLessThanEquals: numeric((a, b) => a <= b),
  NumericGreaterThan: numeric((a, b) => a > b),
  NumericGreaterThanEquals: numeric((a, b) => a >= b),
  DateEquals: date((a, b) => a === b),
  DateNotEquals: date((a, b) => a === b),
  DateLessThan: date((a, b) => a < b),
  DateLessThanEquals: date((a, b) => a <= b),
  DateGreaterThan: date((a, b) => a > b),
  DateGreaterThanEquals: date((a, b) => a >= b),
  Bool: boolEquals,
  BinaryEquals: (r, p) => r === p,
  IpAddress: (r, p) => ipInCidr(r, p),
  NotIpAddress: (r, p) => ipInCidr(r, p),
  ArnEquals: arnLike,
  ArnLike: arnLike,
  ArnNotEquals: arnLike,
  ArnNotLike: arnLike,
  Null: () => false,
};

const SUPPORTS_VARIABLES = new Set<BaseOperator>([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  // "You can use a policy variable with the Bool condition operator."
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean)
  'Bool',
]);

/** Does one request value match any of the clause's policy values (before negation)? */
function anyPolicyValueMatches(
  clause: ConditionClause,
  requestValue: string,
  lookup: VariableLookup | undefined,
): boolean {
  const compare = POSITIVE[clause.base as BaseOperator];
  for (const raw of clause.values) {
    let policyValue = raw;
    if (lookup && SUPPORTS_VARIABLES.has(clause.base as BaseOperator) && hasVariables(raw)) {
      if (clause.base === 'StringLike' || clause.base === 'StringNotLike') {
        const m = compileWithVariables(raw, lookup, false);
        if (m?.(requestValue)) return true;
        continue;
      }
      const sub = substituteVariables(raw, lookup);
      if (sub === undefined) continue;
      policyValue = sub;
    }
    if (compare(requestValue, policyValue)) return true;
  }
  return false;
}

const quotedCache = new WeakMap<string[], string>();

function quoteList(values: string[]): string {
  let hit = quotedCache.get(values);
  if (hit === undefined) {
    hit = values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
    quotedCache.set(values, hit);
  }
  return hit;
}

/**
 * Evaluates one clause. `lookup` is given only for 2012-10-17 policies, where variables apply.
 */
export function evaluateClause(
  clause: ConditionClause,
  req: NormalizedRequest,
  lookup: VariableLookup | undefined,
): ClauseResult {
  const base = clause.base as BaseOperator;
  const requestValues = req.context.get(clause.key.toLowerCase());
  const present = requestValues !== undefined && requestValues.length > 0;
  const op = clause.operator;
  if (!Object.hasOwn(POSITIVE, base)) return { ok: false, detail: `unknown condition operator ${op}` };

  if (base === 'Null') {
    const wantMissing = clause.values.some((v) => v.toLowerCase() === 'true');
    const wantPresent = clause.values.some((v) => v.toLowerCase() === 'false');
    const ok = present ? wantPresent : wantMissing;
    return {
      ok,
      detail: `Null check on ${clause.key}: the key is ${present ? 'present' : 'absent'}, the condition wants it ${wantMissing ? 'absent' : 'present'}`,
    };
  }

  const negated = NEGATED_OPERATORS.has(base);

  if (!present) {
    if (clause.ifExists)
      // Worded as "the condition holds", not "passes": for a Deny, holding means the Deny applies.
      return {
        ok: true,
        detail: `${op}: ${clause.key} is not in the request, and IfExists makes the condition hold when the key is missing`,
      };
    if (clause.qualifier === 'ForAllValues')
      return { ok: true, detail: `${op}: ${clause.key} is not in the request; ForAllValues is true for an empty set` };
    if (clause.qualifier === 'ForAnyValue')
      return { ok: false, detail: `${op}: ${clause.key} is not in the request; ForAnyValue needs at least one value` };
    if (negated)
      return {
        ok: true,
        detail: `${op}: ${clause.key} is not in the request, so nothing matches the forbidden value and the negated operator is true`,
      };
    return { ok: false, detail: `${op}: condition key ${clause.key} is missing from the request` };
  }

  const values = requestValues;
  const shown =
    values.length === 1 ? JSON.stringify(values[0]) : `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const matchesOne = (v: string): boolean => anyPolicyValueMatches(clause, v, lookup);
  // For a negated operator a request value "satisfies" the clause when it matches none of the values.
  const satisfies = (v: string): boolean => (negated ? !matchesOne(v) : matchesOne(v));

  let ok: boolean;
  if (clause.qualifier === 'ForAllValues') ok = values.every(satisfies);
  else if (clause.qualifier === 'ForAnyValue') ok = values.some(satisfies);
  else ok = negated ? values.every(satisfies) : values.some(satisfies);

  const verb = negated ? 'must not match' : 'must match';
  const notArn =
    ARN_OPERATORS.has(base) && values.some((v) => !isArn(v))
      ? '; a value that is not an ARN never matches an ARN pattern'
      : '';
  return {
    ok,
    detail: `${op}: ${clause.key} is ${shown}, which ${ok ? 'satisfies' : 'fails'} the test (${verb} ${quoteList(clause.values)})${notArn}`,
  };
}
