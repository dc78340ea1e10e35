// The condition operator vocabulary, split into its parts so the parser can reject unknown
// operators the way IAM does and the evaluator can dispatch on the base operator.

import type { SetQualifier } from './types.js';

export const BASE_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
] as const;

export type BaseOperator = (typeof BASE_OPERATORS)[number];

const BASE_BY_LOWER = new Map<string, BaseOperator>(BASE_OPERATORS.map((op) => [op.toLowerCase(), op]));

/**
 * Operators whose meaning is "the value must not match". When the key is missing from the request
 * they are true, because nothing in the request matches the forbidden values.
 */
export const NEGATED_OPERATORS: ReadonlySet<BaseOperator> = new Set<BaseOperator>([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
]);

export interface OperatorParts {
  base: BaseOperator;
  qualifier?: SetQualifier;
  ifExists: boolean;
}

/** Splits 'ForAnyValue:StringLikeIfExists' into its parts, or returns undefined if IAM would reject it. */
export function splitOperator(operator: string): OperatorParts | undefined {
  let rest = operator;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === 'foranyvalue') qualifier = 'ForAnyValue';
    else if (prefix === 'forallvalues') qualifier = 'ForAllValues';
    else return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BASE_BY_LOWER.get(rest.toLowerCase());
  if (!base) return undefined;
  // Null already tests for existence, so IAM does not accept NullIfExists.
  if (base === 'Null' && ifExists) return undefined;
  return qualifier ? { base, qualifier, ifExists } : { base, ifExists };
}
