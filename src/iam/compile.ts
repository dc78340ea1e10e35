// Precompiles a parsed policy into matchers once, cached per policy object, so evaluating the same
// policy many times costs string comparisons and regex tests, not pattern parsing.

import { parsePolicyValue, positionFor } from './parse.js';
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

const compiledPolicies = new WeakMap<object, CompiledPolicy>();

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
    if (hit) return hit;
  }
  const result = build(value);
  if (cacheable) compiledPolicies.set(value, result);
  return result;
}
