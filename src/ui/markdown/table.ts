// Tables: columns sized to their content and shrunk toward their longest word when the width is
// short, cells wrapped inside their column. When even the longest words do not fit side by side,
// each row is stacked as "Header: value" lines instead, which reads well at any width.
import type { Tokens } from 'marked';
import { type LinkCollector, inlineRuns, proseRuns } from './inline.js';
import type { Segment, StyledLine } from './types.js';
import { lineWidth, textWidth } from '../text/index.js';
import { wrapRuns } from '../text/index.js';
import { plural } from '../../plural.js';

const SEPARATOR = ' │ ';
const CROSS = '─┼─';
const UNLIMITED = 100_000;
const MAX_AVERAGE_ROW_HEIGHT = 3;

type Align = 'center' | 'left' | 'right' | null;

export function renderTable(table: Tokens.Table, width: number, collector: LinkCollector): StyledLine[] {
  const header = table.header.map((cell) => inlineRuns(cell.tokens, { bold: true }, collector));
  // Body cells in reading order, row by row; the header's labels are left as they are.
  const rows = table.rows.map((row) => row.map((cell) => proseRuns(inlineRuns(cell.tokens, {}, collector), collector)));
  const columns = header.length;
  if (columns === 0) return [];
  const all = [header, ...rows];
  const natural = Array.from({ length: columns }, (_, c) => Math.max(1, ...all.map((row) => naturalWidth(row[c]))));
  const minimum = Array.from({ length: columns }, (_, c) => Math.max(1, ...all.map((row) => longestWord(row[c]))));
  const gaps = SEPARATOR.length * (columns - 1);

  if (sum(minimum) + gaps > width) return stacked(header, rows, width);
  const widths = fitWidths(natural, minimum, width - gaps);
  const align = table.align;
  const bodyRows = rows.map((row) => cellLines(row, widths));
  const heights = bodyRows.map((cells) => Math.max(1, ...cells.map((lines) => lines.length)));
  // Columns squeezed so hard that rows average more than three lines read worse than a stack.
  if (rows.length > 0 && sum(heights) / rows.length > MAX_AVERAGE_ROW_HEIGHT) return stacked(header, rows, width);
  const anyTall = heights.some((height) => height > 1);
  const rule: StyledLine = [{ text: widths.map((w) => '─'.repeat(w)).join(CROSS), color: 'muted' }];

  const labels = header.map(cellWords);
  const out: StyledLine[] = [
    ...spokenAs(joinRow(cellLines(header, widths), widths, align), tableIntro(labels, rows.length)),
    rule,
  ];
  bodyRows.forEach((lines, r) => {
    // A rule between rows only when cells wrap; otherwise the rows are easy to tell apart.
    if (anyTall && r > 0) out.push(rule);
    out.push(...spokenAs(joinRow(lines, widths, align), rowSentence(labels, rows[r]!)));
  });
  return out;
}

// Side by side, a row is columns a screen reader would read straight across, cells of different
// columns run together (and a wrapped cell's second line after the other columns' first). So each
// drawn row carries a sentence in `spoken`: the table's columns once, then "Header: value" per
// cell, as the stacked layout below draws it. The drawing itself is unchanged.

