// The one word wrap of the UI: greedy, over styled runs. A "word" is everything between two
// spaces, even when it changes style in the middle (`**IAM**,` is one word), so a line never
// breaks between a word and its punctuation. Words wider than the whole line are cut, except
// web addresses: a URL is never split across lines (a copied or clicked half-URL is a broken
// link, and the UX review found AWS doc links hard-wrapped mid-word). A URL wider than the line
// goes on a line of its own with its middle cut out: the host, …, and the page name, which is what
// a reader needs to recognise or search for the page (…/UserGuide/id_roles_use_switch-role-ec2.html).
// Its segment carries the full address in `href`, so a terminal that supports OSC 8 hyperlinks
// still opens the whole page on click (see hyperlink.ts).
import type { Segment, StyledLine } from './types.js';
import { mergeSegments, splitSegmentsByWidth, textWidth, truncateMiddle } from './width.js';

/** Put in a run's text to force a line break (Markdown's trailing backslash or two spaces). */
export const HARD_BREAK = '\u2028';

export interface WrapOptions {
  width: number;
  /** Drawn before the first line (a list marker, a quote gutter). */
  firstPrefix?: StyledLine;
  /** Drawn before every later line; defaults to the first prefix. */
  restPrefix?: StyledLine;
}

type Piece =
  | { kind: 'word'; segments: Segment[]; width: number }
  | { kind: 'space'; segment: Segment }
  | { kind: 'break' };

const PART = /(\u2028)|([ \t\n\r]+)|([^ \t\n\r\u2028]+)/g;

function toPieces(runs: readonly Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let word: { kind: 'word'; segments: Segment[]; width: number } | undefined;
  for (const run of runs) {
    for (const match of run.text.matchAll(PART)) {
      if (match[1] !== undefined) {
        word = undefined;
        pieces.push({ kind: 'break' });
      } else if (match[2] !== undefined) {
        word = undefined;
        if (pieces[pieces.length - 1]?.kind !== 'space') pieces.push({ kind: 'space', segment: { ...run, text: ' ' } });
      } else {
        const part = match[3]!;
        if (word === undefined) {
          word = { kind: 'word', segments: [], width: 0 };
          pieces.push(word);
        }
        word.segments.push(part === run.text ? run : { ...run, text: part });
        word.width += textWidth(part);
      }
    }
  }
  return pieces;
}

export function wrapRuns(runs: readonly Segment[], options: WrapOptions): StyledLine[] {
  const firstPrefix = options.firstPrefix ?? [];
  const restPrefix = options.restPrefix ?? firstPrefix;
  const prefixWidth = (prefix: StyledLine) => prefix.reduce((sum, s) => sum + textWidth(s.text), 0);
  const roomFirst = Math.max(1, options.width - prefixWidth(firstPrefix));
  const roomRest = Math.max(1, options.width - prefixWidth(restPrefix));

  const lines: StyledLine[] = [];
  let current: Segment[] = [];
  let used = 0;
  let pendingSpace: Segment | undefined;
  const room = () => (lines.length === 0 ? roomFirst : roomRest);
  const endLine = () => {
    const prefix = lines.length === 0 ? firstPrefix : restPrefix;
    lines.push(mergeSegments([...prefix, ...current]));
    current = [];
    used = 0;
    pendingSpace = undefined;
  };

  for (const piece of toPieces(runs).map(linked)) {
    if (piece.kind === 'break') {
      endLine();
    } else if (piece.kind === 'space') {
      if (used > 0) pendingSpace = piece.segment;
    } else {
      const gap = pendingSpace !== undefined ? 1 : 0;
      if (used + gap + piece.width <= room()) {
        if (pendingSpace !== undefined) current.push(pendingSpace);
        current.push(...piece.segments);
        used += gap + piece.width;
        pendingSpace = undefined;
        continue;
      }
      if (used > 0) endLine();
      if (piece.width <= room()) {
        current.push(...piece.segments);
        used = piece.width;
        continue;
      }
      const url = webAddress(piece.segments);
      if (url !== undefined) {
        // A URL alone on its line, its middle cut with … rather than split (the address rides in href).
        const text = piece.segments.map((segment) => segment.text).join('');
        const host = text.indexOf('/', text.indexOf('//') + 2) + 1;
        const shown = truncateMiddle(text, room(), Math.min(host, Math.floor(room() / 2)));
        current.push({ ...piece.segments[0], text: shown, href: url });
        used = textWidth(shown);
        pendingSpace = undefined;
        continue;
      }
      // Wider than a whole line (an ARN, a long identifier): cut it, filling each line.
      const rows = splitSegmentsByWidth(piece.segments, roomRest, room());
      rows.forEach((row, i) => {
        current.push(...row);
        used = row.reduce((sum, s) => sum + textWidth(s.text), 0);
        if (i < rows.length - 1) endLine();
      });
      pendingSpace = undefined;
    }
  }
  if (used > 0 || lines.length === 0) endLine();
  return lines;
}

/** A word holding a web address carries it in `href` on every segment, so the whole word is one link. */
function linked(piece: Piece): Piece {
  if (piece.kind !== 'word' || piece.segments.some((segment) => segment.href !== undefined)) return piece;
  const url = webAddress(piece.segments);
  if (url === undefined || !/^https?:\/\//i.test(url)) return piece;
  return { ...piece, segments: piece.segments.map((segment) => ({ ...segment, href: url })) };
}

const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'()]+/i;

/** The web address inside a word (`(https://docs.aws…)` yields the part inside the brackets). */
export function webAddress(segments: readonly Segment[]): string | undefined {
  const text = segments.map((segment) => segment.text).join('');
  return WEB_ADDRESS.exec(text)?.[0];
}

/** Word-wraps plain text to rows of at most `width` columns; whitespace runs collapse to one space. */
export function wrapWords(text: string, width: number): string[] {
  return wrapRuns([{ text: text.replace(/\u2028/g, ' ') }], { width }).map((line) =>
    line.map((segment) => segment.text).join(''),
  );
}
