// Marked's inline tokens (text, strong, em, codespan, link ...) to styled runs for wrapRuns.
import type { Token, Tokens } from 'marked';
import { INTERNAL_LINK_MARK, isWebHref, parseInternalHref } from './links.js';
import type { ActionLink, Segment, Style } from './types.js';
import { HARD_BREAK } from '../text/index.js';

/** Collects internal links in reading order while blocks are rendered. */
export interface LinkCollector {
  links: Omit<ActionLink, 'line'>[];
  /** Applied to each paragraph's (and table cell's) runs before they are wrapped; see RenderOptions. */
  beforeWrap?: (runs: Segment[]) => Segment[];
}

/** A paragraph's runs as the renderer's caller wants them wrapped (unchanged without a beforeWrap). */
export function proseRuns(runs: Segment[], collector: LinkCollector): Segment[] {
  return collector.beforeWrap?.(runs) ?? runs;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: '\u00a0',
};

/** Marked leaves character references in text; decode the few an author would type. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? _);
}

export function inlineRuns(tokens: readonly Token[] | undefined, style: Style, collector: LinkCollector): Segment[] {
  const runs: Segment[] = [];
  for (const token of tokens ?? []) appendToken(token, style, collector, runs);
  return runs;
}

function appendToken(token: Token, style: Style, collector: LinkCollector, runs: Segment[]): void {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      // Text inside a tight list item carries its own inline tokens.
      if (text.tokens && text.tokens.length > 0) runs.push(...inlineRuns(text.tokens, style, collector));
      else runs.push({ ...style, text: decodeEntities(text.text) });
      return;
    }
    case 'escape':
      runs.push({ ...style, text: (token as Tokens.Escape).text });
      return;
    case 'strong':
      runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }, collector));
      return;
    case 'em':
      runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }, collector));
      return;
    case 'del':
      runs.push(...inlineRuns((token as Tokens.Del).tokens, { ...style, dim: true }, collector));
      return;
    case 'codespan':
      runs.push({ ...style, color: style.color === 'link' ? 'link' : 'code', text: (token as Tokens.Codespan).text });
      return;
    case 'br':
      runs.push({ ...style, text: HARD_BREAK });
      return;
    case 'link':
      appendLink(token as Tokens.Link, style, collector, runs);
      return;
    case 'image': {
      const image = token as Tokens.Image;
      runs.push({ ...style, dim: true, text: `[image: ${image.text || image.href}]` });
      return;
    }
    default:
      // Inline HTML and anything newer than this renderer: show what the author wrote.
      runs.push({ ...style, text: 'text' in token && typeof token.text === 'string' ? token.text : token.raw });
  }
}

function appendLink(link: Tokens.Link, style: Style, collector: LinkCollector, runs: Segment[]): void {
  const internal = parseInternalHref(link.href);
  if (internal) {
    const index = collector.links.length;
    collector.links.push({ ...internal, text: link.text });
    const linkStyle: Style = { ...style, color: 'link', underline: true, link: index };
    runs.push({ ...linkStyle, underline: false, text: INTERNAL_LINK_MARK });
    runs.push(...inlineRuns(link.tokens, linkStyle, collector));
    return;
  }
  const textRuns = inlineRuns(link.tokens, { ...style, color: 'link', underline: true }, collector);
  runs.push(...textRuns);
  const shownText = textRuns.map((run) => run.text).join('');
  if (isWebHref(link.href) && shownText !== link.href) {
    runs.push({ ...style, dim: true, color: 'muted', text: ` (${link.href})` });
  }
}
