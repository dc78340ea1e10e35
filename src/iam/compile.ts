// Precompiles a parsed policy into matchers once, cached per policy object, so evaluating the same
// policy many times costs string comparisons and regex tests, not pattern parsing.

import { isFrozenParsedPolicy, parsePolicyValue, positionFor } from './parse.js';
import type { ConditionClause, Policy, PrincipalSpec, SourcePosition, Statement, TraceEntry } from './types.js';
import { hasVariables } from './variables.js';
import { type Matcher, compileWildcard, hasWildcard } from './wildcard.js';

export interface PatternList {
  /** The element as written, for traces. */
  patterns: string[];
  /** True when some pattern is '*'. */
  all: boolean;
  /** Lower-cased exact action names (no wildcards) -> pattern as written. */
  exact: Map<string, string>;
  /** Wildcard patterns (or, for resources, all patterns without variables). */
  wild: Array<{ pattern: string; match: Matcher }>;
  /** Resource patterns with policy variables, compiled per request. */
  withVariables: string[];
  /** The patterns formatted for traces, computed once. */
  shown: string;
  /** Action lookups already answered: lower-cased action -> matching pattern, or null for none. */
  memo: Map<string, string | null>;
}

export interface CompiledStatement {
  statement: Statement;
  /** e.g. 'Allow statement "ReadLogs"', for traces. */
  label: string;
  actions?: PatternList;
  actionsNegated: boolean;
  resources?: PatternList;
  resourcesNegated: boolean;
  principal?: PrincipalSpec;
  principalNegated: boolean;
  conditions: ConditionClause[];
  position?: SourcePosition;
  /**
   * The trace entry of the last request whose action this statement does not cover. A statement
   * answers the same way for the same action, so the frozen entry is reused.
   */
  actionMiss?: { action: string; layer: string; policyIndex: number; entry: Readonly<TraceEntry> };
}

export interface CompiledPolicy {
  statements: CompiledStatement[];
  /** Policy variables only exist in the 2012-10-17 language. */
  variablesEnabled: boolean;
  /** Set when the value given was not a usable policy. */
  unreadable?: string;
}

/**
 * Compiled policies by policy object, with a copy of the data they were compiled from. A caller may
 * edit a policy object in place (the sandbox's editor, a test changing Effect to Deny), and the
 * object must then not keep its old compiled form (review 2026-12-iam), so a hit counts only when
 * the object still equals the copy. Parsed policies are deeply frozen by the parser and skip the
 * comparison: comparing a 20-statement policy cost about as much as evaluating it (measured on the
 * shared bench host), so only documents and hand-built policies, which can change, pay for it.
 */
const compiledPolicies = new WeakMap<object, { copy: unknown; compiled: CompiledPolicy }>();

/** Marks a cache entry for a parsed (deeply frozen) policy, which cannot have changed. */
const FROZEN = Symbol('frozen');

/** Keys of a parsed Policy that hold positions, not meaning. */
const POSITION_KEYS = new Set(['sourceMap', 'duplicateKeys']);

/** A copy of plain data: objects keep their key list so a comparison never enumerates the copy. */
type DataCopy = unknown | DataCopy[] | { keys: string[]; values: DataCopy[]; object: true };

function copyData(value: unknown, depth = 0): DataCopy {
  if (typeof value !== 'object' || value === null || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => copyData(v, depth + 1));
  const keys = Object.keys(value).filter((key) => !POSITION_KEYS.has(key));
  return {
    keys,
    values: keys.map((key) => copyData((value as Record<string, unknown>)[key], depth + 1)),
    object: true,
  };
}

