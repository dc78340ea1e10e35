import { renderMarkdown } from '../../../src/ui/markdown/index.js';
import { type StyledLine, lineWidth, plainText } from '../../../src/ui/text/index.js';

export const text = (lines: readonly StyledLine[]): string[] => lines.map(plainText);

export function render(source: string, width = 80) {
  const out = renderMarkdown(source, { width });
  return { ...out, text: text(out.lines), widths: out.lines.map(lineWidth) };
}

/** Every segment of the rendered lines whose text contains `needle`. */
export function segmentsWith(lines: readonly StyledLine[], needle: string) {
  return lines.flat().filter((segment) => segment.text.includes(needle));
}
