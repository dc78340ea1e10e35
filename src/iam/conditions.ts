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

function parseDate(s: string): number {
  // Condition dates may be ISO 8601 or seconds since the epoch.
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? Number.NaN : t;
}

function parseNumber(s: string): number {
  return s.trim() === '' ? Number.NaN : Number(s);
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
  Bool: (r, p) => r.toLowerCase() === p.toLowerCase(),
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
      return { ok: true, detail: `${op}: ${clause.key} is not in the request, and IfExists makes a missing key pass` };
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
