// IAM wildcards: '*' matches any run of characters (including none), '?' exactly one character.
// Patterns are compiled once and cached, because the same few patterns are matched many times.

export type Matcher = (value: string) => boolean;

const cache = new Map<string, Matcher>();
const CACHE_LIMIT = 5000;

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
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
    const source = pattern
      .split('*')
      .map((part) => part.split('?').map(escapeRegExp).join('.'))
      .join('.*');
    const re = new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's');
    matcher = (v) => re.test(v);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, matcher);
  return matcher;
}

export function wildcardMatch(pattern: string, value: string, caseInsensitive: boolean): boolean {
  return compileWildcard(pattern, caseInsensitive)(value);
}
