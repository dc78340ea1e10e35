// The `iam-tutor explain` command as pure functions: read a policy, work out its kind, validate,
// lint and read each statement aloud; then format that for a terminal.

import { describeStatement } from './describe.js';
import { guessPolicyKind } from './kind.js';
import { lintPolicy } from './lint.js';
import { parsePolicy, positionFor } from './parse.js';
import { decodePolicyBytes, notJsonHint } from './policy-text.js';
import { policySizeFindings } from './quotas.js';
import type { Effect, LintWarning, Policy, PolicyError, PolicyKind } from './types.js';
import { validatePolicy } from './validate.js';

export interface ExplainedStatement {
  index: number;
  sid?: string;
  effect: Effect;
  english: string;
  line?: number;
  column?: number;
}

export interface ExplainResult {
  /** Null when the input is not a readable policy and no --as was given: there is nothing to judge. */
  kind: PolicyKind | null;
  kindSource: 'guessed' | 'forced' | 'unknown';
  /** Syntax errors or rule violations IAM would reject the policy for. */
  errors: PolicyError[];
  warnings: LintWarning[];
  statements: ExplainedStatement[];
  /** Present when the text parsed. */
  policy?: Policy;
}

export interface ExplainOptions {
  as?: PolicyKind;
  /** The policy's own account, for the cross-account lint. */
  account?: string;
}

const KIND_NAMES: Record<PolicyKind, string> = {
  identity: 'identity-based policy',
  trust: 'role trust policy',
  resource: 'resource-based policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
};

function unreadable(errors: PolicyError[], opts: ExplainOptions): ExplainResult {
  return {
    kind: opts.as ?? null,
    kindSource: opts.as ? 'forced' : 'unknown',
    errors,
    warnings: [],
    statements: [],
  };
}

/**
 * Explains a policy given as text, or as the bytes of a file (then decoded as UTF-8, and any other
 * encoding is named rather than repaired).
 */
export function explainPolicy(input: string | Uint8Array, opts: ExplainOptions = {}): ExplainResult {
  try {
    let text: string;
    if (typeof input === 'string') text = input;
    else {
      const decoded = decodePolicyBytes(input);
      if (!decoded.ok)
        return unreadable(
          [{ code: 'InvalidEncoding', message: decoded.message, hint: decoded.hint, line: 1, column: 1 }],
          opts,
        );
      text = decoded.text;
    }
    const parsed = parsePolicy(text);
    if (!parsed.ok) {
      const hint = notJsonHint(text);
      const errors = hint
        ? parsed.errors.map((e, i) => (i === 0 ? { ...e, hint: e.hint ? `${hint} ${e.hint}` : hint } : e))
        : parsed.errors;
      return unreadable(errors, opts);
    }
    const policy = parsed.policy;
    const kind = opts.as ?? guessPolicyKind(policy);
    const lintOptions = opts.account !== undefined ? { account: opts.account } : {};
    const statements = policy.statements.map((s): ExplainedStatement => {
      const at = positionFor(s.path, policy.sourceMap);
      const out: ExplainedStatement = {
        index: s.index,
        effect: s.effect,
        english: describeStatement(s, kind),
        line: at.line,
        column: at.column,
      };
      if (s.sid !== undefined) out.sid = s.sid;
      return out;
    });
    const size = policySizeFindings(text, kind);
    return {
      kind,
      kindSource: opts.as ? 'forced' : 'guessed',
      errors: [...validatePolicy(policy, kind), ...size.errors],
      warnings: [...lintPolicy(policy, kind, lintOptions), ...size.warnings],
      statements,
      policy,
    };
  } catch (e) {
    // explain must answer for any input; an internal failure is reported as an error at 1:1.
    return {
      kind: opts.as ?? null,
      kindSource: opts.as ? 'forced' : 'unknown',
      errors: [
        {
          code: 'InternalError',
          message: `Could not read the policy (${e instanceof Error ? e.message : String(e)}).`,
          line: 1,
          column: 1,
        },
      ],
      warnings: [],
      statements: [],
    };
  }
}

/** The result as JSON for `explain --json`; the parsed policy is left out (it repeats the input). */
export function explainToJson(result: ExplainResult): string {
  const { policy: _policy, ...rest } = result;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

export function explainExitCode(result: ExplainResult): 0 | 1 {
  return result.errors.length > 0 ? 1 : 0;
}

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
};

/** Terminal text for an explain result; the same content with or without colour. */
export function formatExplain(result: ExplainResult, opts: { color: boolean }): string {
  const paint = (code: keyof typeof ANSI, s: string): string => (opts.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  if (result.kind === null) {
    lines.push(paint('bold', 'This could not be read as a policy, so what kind of policy it is cannot be told.'));
  } else {
    const kindWord = result.kindSource === 'forced' ? 'read as' : 'looks like';
    const kindName = KIND_NAMES[result.kind];
    const article = /^[aeiou]/i.test(kindName) ? 'an' : 'a';
    lines.push(paint('bold', `This ${kindWord} ${article} ${kindName}.`));
  }

  if (result.errors.length > 0) {
    lines.push('', paint('red', `Errors (${result.errors.length}) - IAM would reject this policy:`));
    for (const e of result.errors) {
      lines.push(`  ${paint('red', 'x')} ${e.line}:${e.column}  ${e.code}: ${e.message}`);
      if (e.hint) lines.push(`      ${paint('dim', e.hint)}`);
    }
  }
  if (result.warnings.length > 0) {
    lines.push('', paint('yellow', `Warnings (${result.warnings.length}):`));
    for (const w of result.warnings) {
      const at = w.line !== undefined ? `${w.line}:${w.column}  ` : '';
      lines.push(`  ${paint('yellow', '!')} ${at}${w.message} [${w.id}]`);
      lines.push(`      Why: ${w.why}`);
      lines.push(`      Fix: ${w.fix}`);
    }
  }
  if (result.statements.length > 0) {
    lines.push('', paint('bold', 'Statements:'));
    for (const s of result.statements) {
      const name = s.sid ? `"${s.sid}"` : `#${s.index + 1}`;
      const at = s.line !== undefined ? ` (line ${s.line})` : '';
      lines.push(`  ${s.effect === 'Allow' ? paint('green', name) : paint('red', name)}${at}: ${s.english}`);
    }
  }
  if (result.errors.length === 0 && result.warnings.length === 0)
    lines.push('', paint('green', 'No errors or warnings.'));
  return `${lines.join('\n')}\n`;
}
