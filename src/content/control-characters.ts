// Terminal control characters in content are errors (`validate` names file:line), and the text
// that is loaded anyway has them shown as visible pictures (`␛]52;…`), never raw: a pack's
// question stem must not be able to set the attendee's clipboard or window title.
// Two ways in: characters written literally in the file (found by line and column in the raw
// text), and characters written as YAML escapes ("\e", "\x1b", "\u009b") that exist only after
// parsing (found by walking the parsed value, reported at the line of the field).
import { cleanText, findControlCharacters } from '../untrusted/text.js';
import type { ContentProblem } from './types.js';

/** One file with thousands of escapes needs a handful of lines to be understood, not thousands. */
const MAX_REPORTED = 5;

/** The file's text with control characters shown visibly, and one error per character (capped). */
export function cleanFileText(file: string, text: string): { text: string; problems: ContentProblem[] } {
  const hits = findControlCharacters(text, { multiline: true });
  if (hits.length === 0) return { text, problems: [] };
  const problems: ContentProblem[] = hits.slice(0, MAX_REPORTED).map((hit) => ({
    file,
    line: hit.line,
    message: `control character ${hit.shown} at column ${hit.column}: terminal control codes are not allowed in content`,
    severity: 'error',
  }));
  if (hits.length > MAX_REPORTED) {
    const last = hits[hits.length - 1]!;
    problems.push({
      file,
      line: last.line,
      message: `${hits.length - MAX_REPORTED} more control characters in this file (the last one here)`,
      severity: 'error',
    });
  }
  return { text: cleanText(text, { multiline: true }), problems };
}

/** Nesting deeper than this is refused: no content format needs more than a few levels. */
export const MAX_YAML_DEPTH = 64;

export type ValueProblem =
  | { kind: 'control'; path: PropertyKey[]; shown: string }
  | { kind: 'depth'; path: PropertyKey[] };

/**
 * Cleans every string (and mapping key) of a parsed YAML value in place and lists where control
 * characters were. Iterative, so a hostile depth cannot overflow the stack; stops at MAX_YAML_DEPTH.
 */
export function cleanParsedValue(root: unknown): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  const check = (text: string, path: PropertyKey[]): string => {
    const hits = findControlCharacters(text, { multiline: true });
    if (hits.length === 0) return text;
    if (problems.length < MAX_REPORTED) problems.push({ kind: 'control', path, shown: hits[0]!.shown });
    return cleanText(text, { multiline: true });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_YAML_DEPTH) {
      problems.push({ kind: 'depth', path });
      return problems;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') value[i] = check(item, [...path, i]);
        else stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      let item = record[key];
      const cleanKey = check(key, [...path, key]);
      if (cleanKey !== key) {
        delete record[key];
        record[cleanKey] = item;
      }
      if (typeof item === 'string') {
        item = check(item, [...path, key]);
        record[cleanKey] = item;
      } else {
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return problems;
}