/** A cell's words, as a screen reader would hear them. */
function cellWords(runs: Segment[] | undefined): string {
  return (runs ?? [])
    .map((run) => run.spoken ?? run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function tableIntro(labels: string[], rows: number): string {
  return `Table of ${plural(rows, 'row')}, columns: ${labels.join(', ')}.`;
}

function rowSentence(labels: string[], row: Segment[][]): string {
  return `${labels
    .map((label, c) => `${label}: ${cellWords(row[c]) || 'empty'}`)
    .join('; ')
    .replace(/\.$/, '')}.`;
}

/** The lines of one drawn row, heard as `words` on its first line and as nothing after. */
function spokenAs(lines: StyledLine[], words: string): StyledLine[] {
  return lines.map((line, i) => line.map((segment, s) => ({ ...segment, spoken: i === 0 && s === 0 ? words : '' })));
}

function naturalWidth(runs: Segment[] | undefined): number {
  return Math.max(0, ...wrapRuns(runs ?? [], { width: UNLIMITED }).map(lineWidth));
}

function longestWord(runs: Segment[] | undefined): number {
  const text = (runs ?? []).map((run) => run.text).join('');
  return Math.max(0, ...text.split(/\s+/).map(textWidth));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Natural widths when they fit. Otherwise narrow columns that fit in a fair share of the room keep
 * their natural width (a "Kind" column should not wrap to make room for prose), and the rest
 * share what is left in proportion to how much they want beyond their longest word.
 */
function fitWidths(natural: number[], minimum: number[], room: number): number[] {
  if (sum(natural) <= room) return natural;
  const widths = [...minimum];
  let open = natural.map((_, c) => c);
  let left = room;
  for (;;) {
    const share = left / open.length;
    const small = open.filter((c) => natural[c]! <= share);
    if (small.length === 0 || small.length === open.length) break;
    for (const c of small) {
      widths[c] = natural[c]!;
      left -= natural[c]!;
    }
    open = open.filter((c) => !small.includes(c));
  }
  if (left < sum(open.map((c) => minimum[c]!)))
    return proportional(
      natural,
      minimum,
      room,
      natural.map((_, c) => c),
    );
  const shared = proportional(natural, minimum, left, open);
  for (const c of open) widths[c] = shared[c]!;
  return widths;
}

/** Minimum widths for `columns`, plus the spare room split by how much more each one wants. */
function proportional(natural: number[], minimum: number[], room: number, columns: number[]): number[] {
  const widths = [...minimum];
  const spare = room - sum(columns.map((c) => minimum[c]!));
  const totalWant = sum(columns.map((c) => natural[c]! - minimum[c]!));
  const shares = new Map(
    columns.map((c) => [c, totalWant === 0 ? 0 : (spare * (natural[c]! - minimum[c]!)) / totalWant]),
  );
  for (const c of columns) widths[c] = minimum[c]! + Math.floor(shares.get(c)!);
  // Hand out the columns lost to rounding, largest remainder first.
  let left = room - sum(columns.map((c) => widths[c]!));
  const order = [...columns].sort((a, b) => (shares.get(b)! % 1) - (shares.get(a)! % 1));
  for (const c of order) {
    if (left <= 0) break;
    if (widths[c]! < natural[c]!) {
      widths[c]! += 1;
      left -= 1;
    }
  }
  return widths;
}

function cellLines(row: Segment[][], widths: number[]): StyledLine[][] {
  return widths.map((w, c) => wrapRuns(row[c] ?? [], { width: w }));
}

function joinRow(cells: StyledLine[][], widths: number[], align: Align[]): StyledLine[] {
  const height = Math.max(1, ...cells.map((lines) => lines.length));
  const out: StyledLine[] = [];
  for (let i = 0; i < height; i += 1) {
    const line: Segment[] = [];
    widths.forEach((w, c) => {
      if (c > 0) line.push({ text: SEPARATOR, color: 'muted' });
      line.push(...pad(cells[c]?.[i] ?? [], w, align[c] ?? null, c === widths.length - 1));
    });
    out.push(line);
  }
  return out;
}

function pad(line: StyledLine, width: number, align: Align, last: boolean): StyledLine {
  const room = Math.max(0, width - lineWidth(line));
  const before = align === 'right' ? room : align === 'center' ? Math.floor(room / 2) : 0;
  // The last column needs no trailing spaces; they would only make the line wider than its text.
  const after = last ? 0 : room - before;
  const out: Segment[] = [];
  if (before > 0) out.push({ text: ' '.repeat(before) });
  out.push(...line);
  if (after > 0) out.push({ text: ' '.repeat(after) });
  return out;
}

function stacked(header: Segment[][], rows: Segment[][][], width: number): StyledLine[] {
  const out: StyledLine[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push([]);
    header.forEach((head, c) => {
      const label = `${head
        .map((run) => run.text)
        .join('')
        .trim()}: `;
      const indent = c === 0 ? '' : '  ';
      const lines = wrapRuns(row[c] ?? [], {
        width,
        firstPrefix: [{ text: indent }, { text: label, bold: true }],
        restPrefix: [{ text: `${indent}  ` }],
      });
      out.push(...lines);
    });
  });
  return out;
}
