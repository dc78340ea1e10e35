// Turns policy JSON (text or an already-parsed value) into a typed Policy, or into errors worded
// like IAM's MalformedPolicyDocument messages with the line and column of the offending value.

import { splitOperator } from './condition-operators.js';
import { escapePointerToken, parseJsonWithPositions } from './json-with-positions.js';
import type {
  ConditionClause,
  Effect,
  ParseResult,
  Policy,
  PolicyError,
  PrincipalSpec,
  SourceMap,
  SourcePosition,
  Statement,
} from './types.js';

export const MALFORMED = 'MalformedPolicyDocument';

const TOP_LEVEL_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
export const KNOWN_VERSIONS = new Set(['2012-10-17', '2008-10-17']);

/** Finds the position of a pointer, or of its nearest ancestor that has one. */
export function positionFor(path: string, values: SourceMap, keys?: SourceMap): SourcePosition {
  let p = path;
  while (true) {
    const hit = values.get(p) ?? keys?.get(p);
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

class Reader {
  readonly errors: PolicyError[] = [];

  constructor(
    private readonly values: SourceMap,
    private readonly keys: SourceMap,
  ) {}

  error(path: string, message: string, hint?: string, atKey = false): void {
    const at = atKey ? positionFor(path, this.keys, this.values) : positionFor(path, this.values);
    const err: PolicyError = { code: MALFORMED, message, line: at.line, column: at.column, path };
    if (hint) err.hint = hint;
    this.errors.push(err);
  }

  /** Reads a "string or list of strings" element such as Action or Resource. */
  stringList(value: unknown, path: string, element: string): string[] | undefined {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) {
      const out: string[] = [];
      value.forEach((item, i) => {
        if (typeof item === 'string') out.push(item);
        else this.error(`${path}/${i}`, `Syntax errors in policy: every ${element} entry must be a string.`);
      });
      return out;
    }
    this.error(path, `Syntax errors in policy: ${element} must be a string or a list of strings.`);
    return undefined;
  }

  principal(value: unknown, path: string, element: string): PrincipalSpec | undefined {
    if (value === '*') return { kind: 'any' };
    if (typeof value === 'string') {
      this.error(
        path,
        `Invalid principal in policy: ${JSON.stringify(value)}`,
        `${element} must be "*" or an object such as {"AWS": "${value}"} or {"Service": "ec2.amazonaws.com"}.`,
      );
      return undefined;
    }
    if (!isPlainObject(value)) {
      this.error(path, `Invalid principal in policy: ${element} must be "*" or an object.`);
      return undefined;
    }
    const spec: Extract<PrincipalSpec, { kind: 'map' }> = { kind: 'map' };
    for (const [type, raw] of Object.entries(value)) {
      const childPath = `${path}/${escapePointerToken(type)}`;
      if (!PRINCIPAL_TYPES.has(type)) {
        this.error(
          childPath,
          `Invalid principal in policy: unknown principal type ${JSON.stringify(type)}`,
          'Use AWS, Service, Federated or CanonicalUser.',
          true,
        );
        continue;
      }
      const list = this.stringList(raw, childPath, `${element} ${type}`);
      if (list) spec[type as 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'] = list;
    }
    return spec;
  }

  condition(value: unknown, path: string): ConditionClause[] | undefined {
    if (!isPlainObject(value)) {
      this.error(path, 'Syntax errors in policy: Condition must be an object of operators.');
      return undefined;
    }
    const clauses: ConditionClause[] = [];
    for (const [operator, block] of Object.entries(value)) {
      const opPath = `${path}/${escapePointerToken(operator)}`;
      const parts = splitOperator(operator);
      if (!parts) {
        this.error(
          opPath,
          `Invalid Condition type : ${operator}`,
          'Check the spelling against the IAM condition operators.',
          true,
        );
        continue;
      }
      if (!isPlainObject(block)) {
        this.error(opPath, `Syntax errors in policy: ${operator} must map condition keys to values.`);
        continue;
      }
      for (const [key, raw] of Object.entries(block)) {
        const keyPath = `${opPath}/${escapePointerToken(key)}`;
        const values = this.conditionValues(raw, keyPath);
        if (!values) continue;
        const clause: ConditionClause = {
          operator,
          base: parts.base,
          ifExists: parts.ifExists,
          key,
          values,
          path: keyPath,
        };
        if (parts.qualifier) clause.qualifier = parts.qualifier;
        clauses.push(clause);
      }
    }
    return clauses;
  }

  private conditionValues(raw: unknown, path: string): string[] | undefined {
    const scalar = (v: unknown): string | undefined =>
      typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
    const one = scalar(raw);
    if (one !== undefined) return [one];
    if (Array.isArray(raw)) {
      const out: string[] = [];
      raw.forEach((item, i) => {
        const s = scalar(item);
        if (s === undefined)
          this.error(`${path}/${i}`, 'Syntax errors in policy: condition values must be strings, numbers or booleans.');
        else out.push(s);
      });
      return out;
    }
    this.error(path, 'Syntax errors in policy: condition values must be strings, numbers or booleans.');
    return undefined;
  }

  statement(value: unknown, path: string, index: number): Statement | undefined {
    if (!isPlainObject(value)) {
      this.error(path, 'Syntax errors in policy: each Statement must be an object.');
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!STATEMENT_KEYS.has(key)) {
        this.error(
          `${path}/${escapePointerToken(key)}`,
          `Syntax errors in policy: unknown element ${JSON.stringify(key)} in Statement.`,
          suggestElement(key),
          true,
        );
      }
    }
    const v = value as Record<string, unknown>;
    const effect = v.Effect;
    let parsedEffect: Effect | undefined;
    if (effect === undefined)
      this.error(
        path,
        'Syntax errors in policy: the statement has no Effect.',
        'Add "Effect": "Allow" or "Effect": "Deny".',
      );
    else if (effect === 'Allow' || effect === 'Deny') parsedEffect = effect;
    else
      this.error(
        `${path}/Effect`,
        `Syntax errors in policy: Effect must be "Allow" or "Deny", not ${JSON.stringify(effect)}.`,
        'Effect is case-sensitive.',
      );

    const pairs: Array<[string, string]> = [
      ['Principal', 'NotPrincipal'],
      ['Action', 'NotAction'],
      ['Resource', 'NotResource'],
    ];
    for (const [a, b] of pairs) {
      if (a in v && b in v)
        this.error(
          `${path}/${b}`,
          `Syntax errors in policy: a statement cannot have both ${a} and ${b}.`,
          undefined,
          true,
        );
    }

    const statement: Statement = { index, effect: parsedEffect ?? 'Deny', path };
    if ('Sid' in v) {
      if (typeof v.Sid === 'string') statement.sid = v.Sid;
      else this.error(`${path}/Sid`, 'Syntax errors in policy: Sid must be a string.');
    }
    if ('Principal' in v) {
      const p = this.principal(v.Principal, `${path}/Principal`, 'Principal');
      if (p) statement.principal = p;
    }
    if ('NotPrincipal' in v) {
      const p = this.principal(v.NotPrincipal, `${path}/NotPrincipal`, 'NotPrincipal');
      if (p) statement.notPrincipal = p;
    }
    for (const element of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
      if (!(element in v)) continue;
      const list = this.stringList(v[element], `${path}/${element}`, element);
      if (!list) continue;
      if (element === 'Action') statement.action = list;
      else if (element === 'NotAction') statement.notAction = list;
      else if (element === 'Resource') statement.resource = list;
      else statement.notResource = list;
    }
    if ('Condition' in v) {
      const c = this.condition(v.Condition, `${path}/Condition`);
      if (c) statement.condition = c;
    }
    return parsedEffect ? statement : undefined;
  }

  policy(value: unknown): Policy | undefined {
    if (!isPlainObject(value)) {
      this.error('', 'Syntax errors in policy: the document must be a JSON object.');
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!TOP_LEVEL_KEYS.has(key)) {
        this.error(
          `/${escapePointerToken(key)}`,
          `Syntax errors in policy: unknown element ${JSON.stringify(key)} at the top level.`,
          suggestElement(key) ?? 'A policy document has only Version, Id and Statement at the top.',
          true,
        );
      }
    }
    const v = value as Record<string, unknown>;
    const policy: Policy = { statements: [], sourceMap: this.values };
    if ('Version' in v) {
      if (typeof v.Version !== 'string' || !KNOWN_VERSIONS.has(v.Version)) {
        this.error(
          '/Version',
          'The policy failed legacy parsing',
          'Version must be "2012-10-17" (or the old "2008-10-17"); it is a fixed date, not today\'s date.',
        );
      } else policy.version = v.Version;
    }
    if ('Id' in v) {
      if (typeof v.Id === 'string') policy.id = v.Id;
      else this.error('/Id', 'Syntax errors in policy: Id must be a string.');
    }
    if (!('Statement' in v)) {
      this.error('', 'Syntax errors in policy: the document has no Statement.');
      return undefined;
    }
    const raw = v.Statement;
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0) this.error('/Statement', 'Syntax errors in policy: Statement is an empty list.');
    list.forEach((item, i) => {
      const path = Array.isArray(raw) ? `/Statement/${i}` : '/Statement';
      const s = this.statement(item, path, i);
      if (s) policy.statements.push(s);
    });
    return policy;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Common slips ("Actions", "effect") get a pointer to the right element name.
function suggestElement(key: string): string | undefined {
  const lower = key.toLowerCase().replace(/s$/, '');
  for (const known of [...STATEMENT_KEYS, ...TOP_LEVEL_KEYS]) {
    if (known.toLowerCase() === lower || known.toLowerCase() === key.toLowerCase())
      return `Did you mean "${known}"? Element names are case-sensitive.`;
  }
  return undefined;
}

/**
 * Parsed policies are deeply frozen: nothing can edit one in place, so the compile cache can trust
 * a parsed policy it has seen without comparing it again (compile.ts). Change a policy by parsing
 * the edited document.
 */
const frozenPolicies = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || value instanceof Map) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** True for a policy this module parsed (and froze). */
export function isFrozenParsedPolicy(value: object): boolean {
  return frozenPolicies.has(value);
}

