// The one display-width function of the UI (test/unit/boundaries.test.ts keeps it the only one).
// Display width, not string length: CJK and most emoji take two columns, combining marks none.
// string-width is what Ink itself measures with, so our wrapping agrees with its layout.
import stringWidth from 'string-width';
import type { Segment, StyledLine } from './types.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Words repeat a lot (box drawing in tables and diagrams, ▸, •), and string-width's Unicode
// checks cost microseconds each; remember the answers, within reason.
const widthCache = new Map<string, number>();
const CACHE_LIMIT = 5000;

export function textWidth(text: string): number {
  // Most lesson text is plain ASCII; skip the Unicode tables for it.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = widthCache.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (widthCache.size >= CACHE_LIMIT) widthCache.clear();
    widthCache.set(text, width);
  }
  return width;
}

export function lineWidth(line: readonly { text: string }[]): number {
  let width = 0;
  for (const segment of line) width += textWidth(segment.text);
  return width;
}

export function plainText(line: readonly { text: string }[]): string {
  return line.map((segment) => segment.text).join('');
}

/** Grapheme clusters, so an accent or emoji sequence is never cut in half. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function clusters(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return Array.from(text);
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/**
 * Cuts a styled run into rows of at most `width` columns (the first row may have only `first`
 * columns left). Used for words longer than a line and for code lines.
 */
export function splitSegmentsByWidth(segments: readonly Segment[], width: number, first = width): Segment[][] {
  const rows: Segment[][] = [[]];
  let room = Math.max(1, first);
  for (const segment of segments) {
    let piece = '';
    const flush = () => {
      if (piece !== '') rows[rows.length - 1]!.push({ ...segment, text: piece });
      piece = '';
    };
    for (const cluster of clusters(segment.text)) {
      const w = textWidth(cluster);
      if (w > room && (piece !== '' || rows[rows.length - 1]!.length > 0)) {
        flush();
        rows.push([]);
        room = Math.max(1, width);
      }
      piece += cluster;
      room -= w;
    }
    flush();
  }
  return rows;
}

/** Shortens a line to `width` columns, ending it with … when something was cut. */
export function truncateLine(line: StyledLine, width: number): StyledLine {
  if (lineWidth(line) <= width) return line;
  if (width <= 0) return [];
  const [head] = splitSegmentsByWidth(line, width - 1);
  const kept = head ?? [];
  const last = kept[kept.length - 1];
  return [...kept, { ...(last ?? {}), text: '…' }];
}

/** Shortens plain text to `width` columns, ending it with … when something was cut. */
export function truncateText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let room = width - 1;
  for (const cluster of clusters(text)) {
    const w = textWidth(cluster);
    if (w > room) break;
    out += cluster;
    room -= w;
  }
  return `${out}…`;
}

/**
 * Shortens plain text to `width` columns by cutting out its middle: `head` columns from the start,
 * …, then as much of the end as fits. For web addresses, whose host and page name say the most.
 */
export function truncateMiddle(text: string, width: number, head: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return truncateText(text, width);
  const parts = clusters(text);
  let start = '';
  let room = Math.min(Math.max(0, head), width - 1);
  let i = 0;
  for (; i < parts.length && textWidth(parts[i]!) <= room; i++) {
    start += parts[i];
    room -= textWidth(parts[i]!);
  }
  let end = '';
  room = width - 1 - textWidth(start);
  for (let j = parts.length - 1; j >= i && textWidth(parts[j]!) <= room; j--) {
    end = parts[j] + end;
    room -= textWidth(parts[j]!);
  }
  return `${start}…${end}`;
}

/** Exactly `width` columns: cut with … when too long, padded with spaces when short (table cells). */
export function fitText(text: string, width: number): string {
  if (width <= 0) return '';
  const cut = truncateText(text, width);
  return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}

/** Joins neighbouring segments with the same style, so Ink draws fewer <Text> nodes. */
export function mergeSegments(line: StyledLine): StyledLine {
  const merged: Segment[] = [];
  let owned = false; // whether the last merged segment is our own copy, safe to extend in place
  for (const segment of line) {
    if (segment.text === '') continue;
    const previous = merged[merged.length - 1];
    if (previous !== undefined && sameStyle(previous, segment)) {
      if (owned) previous.text += segment.text;
      else merged[merged.length - 1] = { ...previous, text: previous.text + segment.text };
      owned = true;
    } else {
      merged.push(segment);
      owned = false;
    }
  }
  return merged;
}

function sameStyle(a: Segment, b: Segment): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.color === b.color &&
    a.dim === b.dim &&
    a.underline === b.underline &&
    a.inverse === b.inverse &&
    a.link === b.link &&
    a.href === b.href
  );
}

/** The part of a line between two code point offsets of its plain text, styles kept. */
export function sliceLine(line: StyledLine, start: number, end: number): StyledLine {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of line) {
    const chars = Array.from(segment.text);
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, chars.length);
    if (from < to) out.push({ ...segment, text: chars.slice(from, to).join('') });
    offset += chars.length;
  }
  return out;
}
