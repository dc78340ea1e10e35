// One section of a lesson laid out as lines: its heading, the objectives (first section), the
// Markdown and check blocks, and the references and "Lesson complete" (last section). Pure: the
// reader's reducer calls it to know how far it may scroll.
import type { GlossaryTerm, Lesson, LessonScope } from '../../../content/index.js';
import {
  type ActionLink,
  type RenderedMarkdown,
  type Segment,
  type StyledLine,
  renderInline,
  renderMarkdown,
} from '../../markdown/index.js';
import { renderCheck } from './checkLines.js';
import { type CheckState, freshCheck } from './checkModel.js';
import { markGlossaryTerms } from './termMarks.js';

export interface CheckPlacement {
  id: string;
  /** First line and one past the last line of the check box. */
  start: number;
  end: number;
  optionLines: number[];
  verdictLine?: number;
}

export interface SectionView {
  lines: StyledLine[];
  /** Internal links with absolute line numbers; segment.link indexes this array. */
  links: ActionLink[];
  checks: CheckPlacement[];
  /** The "Lesson complete" line, on the last section only. */
  endLine?: number;
  /** Glossary term ids marked in the section's text, in reading order (see termMarks.ts). */
  terms: string[];
}

/** The glossary whose terms are marked where a section first uses them; `sign` as in termMarks.ts. */
export interface SectionGlossary {
  terms: readonly GlossaryTerm[];
  sign: boolean;
}

export interface SectionViewInput {
  lesson: Lesson;
  section: number;
  width: number;
  checks: Readonly<Record<string, CheckState>>;
  focusedCheck?: string;
  previousChecks?: Readonly<Record<string, { correct: boolean }>>;
  nextLesson?: Pick<Lesson, 'order' | 'title'>;
  /** Check questions not answered yet: the lesson is read but not complete while any remain. */
  unanswered?: number;
  glossary?: SectionGlossary;
}

export const scopeLabels: Record<LessonScope, string> = {
  'clf-c02': 'CLF-C02 exam',
  beyond: 'beyond the exam',
  mixed: 'CLF-C02 and beyond',
};

// Markdown blocks do not change while reading; only checks do. Rendering is cached per text and
// width (and, with glossary marks, the terms marked before the block), so scrolling and answering
// re-lay out a section without re-parsing it.
interface Rendered {
  markdown: RenderedMarkdown;
  /** Glossary terms this block marked. */
  terms: string[];
}
const unmarked = new Map<string, Rendered>();
const byGlossary = new WeakMap<readonly GlossaryTerm[], Map<string, Rendered>>();
const CACHE_LIMIT = 400;

/** What the blocks of one section share while it is laid out: the terms marked so far. */
interface TermState {
  glossary: SectionGlossary;
  marked: Set<string>;
  order: string[];
}

function cacheFor(glossary: SectionGlossary | undefined): Map<string, Rendered> {
  if (glossary === undefined) return unmarked;
  let cache = byGlossary.get(glossary.terms);
  if (cache === undefined) {
    cache = new Map();
    byGlossary.set(glossary.terms, cache);
  }
  return cache;
}

function render(text: string, width: number, terms: TermState | undefined): Rendered {
  if (terms === undefined) return { markdown: renderMarkdown(text, { width }), terms: [] };
  const { glossary } = terms;
  const marked = new Set(terms.marked);
  const added: string[] = [];
  const beforeWrap = (runs: Segment[]) => {
    const result = markGlossaryTerms(runs, glossary.terms, { marked, sign: glossary.sign });
    for (const id of result.marked) marked.add(id);
    added.push(...result.marked);
    return result.runs;
  };
  return { markdown: renderMarkdown(text, { width, beforeWrap }), terms: added };
}

