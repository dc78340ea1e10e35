import type { ColorRole, Segment, StyledLine } from '../types.js';

const TOKEN =
  /"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b|[{}[\],:]|\s+|[^\s"{}[\],:]+/g;

/** JSON, one line at a time (a JSON string never spans lines). Keys and values differ in colour. */
export function highlightJson(code: string): StyledLine[] {
  return code.split('\n').map((line) => {
    const segments: Segment[] = [];
    for (const match of line.matchAll(TOKEN)) {
      const text = match[0];
      segments.push(roleOf(text, line, (match.index ?? 0) + text.length));
    }
    return segments;
  });
}

function roleOf(text: string, line: string, end: number): Segment {
  let color: ColorRole | undefined;
  if (text.startsWith('"')) color = /^\s*:/.test(line.slice(end)) ? 'property' : 'string';
  else if (/^-?\d/.test(text)) color = 'number';
  else if (text === 'true' || text === 'false' || text === 'null') color = 'literal';
  else if (/^[{}[\],:]$/.test(text)) color = 'punctuation';
  return color === undefined ? { text } : { text, color };
}
