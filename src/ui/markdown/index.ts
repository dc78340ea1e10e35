// Markdown to terminal lines: marked's lexer for the syntax, our own layout for the terminal.
// Pure (no Ink): the reader pages through the result by counting lines.
import { Lexer } from 'marked';
import { renderBlocks } from './blocks.js';
import { type LinkCollector, inlineRuns } from './inline.js';
import type { ActionLink, RenderedMarkdown, Segment, StyledLine, Style } from './types.js';
import { wrapRuns } from '../text/index.js';

export type { ActionLink, ColorRole, InternalLinkKind, RenderedMarkdown, Segment, Style, StyledLine } from './types.js';
export { parseInternalHref } from './links.js';
export { FOCUSED_LINK_MARK, markFocusedLink } from './focus.js';

export interface RenderOptions {
  /** Columns available; every line fits in it (diagrams are cut with … rather than wrapped). */
  width: number;
  /**
   * Runs each paragraph, list item and table cell's styled text through this before wrapping it
   * (the lesson reader marks glossary terms); headings and code are left alone.
   */
  beforeWrap?: (runs: Segment[]) => Segment[];
}

export function renderMarkdown(source: string, options: RenderOptions): RenderedMarkdown {
  const width = Math.max(10, Math.floor(options.width));
  const collector: LinkCollector = { links: [], ...(options.beforeWrap ? { beforeWrap: options.beforeWrap } : {}) };
  const tokens = new Lexer({ gfm: true }).lex(source);
  const lines = renderBlocks(tokens, width, collector);
  return { lines, links: locateLinks(lines, collector) };
}

export interface InlineOptions {
  width: number;
  firstPrefix?: StyledLine;
  restPrefix?: StyledLine;
  /** Applied under the Markdown's own styles (e.g. muted for an explanation). */
  style?: Style;
}

/**
 * One paragraph of inline Markdown (`code`, **bold**, links) wrapped with prefixes: for text that
 * sits inside other layouts, such as a question stem or an option in a check block.
 */
export function renderInline(source: string, options: InlineOptions): RenderedMarkdown {
  const collector: LinkCollector = { links: [] };
  const runs: Segment[] = inlineRuns(
    new Lexer({ gfm: true }).inlineTokens(source.replace(/\s*\n\s*/g, ' ')),
    options.style ?? {},
    collector,
  );
  const lines = wrapRuns(runs, {
    width: Math.max(1, Math.floor(options.width)),
    firstPrefix: options.firstPrefix,
    restPrefix: options.restPrefix,
  });
  return { lines, links: locateLinks(lines, collector) };
}

/** Each link's line is where its first segment landed after wrapping. */
function locateLinks(lines: StyledLine[], collector: LinkCollector): ActionLink[] {
  const found = new Map<number, number>();
  lines.forEach((line, n) => {
    for (const segment of line) {
      if (segment.link !== undefined && !found.has(segment.link)) found.set(segment.link, n);
    }
  });
  return collector.links.map((link, index) => ({ ...link, line: found.get(index) ?? 0 }));
}
