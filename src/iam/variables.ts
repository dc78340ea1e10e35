// Policy variables such as ${aws:username}: replaced by request values in Resource and condition
// values, only in policies with Version 2012-10-17 (older policies treat them as plain text).

import { type Matcher, compileWildcard } from './wildcard.js';

/** Returns the single value of a context key, or undefined if it is absent or has several values. */
export type VariableLookup = (key: string) => string | undefined;

type Piece = { literal: false; text: string } | { literal: true; text: string };

// ${key} or ${key, 'default'}; the default may contain '' for a quote.
const VARIABLE = /\$\{\s*([^},'\s]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?\}/g;
const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

export function hasVariables(pattern: string): boolean {
  return pattern.includes('${');
}

/**
 * Splits a pattern into wildcard text and literal text (resolved variables, ${*}, ${?}, ${$}).
 * Returns undefined if a variable has no value and no default: AWS then treats the value as not
 * matching anything.
 */
function resolve(pattern: string, lookup: VariableLookup): Piece[] | undefined {
  const pieces: Piece[] = [];
  let last = 0;
  VARIABLE.lastIndex = 0;
  for (let m = VARIABLE.exec(pattern); m !== null; m = VARIABLE.exec(pattern)) {
    if (m.index > last) pieces.push({ literal: false, text: pattern.slice(last, m.index) });
    const key = m[1] ?? '';
    const special = SPECIAL[key];
    if (special !== undefined) {
      pieces.push({ literal: true, text: special });
    } else {
      const value = lookup(key);
      if (value !== undefined) pieces.push({ literal: true, text: value });
      else if (m[2] !== undefined) pieces.push({ literal: true, text: m[2].replace(/''/g, "'") });
      else return undefined;
    }
    last = m.index + m[0].length;
  }
  if (last < pattern.length) pieces.push({ literal: false, text: pattern.slice(last) });
  return pieces;
}

/** Substitutes variables for an exact comparison (StringEquals and friends). */
export function substituteVariables(pattern: string, lookup: VariableLookup): string | undefined {
  const pieces = resolve(pattern, lookup);
  return pieces?.map((p) => p.text).join('');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiledCache = new Map<string, Matcher>();

/** Builds a wildcard matcher after substitution; literal pieces never act as wildcards. */
export function compileWithVariables(
  pattern: string,
  lookup: VariableLookup,
  caseInsensitive: boolean,
): Matcher | undefined {
  const pieces = resolve(pattern, lookup);
  if (!pieces) return undefined;
  if (pieces.every((p) => !p.literal)) return compileWildcard(pattern, caseInsensitive);
  if (pieces.every((p) => p.literal || !/[*?]/.test(p.text))) {
    const exact = pieces.map((p) => p.text).join('');
    return caseInsensitive ? (v) => v.toLowerCase() === exact.toLowerCase() : (v) => v === exact;
  }
  const source = pieces
    .map((p) =>
      p.literal
        ? escapeRegExp(p.text)
        : p.text
            .split('*')
            .map((part) => part.split('?').map(escapeRegExp).join('.'))
            .join('.*'),
    )
    .join('');
  const key = (caseInsensitive ? 'i:' : 's:') + source;
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const re = new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's');
  const matcher: Matcher = (v) => re.test(v);
  if (compiledCache.size > 2000) compiledCache.clear();
  compiledCache.set(key, matcher);
  return matcher;
}
