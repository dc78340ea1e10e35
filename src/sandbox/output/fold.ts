// An answer as the AWS CLI prints it (`--output json`: JSON indented by 4 spaces; text such as
// `cat` as it is), folded to fit a pane: a line too wide breaks, preferably after / : , or a space,
// and goes on under the start of its value, so a long ARN or policy condition stays readable and
// nothing is cut. Every line is safe to print (control characters shown as pictures).

import { cleanText } from '../../untrusted/text.js';

/** One printed row; `continued` marks the rows a too-wide line was folded into, after its first. */
export interface FoldedRow {
  text: string;
  continued: boolean;
}

/** Narrower panes than this still fold as if they had this many columns. */
const MIN_WIDTH = 24;
/** A continuation starts under the value only if that leaves at least this much room. */
const MIN_ROOM = 16;

function length(text: string): number {
  return [...text].length;
}

/** The answer's text before folding: JSON as the AWS CLI prints it (indent 4, or 2 when narrow), or the text itself. */
export function answerText(output: unknown, indent: 2 | 4 = 4): string {
  if (typeof output === 'string') return output;
  return JSON.stringify(output, null, indent) ?? '';
}

/** A fold never leaves fewer than this many characters on the last row (no lone `",`). */
const MIN_TAIL = 3;

/**
 * Where a row of room `room` should break: after a space or / in its last 40%, else after : or ,
 * there, else at `room`; never so that only a stub is left for the next row.
 */
function breakAt(chars: string[], room: number): number {
  if (chars.length <= room) return chars.length;
  const limit = Math.min(room, chars.length - MIN_TAIL);
  const floor = Math.floor(room * 0.6);
  for (const separators of [' /', ':,']) {
    for (let i = limit; i > floor; i--) if (separators.includes(chars[i - 1]!)) return i;
  }
  return Math.max(1, limit);
}

/** Where the value of `    "Key": value` starts (or the first non-space), inside its opening quote. */
function hangColumn(line: string): number {
  const keyed = line.match(/^(\s*"(?:[^"\\]|\\.)*":\s)/);
  const start = keyed ? length(keyed[1]!) : length(line.match(/^\s*/)![0]);
  return [...line][start] === '"' ? start + 1 : start;
}

function foldLine(line: string, width: number): FoldedRow[] {
  const chars = [...line];
  if (chars.length <= width) return [{ text: line, continued: false }];
  const indent = length(line.match(/^\s*/)![0]);
  let hang = hangColumn(line);
  if (width - hang < MIN_ROOM) hang = Math.min(indent + 2, width - MIN_ROOM);
  hang = Math.max(0, hang);
  const rows: FoldedRow[] = [];
  let rest = chars;
  let room = width;
  let prefix = '';
  while (rest.length > 0) {
    const cut = breakAt(rest, room);
    rows.push({ text: prefix + rest.slice(0, cut).join(''), continued: rows.length > 0 });
    rest = rest.slice(cut);
    prefix = ' '.repeat(hang);
    room = width - hang;
  }
  return rows;
}

/** The answer folded to `width` columns, with which rows continue the one before. */
export function foldAnswerRows(output: unknown, width: number): FoldedRow[] {
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  // The CLI's own indent when every line fits; a narrow pane keeps more room with 2.
  const wide = answerText(output, 4);
  const fits = wide.split('\n').every((line) => length(line) <= w);
  const text = (fits ? wide : answerText(output, 2)).replace(/\r\n/g, '\n').replace(/\t/g, '    ');
  return text
    .split('\n')
    .map((line) => cleanText(line))
    .flatMap((line) => foldLine(line, w));
}

/** The answer folded to `width` columns: every row at most `width` characters wide. */
export function foldAnswer(output: unknown, width: number): string[] {
  return foldAnswerRows(output, width).map((row) => row.text);
}
