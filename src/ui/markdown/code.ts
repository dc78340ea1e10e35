// Fenced code. Every line that is too wide is continued on the next row behind a dim ↪, so no
// text is ever lost; known languages keep their syntax colour across the break. Diagrams are the
// one exception: they are drawn exactly as written, because a wrapped picture is worse than a
// cut one, so their wide lines end in … instead (authors keep them within 56 columns).
import { highlightCode } from './highlight/index.js';
import type { Segment, StyledLine } from './types.js';
import { lineWidth, plainText, sliceLine, textWidth, truncateLine } from '../text/index.js';

const INDENT = '  ';
export const CONTINUATION = '↪ ';
const CONTINUATION_SEGMENT: Segment = { text: CONTINUATION, color: 'muted', dim: true };

/** Languages drawn verbatim and never wrapped. */
const VERBATIM = new Set(['diagram']);

export function renderCode(language: string, code: string, width: number): StyledLine[] {
  const text = code.replace(/\t/g, '    ');
  const verbatim = VERBATIM.has(language.toLowerCase());
  const highlighted = verbatim ? undefined : highlightCode(language, text);
  const source: StyledLine[] = highlighted ?? text.split('\n').map((line) => (line === '' ? [] : [{ text: line }]));
  const widest = Math.max(0, ...source.map(lineWidth));
  // Indent when it fits, so code stands apart from prose even without colour.
  const indent = widest + INDENT.length <= width ? INDENT : '';
  const room = Math.max(1, width - indent.length);
  const lead: Segment[] = indent === '' ? [] : [{ text: indent }];
  const out: StyledLine[] = [];
  for (const line of source) {
    if (lineWidth(line) <= room) {
      out.push(line.length === 0 ? [] : [...lead, ...line]);
    } else if (verbatim) {
      out.push([...lead, ...truncateLine(line, room)]);
    } else {
      out.push(...wrapCodeLine(line, room).map((row) => [...lead, ...row]));
    }
  }
  return out.map((line) => line.filter((segment) => segment.text !== ''));
}

/**
 * Cuts a too-wide code line into rows of at most `room` columns. A continuation row starts at
 * the line's own indentation (up to half the room) with a dim ↪, so nested JSON stays readable.
 * Rows break after a space when one sits in the back half of the row (so `(the maximum)` moves
 * down whole) and at the column limit otherwise (long URLs, ARNs, keys).
 */
function wrapCodeLine(line: StyledLine, room: number): StyledLine[] {
  const chars = Array.from(plainText(line));
  const leading = chars.findIndex((char) => char !== ' ');
  const hang = Math.min(Math.max(0, leading), Math.floor(room / 2));
  const continued: Segment[] = [...(hang > 0 ? [{ text: ' '.repeat(hang) }] : []), CONTINUATION_SEGMENT];
  const restRoom = Math.max(1, room - hang - textWidth(CONTINUATION));
  const rows: StyledLine[] = [];
  let start = 0;
  while (start < chars.length) {
    const first = rows.length === 0;
    const limit = first ? room : restRoom;
    let end = start;
    let used = 0;
    while (end < chars.length && used + textWidth(chars[end]!) <= limit) {
      used += textWidth(chars[end]!);
      end += 1;
    }
    if (end === start) end = start + 1;
    if (end < chars.length) {
      const space = chars.lastIndexOf(' ', end - 1);
      if (space >= start + Math.floor(limit / 2)) end = space + 1;
    }
    // A continuation never starts with the spaces it breaks on.
    let from = start;
    if (!first) while (from < end - 1 && chars[from] === ' ') from += 1;
    const piece = sliceLine(line, from, end);
    rows.push(first ? piece : [...continued, ...piece]);
    start = end;
  }
  return rows;
}
