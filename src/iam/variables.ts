// Policy variables such as ${aws:username}: replaced by request values in Resource and condition
// values, only in policies with Version 2012-10-17 (older policies treat them as plain text).

import { compileWildcard, globMatch, hasWildcard, type Matcher, tokenize } from './wildcard.js';

/** Returns the single value of a context key, or undefined if it is absent or has several values. */
export type VariableLookup = (key: string) => string | undefined;

type Piece = { literal: boolean; text: string };

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

export function hasVariables(pattern: string): boolean {
  return pattern.includes('${');
}

interface VariableRef {
  key: string;
  /** The default after the comma, quotes removed and '' read as one quote. */
  fallback?: string;
  /** Index just past the closing brace. */
  end: number;
}

/**
 * Reads `${key}` or `${key, 'default'}` starting at `at` (which points at "$"). A scan rather than
 * a RegExp, so it runs in linear time, and the key may hold spaces: tag keys can contain them
 * (`${aws:PrincipalTag/cost center}`), and AWS substitutes those like any other key.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html)
 */
function readVariable(pattern: string, at: number): VariableRef | undefined {
  let i = at + 2;
  const keyStart = i;
  while (i < pattern.length && pattern[i] !== '}' && pattern[i] !== ',' && pattern[i] !== "'") i++;
  if (i >= pattern.length || pattern[i] === "'") return undefined;
  const key = pattern.slice(keyStart, i).trim();
  if (key === '') return undefined;
  if (pattern[i] === '}') return { key, end: i + 1 };
  i++; // past the comma
  while (pattern[i] === ' ') i++;
  if (pattern[i] !== "'") return undefined;
  i++;
  let fallback = '';
  for (;;) {
    if (i >= pattern.length) return undefined;
    if (pattern[i] === "'") {
      if (pattern[i + 1] === "'") {
        fallback += "'";
        i += 2;
        continue;
      }
      i++;
      break;
    }
    fallback += pattern[i];
    i++;
  }
  while (pattern[i] === ' ') i++;
  if (pattern[i] !== '}') return undefined;
  return { key, fallback, end: i + 1 };
}

/**
 * Splits a pattern into wildcard text and literal text (resolved variables, ${*}, ${?}, ${$}).
 * Returns undefined if a variable has no value and no default: AWS then treats the value as not
 * matching anything.
 */
function resolve(pattern: string, lookup: VariableLookup): Piece[] | undefined {
  const pieces: Piece[] = [];
  let last = 0;
  let from = 0;
  for (let at = pattern.indexOf('${', from); at >= 0; at = pattern.indexOf('${', from)) {
    const ref = readVariable(pattern, at);
    if (!ref) {
      from = at + 2;
      continue;
    }
    if (at > last) pieces.push({ literal: false, text: pattern.slice(last, at) });
    const special = SPECIAL[ref.key];
    if (special !== undefined) {
      pieces.push({ literal: true, text: special });
    } else {
      const value = lookup(ref.key);
      if (value !== undefined) pieces.push({ literal: true, text: value });
      else if (ref.fallback !== undefined) pieces.push({ literal: true, text: ref.fallback });
      else return undefined;
    }
    last = ref.end;
    from = ref.end;
  }
  if (last < pattern.length) pieces.push({ literal: false, text: pattern.slice(last) });
  return pieces;
}

/** Substitutes variables for an exact comparison (StringEquals and friends). */
export function substituteVariables(pattern: string, lookup: VariableLookup): string | undefined {
  const pieces = resolve(pattern, lookup);
  return pieces?.map((p) => p.text).join('');
}

/** Builds a wildcard matcher after substitution; literal pieces never act as wildcards. */
export function compileWithVariables(
  pattern: string,
  lookup: VariableLookup,
  caseInsensitive: boolean,
): Matcher | undefined {
  const pieces = resolve(pattern, lookup);
  if (!pieces) return undefined;
  if (pieces.every((p) => !p.literal)) return compileWildcard(pattern, caseInsensitive);
  if (pieces.every((p) => p.literal || !hasWildcard(p.text))) {
    const exact = pieces.map((p) => p.text).join('');
    if (!caseInsensitive) return (v) => v === exact;
    const lower = exact.toLowerCase();
    return (v) => v.toLowerCase() === lower;
  }
  const tokens = tokenize(pieces, caseInsensitive);
  return caseInsensitive ? (v) => globMatch(tokens, v.toLowerCase()) : (v) => globMatch(tokens, v);
}
