// Block-level Markdown to lines. Containers (lists, quotes) render their children at a smaller
// width and then add a prefix to every line, so nesting composes without special cases.
import type { Token, Tokens } from 'marked';
import { renderCode } from './code.js';
import { type LinkCollector, inlineRuns, proseRuns } from './inline.js';
import { renderTable } from './table.js';
import type { Segment, StyledLine } from './types.js';
import { lineWidth, textWidth } from '../text/index.js';
import { wrapRuns } from '../text/index.js';

const BULLETS = ['•', '◦'];

export function renderBlocks(
  tokens: readonly Token[],
  width: number,
  collector: LinkCollector,
  depth = 0,
): StyledLine[] {
  const out: StyledLine[] = [];
  for (const token of tokens) {
    const lines = renderBlock(token, width, collector, depth);
    if (lines.length === 0) continue;
    // Exactly one blank line between blocks, however many the author typed.
    if (out.length > 0) out.push([]);
    out.push(...lines);
  }
  return out;
}

function renderBlock(token: Token, width: number, collector: LinkCollector, depth: number): StyledLine[] {
  switch (token.type) {
    case 'space':
    case 'def':
      return [];
    case 'heading':
      return renderHeading(token as Tokens.Heading, width, collector);
    case 'paragraph':
      return wrapRuns(proseRuns(inlineRuns((token as Tokens.Paragraph).tokens, {}, collector), collector), { width });
    case 'text': {
      const text = token as Tokens.Text;
      const runs = text.tokens ? inlineRuns(text.tokens, {}, collector) : [{ text: text.text }];
      return wrapRuns(proseRuns(runs, collector), { width });
    }
    case 'list':
      return renderList(token as Tokens.List, width, collector, depth);
    case 'blockquote':
      return prefixLines(renderBlocks((token as Tokens.Blockquote).tokens, width - 2, collector, depth), [
        { text: '│ ', color: 'muted' },
      ]);
    case 'code': {
      const code = token as Tokens.Code;
      return renderCode(code.lang ?? '', code.text, width);
    }
    case 'table':
      return renderTable(token as Tokens.Table, width, collector);
    case 'hr':
      return [[{ text: '─'.repeat(Math.max(1, width)), color: 'muted' }]];
    case 'html':
      return wrapRuns([{ text: (token as Tokens.HTML).text.trim() }], { width });
    default:
      return token.raw.trim() === '' ? [] : wrapRuns([{ text: token.raw.trim() }], { width });
  }
}

/**
 * Headings are bold and coloured, and also underlined with a rule of ═ (level 1-2) or ─ (3+)
 * so they stand out in monochrome, where chalk drops bold and colour alike.
 */
export function renderHeading(
  heading: Pick<Tokens.Heading, 'depth' | 'tokens'>,
  width: number,
  collector: LinkCollector,
): StyledLine[] {
  const style = { bold: true, color: 'heading' as const };
  const lines = wrapRuns(inlineRuns(heading.tokens, style, collector), { width });
  const ruleWidth = Math.min(width, Math.max(1, ...lines.map(lineWidth)));
  const rule = heading.depth <= 2 ? '═' : '─';
  return [...lines, [{ text: rule.repeat(ruleWidth), color: 'heading' }]];
}

function renderList(list: Tokens.List, width: number, collector: LinkCollector, depth: number): StyledLine[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  const markers = list.items.map((_, i) =>
    list.ordered ? `${start + i}.` : BULLETS[Math.min(depth, BULLETS.length - 1)]!,
  );
  const markerWidth = Math.max(...markers.map(textWidth)) + 1;
  const out: StyledLine[] = [];
  list.items.forEach((item, i) => {
    if (i > 0 && list.loose) out.push([]);
    const body = renderItem(item, width - markerWidth, collector, depth + 1);
    const marker = markers[i]!;
    // Numbers right-aligned so "9." and "10." line up; bullets need no padding.
    const padded = list.ordered ? marker.padStart(markerWidth - 1) : marker;
    const first: Segment[] = [{ text: `${padded} `, color: 'accent' }];
    const rest: Segment[] = [{ text: ' '.repeat(markerWidth) }];
    body.forEach((line, n) => {
      out.push(line.length === 0 && n > 0 ? [] : [...(n === 0 ? first : rest), ...line]);
    });
  });
  return out;
}

function renderItem(item: Tokens.ListItem, width: number, collector: LinkCollector, depth: number): StyledLine[] {
  const prefix: Segment[] = item.task ? [{ text: item.checked ? '[x] ' : '[ ] ' }] : [];
  if (!item.loose) {
    // A tight item's text and its nested list follow each other without a blank line.
    const out: StyledLine[] = [];
    for (const token of item.tokens) {
      if (token.type === 'checkbox') continue;
      const lines = renderBlock(token, width, collector, depth);
      out.push(...lines);
    }
    if (prefix.length > 0 && out[0]) out[0] = [...prefix, ...out[0]];
    return out.length > 0 ? out : [[]];
  }
  const lines = renderBlocks(
    item.tokens.filter((t) => t.type !== 'checkbox'),
    width,
    collector,
    depth,
  );
  if (prefix.length > 0 && lines[0]) lines[0] = [...prefix, ...lines[0]];
  return lines.length > 0 ? lines : [[]];
}

function prefixLines(lines: StyledLine[], prefix: Segment[]): StyledLine[] {
  const bare: Segment[] = prefix.map((segment) => ({ ...segment, text: segment.text.trimEnd() }));
  return lines.map((line) => (line.length === 0 ? bare : [...prefix, ...line]));
}