function finish(reader: Reader, policy: Policy | undefined, values: SourceMap): ParseResult {
  if (reader.errors.length > 0 || !policy) {
    return {
      ok: false,
      errors:
        reader.errors.length > 0
          ? reader.errors
          : [{ code: MALFORMED, message: 'Syntax errors in policy.', line: 1, column: 1 }],
    };
  }
  deepFreeze(policy);
  frozenPolicies.add(policy);
  return { ok: true, policy, sourceMap: values };
}

/** Parses policy JSON text. Errors carry the 1-based line and column of the offending value. */
export function parsePolicy(text: string): ParseResult {
  if (typeof text !== 'string')
    return {
      ok: false,
      errors: [{ code: MALFORMED, message: 'Syntax errors in policy: no text.', line: 1, column: 1 }],
    };
  const json = parseJsonWithPositions(text);
  if (!json.ok) {
    return {
      ok: false,
      errors: [
        {
          code: MALFORMED,
          message: `Syntax errors in policy: ${json.error.message}.`,
          line: json.error.line,
          column: json.error.column,
        },
      ],
    };
  }
  const reader = new Reader(json.json.values, json.json.keys);
  const policy = reader.policy(json.json.value);
  if (policy && json.json.duplicates.length > 0) policy.duplicateKeys = json.json.duplicates;
  return finish(reader, policy, json.json.values);
}

const EMPTY_MAP: SourceMap = new Map();

/** Parses an already-parsed JSON value (policies the sandbox builds as objects). Positions are 1:1. */
export function parsePolicyValue(value: unknown): ParseResult {
  const reader = new Reader(EMPTY_MAP, EMPTY_MAP);
  try {
    return finish(reader, reader.policy(value), EMPTY_MAP);
  } catch {
    // Exotic inputs (getters that throw, proxies) are not policies; say so instead of throwing.
    return {
      ok: false,
      errors: [
        { code: MALFORMED, message: 'Syntax errors in policy: the value is not a JSON document.', line: 1, column: 1 },
      ],
    };
  }
}
