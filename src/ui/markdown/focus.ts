// The focused internal link, drawn so it shows without colour. Inverse video is an attribute
// chalk drops along with colour under NO_COLOR, so the link's ▸ marker gives way to brackets:
// "See ▸ the beta lesson." becomes "See [the beta lesson]." The ▸ and its no-break space are two
// columns, the brackets are two, so a link on one line keeps its width and the layout holds.
import { INTERNAL_LINK_MARK } from './links.js';
import type { StyledLine } from './types.js';
import { lineWidth } from '../text/index.js';

/** The mark a focused link gets when its closing bracket would not fit (a link wrapped onto a full line). */
export const FOCUSED_LINK_MARK = '▶\u00a0';

/**
 * Returns `lines` with link `index` bracketed (or, when the closing bracket would push its last
 * line past `width`, marked ▶ instead of ▸). Lines without the link are returned as they were.
 */
export function markFocusedLink(lines: readonly StyledLine[], index: number | undefined, width: number): StyledLine[] {
  if (index === undefined) return lines as StyledLine[];
  let first: { row: number; at: number } | undefined;
  let last: { row: number; at: number } | undefined;
  lines.forEach((line, row) => {
    line.forEach((segment, at) => {
      if (segment.link !== index) return;
      first ??= { row, at };
      last = { row, at };
    });
  });
  if (first === undefined || last === undefined) return lines as StyledLine[];
  const opening = lines[first.row]![first.at]!;
  if (!opening.text.startsWith(INTERNAL_LINK_MARK)) return lines as StyledLine[];
  const out = [...lines];
  const rest = opening.text.slice(INTERNAL_LINK_MARK.length);
  const sameRow = first.row === last.row;
  // A screen reader hears which link is focused in words; the brackets are for the eye.
  const spoken = `(focused) link: ${rest}`;
  if (!sameRow && lineWidth(lines[last.row]!) + 1 > width) {
    out[first.row] = replaceAt(lines[first.row]!, first.at, { ...opening, text: FOCUSED_LINK_MARK + rest, spoken });
    return out;
  }
  out[first.row] = replaceAt(lines[first.row]!, first.at, { ...opening, text: `[${rest}`, spoken });
  const closingRow = out[last.row]!;
  const closing = closingRow[last.at]!;
  out[last.row] = [
    ...closingRow.slice(0, last.at + 1),
    { ...closing, text: ']', spoken: '' },
    ...closingRow.slice(last.at + 1),
  ];
  return out.map((line) => line.filter((segment) => segment.text !== ''));
}

function replaceAt(line: StyledLine, at: number, segment: StyledLine[number]): StyledLine {
  return [...line.slice(0, at), segment, ...line.slice(at + 1)];
}