/** A Markdown block laid out; with `terms`, its glossary marks are added to them. */
function markdown(text: string, width: number, terms?: TermState): RenderedMarkdown {
  const cache = cacheFor(terms?.glossary);
  const before = terms === undefined ? '' : `${terms.glossary.sign}\u0000${[...terms.marked].sort().join(',')}`;
  const key = `${width}\u0000${before}\u0000${text}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = render(text, width, terms);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  for (const id of found.terms) {
    terms?.marked.add(id);
    terms?.order.push(id);
  }
  return found.markdown;
}

export function buildSectionView(input: SectionViewInput): SectionView {
  const { lesson, width } = input;
  const section = lesson.sections[input.section];
  const lines: StyledLine[] = [];
  const links: ActionLink[] = [];
  const checks: CheckPlacement[] = [];
  const terms: TermState | undefined =
    input.glossary === undefined ? undefined : { glossary: input.glossary, marked: new Set(), order: [] };
  const gap = () => {
    if (lines.length > 0) lines.push([]);
  };
  const append = (rendered: RenderedMarkdown) => {
    const offset = links.length;
    const base = lines.length;
    for (const line of rendered.lines) {
      lines.push(offset === 0 ? line : line.map((s) => (s.link === undefined ? s : { ...s, link: s.link + offset })));
    }
    for (const link of rendered.links) links.push({ ...link, line: link.line + base });
  };
  if (section === undefined)
    return { lines: [[{ text: 'This lesson has no such section.', color: 'warn' }]], links, checks, terms: [] };

  append(markdown(`## ${section.title}`, width));
  if (input.section === 0) {
    gap();
    const meta = `Lesson ${lesson.order} · about ${lesson.minutes} min · ${scopeLabels[lesson.scope]}`;
    append(renderInline(meta, { width, style: { color: 'muted' } }));
    if (lesson.objectives.length > 0) {
      gap();
      const objectives = `**In this lesson you will:**\n\n${lesson.objectives.map((o) => `- ${o}`).join('\n')}`;
      append(markdown(objectives, width, terms));
    }
  }
  for (const block of section.blocks) {
    gap();
    if (block.kind === 'markdown') {
      append(markdown(block.text, width, terms));
    } else {
      const id = block.question.id;
      const layout = renderCheck(block.question, input.checks[id] ?? freshCheck(), {
        width,
        focused: input.focusedCheck === id,
        previous: input.previousChecks?.[id],
      });
      const start = lines.length;
      lines.push(...layout.lines);
      checks.push({
        id,
        start,
        end: lines.length,
        optionLines: layout.optionLines.map((n) => n + start),
        ...(layout.verdictLine === undefined ? {} : { verdictLine: layout.verdictLine + start }),
      });
    }
  }
  const termIds = terms?.order ?? [];
  if (input.section !== lesson.sections.length - 1) return { lines, links, checks, terms: termIds };

  if (lesson.references.length > 0) {
    gap();
    const list = lesson.references.map((ref) => `- [${ref.title.replace(/[[\]]/g, '')}](${ref.url})`).join('\n');
    append(markdown(`**References**\n\n${list}`, width));
  }
  gap();
  lines.push([{ text: '─'.repeat(width), color: 'muted' }]);
  const endLine = lines.length;
  const unanswered = input.unanswered ?? 0;
  if (unanswered > 0) {
    const count = unanswered === 1 ? '1 check question is' : `${unanswered} check questions are`;
    append(
      renderInline(
        `**Read to the end.** ${count} not answered yet: answer to complete the lesson (s lists the sections).`,
        {
          width,
          style: { color: 'warn' },
        },
      ),
    );
  } else lines.push([{ text: '✓ Lesson complete.', spoken: 'Lesson complete.', color: 'good', bold: true }]);
  if (lesson.sandbox !== undefined) {
    // The lesson's own scenario, as an internal link: Tab and Enter open it like any other,
    // and the reader also opens it with t.
    const scenario = lesson.sandbox.replace(/[[\]()`]/g, '');
    append(
      renderInline(`[Try it in the sandbox](sandbox:${scenario}): the \`${scenario}\` scenario (press t)`, { width }),
    );
  }
  const next = input.nextLesson;
  append(
    next
      ? renderInline(`Next lesson: **${next.order}. ${next.title}** (press Enter)`, { width })
      : renderInline('That was the last lesson. Esc goes back to the list.', { width, style: { color: 'muted' } }),
  );
  return { lines, links, checks, endLine, terms: termIds };
}

/**
 * Line `line` of `view` as a line of `base`, the same section with no check answered. Answering
 * a check adds its verdict and explanations; those extra lines map onto the check's last line,
 * and the lines after the check shift back by as many, so added text never moves a place back.
 */
export function baseLine(view: SectionView, base: SectionView, line: number): number {
  let mapped = line;
  for (let i = 0; i < view.checks.length; i++) {
    const now = view.checks[i]!;
    const was = base.checks[i];
    if (was === undefined || line < now.start) break;
    mapped =
      line < now.end ? was.start + Math.min(line - now.start, was.end - was.start - 1) : line - now.end + was.end;
  }
  return Math.max(0, Math.min(mapped, base.lines.length - 1));
}

/**
 * How far into the section the reader is, 0 to 1: the first line on screen, measured in the
 * section's unanswered layout (see baseLine), plus the screenful below it. An answer opening up
 * under that line leaves the number where it was, instead of pushing it back; the bottom of the
 * section is always 1.
 */
export function sectionFraction(view: SectionView, base: SectionView, scroll: number, viewport: number): number {
  if (view.lines.length <= viewport || scroll >= view.lines.length - viewport || base.lines.length === 0) return 1;
  return Math.min(1, (baseLine(view, base, Math.max(0, scroll)) + viewport) / base.lines.length);
}
