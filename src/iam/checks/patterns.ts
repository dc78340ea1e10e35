// Pattern helpers for the policy checks: IAM globs against names, and "could this Resource
// pattern name a resource of this type" against the ARN formats of the Service Authorization
// Reference. Both run in time proportional to pattern x text, never exponential.

/** IAM glob ('*' any run, '?' one character) against a plain string; the greedy two-pointer walk. */
export function globMatches(pattern: string, text: string, caseInsensitive: boolean): boolean {
  const p = caseInsensitive ? pattern.toLowerCase() : pattern;
  const t = caseInsensitive ? text.toLowerCase() : text;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < t.length) {
    if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (i < p.length && (p[i] === '?' || p[i] === t[j])) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

export function hasGlob(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** Policy variables such as ${aws:username} stand for text we cannot know; read them as '*'. */
function variablesAsStars(text: string): string {
  return text.replace(/\$\{[^}]*\}/g, '*');
}

// One position of either pattern: a literal character, or a class of characters that is
// consumed once ('one') or any number of times ('many').
type Token = { lit: string } | { cls: 'any' | 'noslash'; many: boolean };

function globTokens(glob: string): Token[] {
  return [...glob].map(
    (c): Token => (c === '*' ? { cls: 'any', many: true } : c === '?' ? { cls: 'any', many: false } : { lit: c }),
  );
}

/**
 * An ARN format's resource part as tokens. A placeholder (${BucketName}) is one or more
 * characters; when `segments` names it, it is one path segment (no '/').
 */
function templateTokens(template: string, segments: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    for (const c of template.slice(last, m.index)) out.push({ lit: c });
    const cls = segments.has(m[1] ?? '') ? 'noslash' : 'any';
    out.push({ cls, many: false }, { cls, many: true });
    last = m.index + m[0].length;
  }
  for (const c of template.slice(last)) out.push({ lit: c });
  return out;
}

function overlaps(a: Token, b: Token): boolean {
  if ('lit' in a && 'lit' in b) return a.lit === b.lit;
  if ('lit' in a) return !('cls' in b && b.cls === 'noslash' && a.lit === '/');
  if ('lit' in b) return !(a.cls === 'noslash' && b.lit === '/');
  return true;
}

/** True when some string matches both token lists (a walk over pairs of positions). */
function intersects(a: Token[], b: Token[]): boolean {
  const seen = new Uint8Array((a.length + 1) * (b.length + 1));
  const stack: Array<[number, number]> = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    const id = i * (b.length + 1) + j;
    if (seen[id]) continue;
    seen[id] = 1;
    if (i === a.length && j === b.length) return true;
    const ta = a[i];
    const tb = b[j];
    const manyA = ta !== undefined && 'cls' in ta && ta.many;
    const manyB = tb !== undefined && 'cls' in tb && tb.many;
    if (manyA) stack.push([i + 1, j]);
    if (manyB) stack.push([i, j + 1]);
    if (ta !== undefined && tb !== undefined && overlaps(ta, tb)) stack.push([manyA ? i : i + 1, manyB ? j : j + 1]);
  }
  return false;
}

/** Splits an ARN (or ARN pattern) into its six fields; the resource field keeps its colons. */
export function arnFields(arn: string): string[] | undefined {
  const parts: string[] = [];
  let rest = arn;
  for (let k = 0; k < 5; k++) {
    const colon = rest.indexOf(':');
    if (colon < 0) return undefined;
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  parts.push(rest);
  return parts;
}

/**
 * Placeholders that some ARN format of a service follows with '/' are one path segment in every
 * format of that service: S3 writes ${BucketName}/${ObjectName}, so ${BucketName} has no '/' and
 * "arn:aws:s3:::reports/*" cannot be a bucket. Placeholders never followed by '/' may hold one
 * (log group names, IAM paths), so they match anything.
 */
export function segmentPlaceholders(templates: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of templates) for (const m of t.matchAll(/\$\{([^}]*)\}\//g)) out.add(m[1] ?? '');
  return out;
}

/**
 * Could the policy's Resource pattern name a resource of this ARN format? Partition, Region and
 * account are not compared (other checks own them); the service must match and the resource
 * parts must have a string in common.
 */
export function resourceMayMatch(policyArn: string, template: string, segments: ReadonlySet<string>): boolean {
  const key = `${policyArn}\u0000${template}`;
  const cached = matchCache.get(key);
  if (cached !== undefined) return cached;
  const result = mayMatchUncached(policyArn, template, segments);
  if (matchCache.size >= 20_000) matchCache.clear();
  matchCache.set(key, result);
  return result;
}

// Results depend only on the two strings (a template's segment set is fixed by its service).
const matchCache = new Map<string, boolean>();

function mayMatchUncached(policyArn: string, template: string, segments: ReadonlySet<string>): boolean {
  const p = arnFields(variablesAsStars(policyArn));
  const t = arnFields(template);
  if (!p || !t) return true;
  const service = t[2] ?? '';
  if (!service.includes('${') && !globMatches(p[2] ?? '', service, true)) return false;
  return intersects(globTokens(p[5] ?? ''), templateTokens(t[5] ?? '', segments));
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The candidates closest to `word` (case-insensitive), best first, within a distance that scales with length. */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(lower.length / 3));
  const scored: Array<[string, number]> = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    const d = editDistance(lower, c.toLowerCase(), limit);
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, max).map(([c]) => c);
}
