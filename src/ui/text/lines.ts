// Plain-text rows for screens that build their lines by hand (quiz, help, sandbox log): a thin
// builder over the kit's one width and one wrap, so a screen knows exactly how many rows its
// content takes and can scroll or page it instead of letting it overflow the frame.
import { lineWidth } from './width.js';
import { wrapRuns } from './wrap.js';
import type { ThemeColor } from '../theme.js';
import type { ColorRole, Segment } from './types.js';

/**
 * Style of a span: a colour role, bold, dim. `ThemeColor` is accepted only for SandboxPlay, which
 * another change is rewriting; new code passes roles (src/ui/theme.ts maps them to colours).
 */
export type SpanStyle = Omit<Segment, 'text' | 'color'> & { color?: ColorRole | ThemeColor };

export type Span = SpanStyle & { text: string };

/** One terminal row. */
export type Line = Span[];

export function span(text: string, style: SpanStyle = {}): Span {
  return { text, ...style };
}

export function line(text: string, style: SpanStyle = {}): Line {
  return [span(text, style)];
}

export const blank = (): Line => [];

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
  // wrapRuns rather than wrapWords: a web address keeps its `href` (a terminal hyperlink).
  const rows = (paragraphs.length > 0 ? paragraphs : ['']).flatMap((p) =>
    wrapRuns([{ text: p.replace(/\u2028/g, ' ') }], { width: room }),
  );
  return rows.map((row, i) => {
    const head: Span[] = i === 0 ? prefix : [span(hanging)];
    const out: Line = [];
    if (lead.length > 0) out.push(span(lead));
    out.push(...head);
    if (row.length === 0) out.push(span('', options.style));
    for (const segment of row) out.push({ ...segment, ...options.style, text: segment.text });
    return out;
  });
}
