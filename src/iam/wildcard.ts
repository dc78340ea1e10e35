// IAM wildcards: '*' matches any run of characters (including none), '?' exactly one character.
//
// Matching is a two-pointer scan that, on a mismatch, resumes just after the most recent '*'. It
// never backtracks further than that star, so one match costs at most pattern length x value
// length steps. The earlier version compiled '*' to '.*' in a backtracking RegExp, where
// "arn:aws:s3:::" + "*a"x30 + "b" against a 40-character name took 30 s for one evaluation
// (review 2026-12-iam, B9); here that case is a few thousand steps (scripts/bench.mjs measures it).
// Patterns are tokenised once and cached, because the same few patterns are matched many times.

export type Matcher = (value: string) => boolean;

/** A tokenised pattern: a UTF-16 code unit to match literally, or ANY_ONE ('?') or ANY_RUN ('*'). */
export type GlobTokens = Int32Array;
export const ANY_ONE = -1;
export const ANY_RUN = -2;

const cache = new Map<string, Matcher>();
const CACHE_LIMIT = 5000;

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/**
 * Tokenises pattern pieces: wildcard pieces give '*' and '?' their meaning, literal pieces (the
 * value of a policy variable, ${*}, ${?}) never act as wildcards.
 */
export function tokenize(pieces: ReadonlyArray<{ text: string; literal: boolean }>, lower: boolean): GlobTokens {
  let length = 0;
  for (const piece of pieces) length += piece.text.length;
  const tokens = new Int32Array(length);
  let at = 0;
  for (const piece of pieces) {
    const text = lower ? piece.text.toLowerCase() : piece.text;
    // toLowerCase can lengthen a few characters (U+0130); keep the array in step with the text.
    for (let i = 0; i < text.length && at < tokens.length; i++) {
      const c = text.charCodeAt(i);
      tokens[at++] = piece.literal ? c : c === 42 ? ANY_RUN : c === 63 ? ANY_ONE : c;
    }
  }
  return at === tokens.length ? tokens : tokens.slice(0, at);
}

/** Does value match the tokens? O(tokens x value) in the worst case, never exponential. */
export function globMatch(tokens: GlobTokens, value: string): boolean {
  const m = tokens.length;
  const n = value.length;
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < n) {
    const t = p < m ? tokens[p]! : 0;
    if (p < m && (t === ANY_ONE || t === value.charCodeAt(v))) {
      p++;
      v++;
    } else if (p < m && t === ANY_RUN) {
      starP = p++;
      starV = v;
    } else if (starP >= 0) {
      // Let the last star swallow one more character and try again from just after it.
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (p < m && tokens[p] === ANY_RUN) p++;
  return p === m;
}

/** Compiles an IAM wildcard pattern. Case-insensitive for action names, sensitive for ARNs. */
export function compileWildcard(pattern: string, caseInsensitive: boolean): Matcher {
  const cacheKey = (caseInsensitive ? 'i:' : 's:') + pattern;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let matcher: Matcher;
  if (pattern === '*') {
    matcher = () => true;
  } else if (!hasWildcard(pattern)) {
    if (caseInsensitive) {
      const lower = pattern.toLowerCase();
      matcher = (v) => v.length === lower.length && v.toLowerCase() === lower;
    } else {
      matcher = (v) => v === pattern;
    }
  } else {
    const tokens = tokenize([{ text: pattern, literal: false }], caseInsensitive);
    matcher = caseInsensitive ? (v) => globMatch(tokens, v.toLowerCase()) : (v) => globMatch(tokens, v);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, matcher);
  return matcher;
}

export function wildcardMatch(pattern: string, value: string, caseInsensitive: boolean): boolean {
  return compileWildcard(pattern, caseInsensitive)(value);
}
