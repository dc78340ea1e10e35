// Scan a lesson body (the Markdown after the front matter) into sections and blocks, and note
// what the later checks need: fence kinds, internal links, and layout problems. This does not
// parse Markdown beyond headings and fences; the reader renders the text blocks itself.
import stringWidth from 'string-width';
import type { ContentProblem } from './types.js';

/** Code lines wider than this wrap in an 80-column terminal (a warning). */
export const MAX_CODE_COLUMNS = 76;
/**
 * Diagram lines must fit a 60-column terminal. The reader draws diagrams verbatim and cuts a
 * line that does not fit with "…" (a wrapped picture is worse), so a wider line is an error.
 * Measured in display columns (string-width): box-drawing characters count one, wide
 * characters such as emoji two.
 */
export const MAX_DIAGRAM_COLUMNS = 56;
export const CODE_LANGUAGES: readonly string[] = ['json', 'sh', 'js', 'python', 'text'];

export type RawBlock =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'check'; yaml: string; line: number; firstYamlLine: number };

export interface RawSection {
  title: string;
  line: number;
  blocks: RawBlock[];
}

export interface LinkRef {
  scheme: 'lesson' | 'quiz' | 'sandbox';
  target: string;
  line: number;
}

export interface BodyScan {
  sections: RawSection[];
  diagramCount: number;
  links: LinkRef[];
  problems: ContentProblem[];
}

interface OpenFence {
  marker: string;
  indent: number;
  language: string;
  line: number;
  lines: string[];
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;
const LINK = /\]\(([^)\s]*)[^)]*\)/g;
const INTERNAL = /^(lesson|quiz|sandbox):(.*)$/;

/** `lines` are the body lines; `firstLine` is the file line number of lines[0]. */
export function scanLessonBody(file: string, lines: readonly string[], firstLine: number): BodyScan {
  const sections: RawSection[] = [];
  const links: LinkRef[] = [];
  const problems: ContentProblem[] = [];
  const error = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  const warn = (line: number, message: string) => problems.push({ file, line, message, severity: 'warning' });

  let diagramCount = 0;
  let fence: OpenFence | undefined;
  let chunk: { lines: string[]; line: number } | undefined;
  let reportedOrphanText = false;

  const current = (): RawSection | undefined => sections[sections.length - 1];
  const flushChunk = () => {
    const section = current();
    if (chunk && section) {
      const text = trimBlankLines(chunk.lines);
      if (text.lines.length > 0) {
        section.blocks.push({ kind: 'markdown', text: text.lines.join('\n'), line: chunk.line + text.skipped });
      }
    }
    chunk = undefined;
  };
  const addToChunk = (raw: string, line: number) => {
    if (!current()) {
      if (raw.trim() !== '' && !reportedOrphanText) {
        error(line, 'text before the first "## " heading belongs to no section; start the body with a "## " heading');
        reportedOrphanText = true;
      }
      return;
    }
    if (!chunk) chunk = { lines: [], line };
    chunk.lines.push(raw);
  };

  lines.forEach((raw, i) => {
    const line = firstLine + i;
    if (fence) {
      if (isFenceClose(raw, fence.marker)) {
        if (fence.language !== 'check') addToChunk(raw, line);
        closeFence(fence);
        fence = undefined;
      } else {
        fence.lines.push(raw);
        if (fence.language !== 'check') addToChunk(raw, line);
      }
      return;
    }
    const open = FENCE_OPEN.exec(raw);
    if (open) {
      const indent = open[1]?.length ?? 0;
      fence = { marker: open[2] ?? '```', indent, language: open[3] ?? '', line, lines: [] };
      if (fence.language === 'check') {
        flushChunk();
        if (!current()) addToChunk(raw, line);
      } else {
        addToChunk(raw, line);
      }
      return;
    }
    if (/^#\s/.test(raw)) {
      error(line, 'do not use "# " headings (the title comes from the front matter); use "## " for sections');
    }
    const heading = /^##\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      flushChunk();
      sections.push({ title: heading[1] ?? '', line, blocks: [] });
      return;
    }
    collectLinks(raw, line);
    addToChunk(raw, line);
  });

  if (fence) error(fence.line, `code fence opened here is never closed (add a line "${fence.marker}")`);
  flushChunk();
  return { sections, diagramCount, links, problems };

  function closeFence(open: OpenFence) {
    if (open.language === 'check') {
      const section = current();
      const yaml = open.lines.map((l) => stripIndent(l, open.indent)).join('\n');
      section?.blocks.push({ kind: 'check', yaml, line: open.line, firstYamlLine: open.line + 1 });
      return;
    }
    if (open.language === 'diagram') diagramCount++;
    else if (open.language === '')
      warn(open.line, `code fence has no language (use ${CODE_LANGUAGES.join(', ')} or diagram)`);
    else if (!CODE_LANGUAGES.includes(open.language)) {
      warn(open.line, `unknown code fence language "${open.language}" (use ${CODE_LANGUAGES.join(', ')} or diagram)`);
    }
    open.lines.forEach((content, j) => {
      const line = open.line + 1 + j;
      const text = stripIndent(content, open.indent);
      if (open.language === 'diagram') {
        // Measured as the reader draws it: tabs become four spaces, trailing spaces count.
        const width = stringWidth(text.replace(/\t/g, '    '));
        if (width > MAX_DIAGRAM_COLUMNS) {
          error(
            line,
            `diagram line is ${width} columns wide; keep diagram lines within ${MAX_DIAGRAM_COLUMNS} so they fit a 60-column terminal`,
          );
        }
        if (text.includes('\t')) warn(line, 'diagram line contains a tab; draw with spaces');
        return;
      }
      const width = [...text].length;
      if (width > MAX_CODE_COLUMNS) {
        warn(
          line,
          `${open.language || 'code'} line is ${width} columns wide; keep code lines within ${MAX_CODE_COLUMNS}`,
        );
      }
    });
  }

  function collectLinks(raw: string, line: number) {
    // Inline code may show link syntax as an example; it is not a link.
    const text = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of text.matchAll(LINK)) {
      const target = match[1] ?? '';
      const internal = INTERNAL.exec(target);
      if (internal) {
        links.push({ scheme: internal[1] as LinkRef['scheme'], target: internal[2] ?? '', line });
      } else if (!target.startsWith('https://') && !target.startsWith('#')) {
        warn(line, `link "${target}" will not open in the tutor; use https://, lesson:, quiz: or sandbox:`);
      }
    }
  }
}

function isFenceClose(raw: string, marker: string): boolean {
  const trimmed = raw.trim();
  const char = marker[0] ?? '`';
  return trimmed.length >= marker.length && [...trimmed].every((c) => c === char);
}

function stripIndent(line: string, indent: number): string {
  let n = 0;
  while (n < indent && line[n] === ' ') n++;
  return line.slice(n);
}

function trimBlankLines(lines: string[]): { lines: string[]; skipped: number } {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return { lines: lines.slice(start, end), skipped: start };
}
