// Turn zod issues into content problems: one short sentence per issue, at the line of the field
// the issue is about. zod's default wording ("Invalid input: expected string, received
// undefined") is replaced by wording an author can act on.
import type { z } from 'zod';
import type { ContentProblem } from './types.js';
import type { YamlSource } from './yaml-source.js';

export interface IssueContext {
  /** Leading path segments already implied by the line, e.g. ['questions', 3] in a bank. */
  prefixLength?: number;
  /** Added to "unknown field" messages, e.g. why check blocks reject `scope`. */
  unknownFieldHint?: string;
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  context: IssueContext = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    const label = pathLabel(path.slice(context.prefixLength ?? 0));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = context.unknownFieldHint ? ` (${context.unknownFieldHint})` : '';
        problems.push(problem(source, [...path, key], `unknown field "${joinLabel(label, key)}"${hint}`));
      }
      continue;
    }
    problems.push(problem(source, path, describeIssue(issue, label, valueAt(source.data, path))));
  }
  return problems;
}

function problem(source: YamlSource, path: readonly PropertyKey[], message: string): ContentProblem {
  return { file: source.file, line: source.lineOf(path), message, severity: 'error' };
}

function describeIssue(issue: z.core.$ZodIssue, label: string, value: unknown): string {
  const field = (text: string) => (label === '' ? text : `${label}: ${text}`);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return label === '' ? 'the file is empty' : `missing required field "${label}"`;
      if (value === null) return field('has no value');
      const expected = issue.expected === 'int' ? 'a whole number' : article(issue.expected);
      const hint = issue.expected === 'string' && typeof value === 'number' ? `; quote it: "${value}"` : '';
      return field(`must be ${expected} (found ${describeValue(value)})${hint}`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return field(`must be one of ${allowed} (found ${describeValue(value)})`);
    }
    default:
      return field(issue.message);
  }
}

/** ['options', 2, 'why'] -> 'options[2].why' */
export function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (label, key) => (typeof key === 'number' ? `${label}[${key}]` : joinLabel(label, String(key))),
    '',
  );
}

function joinLabel(label: string, key: string): string {
  return label === '' ? key : `${label}.${key}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return String(value);
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
  };
  return names[expected] ?? expected;
}