function sameData(value: unknown, copy: DataCopy, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return value === copy;
  if (typeof copy !== 'object' || copy === null) return false;
  if (depth > 64) return true;
  if (Array.isArray(value)) {
    if (!Array.isArray(copy) || copy.length !== value.length) return false;
    for (let i = 0; i < value.length; i++) if (!sameData(value[i], copy[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(copy)) return false;
  const c = copy as { keys: string[]; values: DataCopy[] };
  const v = value as Record<string, unknown>;
  const own = Object.keys(v);
  // Position keys are left out of the copy; a parsed Policy carries them, a JSON document does not.
  let extra = 0;
  for (let i = 0; i < own.length; i++) if (POSITION_KEYS.has(own[i]!)) extra++;
  if (own.length - extra !== c.keys.length) return false;
  for (let i = 0; i < c.keys.length; i++) {
    const key = c.keys[i]!;
    if (!Object.hasOwn(v, key) || !sameData(v[key], c.values[i], depth + 1)) return false;
  }
  return true;
}

function showList(patterns: string[]): string {
  const shown = patterns.slice(0, 6).map((p) => JSON.stringify(p));
  return `[${shown.join(', ')}${patterns.length > 6 ? `, ... ${patterns.length - 6} more` : ''}]`;
}

function compileActions(patterns: string[]): PatternList {
  const list: PatternList = {
    patterns,
    all: false,
    exact: new Map(),
    wild: [],
    withVariables: [],
    shown: showList(patterns),
    memo: new Map(),
  };
  for (const p of patterns) {
    if (p === '*') list.all = true;
    else if (hasWildcard(p)) list.wild.push({ pattern: p, match: compileWildcard(p, true) });
    else list.exact.set(p.toLowerCase(), p);
  }
  return list;
}

function compileResources(patterns: string[], variablesEnabled: boolean): PatternList {
  const list: PatternList = {
    patterns,
    all: false,
    exact: new Map(),
    wild: [],
    withVariables: [],
    shown: showList(patterns),
    memo: new Map(),
  };
  for (const p of patterns) {
    if (p === '*') list.all = true;
    else if (variablesEnabled && hasVariables(p)) list.withVariables.push(p);
    else list.wild.push({ pattern: p, match: compileWildcard(p, false) });
  }
  return list;
}

// Policies built in code bypass the parser, so their fields are checked again here rather than trusted.
function asList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isClause(c: unknown): c is ConditionClause {
  if (typeof c !== 'object' || c === null) return false;
  const clause = c as ConditionClause;
  return typeof clause.base === 'string' && typeof clause.key === 'string' && Array.isArray(clause.values);
}

function compileStatement(statement: Statement, policy: Policy, variablesEnabled: boolean): CompiledStatement {
  const compiled: CompiledStatement = {
    statement,
    label: statement.sid
      ? `${statement.effect} statement "${statement.sid}"`
      : `${statement.effect} statement #${statement.index + 1}`,
    actionsNegated: statement.notAction !== undefined,
    resourcesNegated: statement.notResource !== undefined,
    principalNegated: statement.notPrincipal !== undefined,
    conditions: Array.isArray(statement.condition) ? statement.condition.filter(isClause) : [],
  };
  const actions = asList(statement.action ?? statement.notAction);
  if (actions) compiled.actions = compileActions(actions);
  const resources = asList(statement.resource ?? statement.notResource);
  if (resources) compiled.resources = compileResources(resources, variablesEnabled);
  const principal = statement.principal ?? statement.notPrincipal;
  if (principal) compiled.principal = principal;
  if (policy.sourceMap && policy.sourceMap.size > 0) compiled.position = positionFor(statement.path, policy.sourceMap);
  return compiled;
}

function looksParsed(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && Array.isArray((value as Policy).statements);
}

function build(value: unknown): CompiledPolicy {
  let policy: Policy;
  if (looksParsed(value)) policy = value;
  else {
    const parsed = parsePolicyValue(value);
    if (!parsed.ok)
      return { statements: [], variablesEnabled: false, unreadable: parsed.errors[0]?.message ?? 'not a policy' };
    policy = parsed.policy;
  }
  const variablesEnabled = policy.version === '2012-10-17';
  const statements = policy.statements.filter(
    (s): s is Statement => typeof s === 'object' && s !== null && (s.effect === 'Allow' || s.effect === 'Deny'),
  );
  return { statements: statements.map((s) => compileStatement(s, policy, variablesEnabled)), variablesEnabled };
}

/**
 * Compiles a policy (cached). Accepts anything: a value that is not a parsed Policy is parsed as a
 * policy document, and if that fails it compiles to no statements, marked unreadable.
 */
export function compilePolicy(value: unknown): CompiledPolicy {
  const cacheable = typeof value === 'object' && value !== null;
  if (cacheable) {
    const hit = compiledPolicies.get(value);
    if (hit && (hit.copy === FROZEN || sameData(value, hit.copy))) return hit.compiled;
  }
  const result = build(value);
  if (cacheable)
    compiledPolicies.set(value, { copy: isFrozenParsedPolicy(value) ? FROZEN : copyData(value), compiled: result });
  return result;
}
