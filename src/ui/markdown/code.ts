// Fenced code. Known languages are coloured and, if a line is too wide, continued on the next
// row behind a ↪ so nothing is lost. Diagrams and plain text are drawn exactly as written: a
// wrapped diagram is worse than a cut one, so wide lines end in … instead.
import { highlightCode } from './highlight/index.js';
import type { StyledLine } from './types.js';
import { lineWidth, plainText, sliceLine, textWidth, truncateLine } from './width.js';

const INDENT = '  ';
const CONTINUATION = '↪ ';

export function renderCode(language: string, code: string, width: number): StyledLine[] {
  const text = code.replace(/\t/g, '    ');
  const highlighted = highlightCode(language, text);
  const source: StyledLine[] = highlighted ?? text.split('\n').map((line) => (line === '' ? [] : [{ text: line }]));
  const widest = Math.max(0, ...source.map(lineWidth));
  // Indent when it fits, so code stands apart from prose even without colour.
  const indent = widest + INDENT.length <= width ? INDENT : '';
  const room = Math.max(1, width - indent.length);
  const out: StyledLine[] = [];
  for (const line of source) {
    if (lineWidth(line) <= room) {
      out.push(line.length === 0 ? [] : [{ text: indent }, ...line]);
    } else if (highlighted === undefined) {
      out.push([{ text: indent }, ...truncateLine(line, room)]);
    } else {
      const rows = wrapCodeLine(line, room, room - textWidth(CONTINUATION));
      rows.forEach((row, i) => {
        out.push(i === 0 ? [{ text: indent }, ...row] : [{ text: indent }, { text: CONTINUATION, color: 'muted' }, ...row]);
      });
    }
  }
  return out.map((line) => line.filter((segment) => segment.text !== ''));
}

/**
 * Cuts a too-wide code line into rows, after a space when one sits in the back half of the row
 * (so `(the maximum)` moves down whole) and at the column limit otherwise (long URLs, keys).
 */
function wrapCodeLine(line: StyledLine, firstRoom: number, restRoom: number): StyledLine[] {
  const chars = Array.from(plainText(line));
  const rows: StyledLine[] = [];
  let start = 0;
  while (start < chars.length) {
    const room = Math.max(1, rows.length === 0 ? firstRoom : restRoom);
    let end = start;
    let used = 0;
    while (end < chars.length && used + textWidth(chars[end]!) <= room) {
      used += textWidth(chars[end]!);
      end += 1;
    }
    if (end === start) end = start + 1;
    if (end < chars.length) {
      const space = chars.lastIndexOf(' ', end - 1);
      if (space >= start + Math.floor(room / 2)) end = space + 1;
    }
    rows.push(sliceLine(line, start, end));
    start = end;
  }
  return rows;
}
