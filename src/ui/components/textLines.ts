// Text laid out as lines before it reaches Ink, so a screen knows exactly how many rows its
// content takes and can scroll or page it instead of letting it overflow the frame.

export interface SpanStyle {
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export interface Span extends SpanStyle {
  text: string;
}

/** One terminal row. */
export type Line = Span[];

/** Columns a string takes. Counts code points: the tutor's text is Latin plus a few one-column symbols. */
export function textWidth(text: string): number {
  return [...text].length;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, span) => sum + textWidth(span.text), 0);
}

export function span(text: string, style: SpanStyle = {}): Span {
  return { text, ...style };
}

export function line(text: string, style: SpanStyle = {}): Line {
  return [span(text, style)];
}

export const blank = (): Line => [];

/**
 * Word-wraps one paragraph to `width` columns; whitespace runs collapse to one space and a word
 * longer than a row (a URL, say) is cut across rows rather than overflowing.
 */
export function wrapWords(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const rows: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current.length === 0 ? word : `${current} ${word}`;
    if (textWidth(candidate) <= room) {
      current = candidate;
      continue;
    }
    if (current.length > 0) rows.push(current);
    let rest = [...word];
    while (rest.length > room) {
      const cut = breakPoint(rest, room);
      rows.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    current = rest.join('');
  }
  if (current.length > 0 || rows.length === 0) rows.push(current);
  return rows;
}

/** Where to cut a word longer than a row: after the last / in reach, else - _ . ? & =, else at the edge. */
function breakPoint(chars: readonly string[], room: number): number {
  for (const marks of ['/', '-_.?&=']) {
    for (let i = room - 1; i >= Math.floor(room / 3); i--) {
      if (marks.includes(chars[i]!)) return i + 1;
    }
  }
  return room;
}

export interface BlockOptions {
  /** Spans before the first row (a mark, a letter); later rows are indented by their width. */
  prefix?: Span[];
  /** Extra indent for every row, before the prefix. */
  indent?: number;
  style?: SpanStyle;
}

/** Wraps text (paragraphs split on newlines) into rows of at most `width` columns. */
export function wrapBlock(text: string, width: number, options: BlockOptions = {}): Line[] {
  const prefix = options.prefix ?? [];
  const lead = ' '.repeat(options.indent ?? 0);
  const prefixWidth = lineWidth(prefix);
  const hanging = ' '.repeat(prefixWidth);
  const room = Math.max(8, width - lead.length - prefixWidth);
  const paragraphs = text.split(/\n+/).filter((p) => p.trim().length > 0);
  const rows = (paragraphs.length > 0 ? paragraphs : ['']).flatMap((p) => wrapWords(p, room));
  return rows.map((row, i) => {
    const head: Span[] = i === 0 ? prefix : [span(hanging)];
    const out: Line = [];
    if (lead.length > 0) out.push(span(lead));
    out.push(...head, span(row, options.style));
    return out;
  });
}

/** "name......  value" rows for small tables; the name is cut with … when it would not fit. */
export function fitText(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
