// Glossary terms in a lesson's prose, marked where the section first uses each one, so the learner
// sees which words `w` explains. Pure: a paragraph's runs in, the same words out, before they are
// wrapped, so the wrap counts whatever the mark adds and a line never grows past the width.
//
// The mark is an underline. Under NO_COLOR (and --no-color) chalk prints no underline either:
// measured, Ink's <Text underline> wrote "\x1b[4mhello\x1b[24m" with FORCE_COLOR=1 and plain
// "hello" with FORCE_COLOR=0, which cli/color.ts sets for NO_COLOR. There the term also gets
// TERM_SIGN right after it, so the mark is carried by a character, as links carry ▸. A screen
// reader hears neither (the sign is spoken as nothing, and the reader leaves it out there).
import { findGlossaryTerms, type GlossaryTerm } from '../../../content/index.js';
import type { Segment } from '../../text/index.js';

/** Drawn after a marked term when underline cannot show. */
export const TERM_SIGN = '†';

export interface TermMarkOptions {
  /** Term ids already marked earlier in the section: only a term's first use is marked. */
  marked: ReadonlySet<string>;
  /** Put TERM_SIGN after each marked term (no underline on screen: NO_COLOR). */
  sign: boolean;
}

export interface MarkedRuns {
  runs: Segment[];
  /** Ids of the terms marked here, in reading order. */
  marked: string[];
}

/** Code, links (internal and web) and the dimmed address after a link are not prose. */
const isProse = (run: Segment): boolean =>
  run.color !== 'code' &&
  run.color !== 'link' &&
  run.color !== 'muted' &&
  run.dim !== true &&
  run.link === undefined &&
  run.href === undefined;

// A web address typed as plain text becomes a link only when wrapped (text/wrap.ts), so it is
// still prose here: its words ("…/IAM/latest/UserGuide/…") must not be marked.
const WEB_ADDRESS_WORD = /\S*(?:https?:\/\/|www\.)\S*/gi;

/**
 * The text of the runs with everything that is not prose blanked out by a word character of the
 * same length, so offsets still line up and no term can match in, or run into, code or a link.
 */
function proseText(runs: readonly Segment[]): string {
  const text = runs.map((run) => (isProse(run) ? run.text : '_'.repeat(run.text.length))).join('');
  return text.replace(WEB_ADDRESS_WORD, (word) => '_'.repeat(word.length));
}

/**
 * Marks the first use in these runs of each glossary term (or one of its aliases) that is not in
 * `options.marked`: whole words, any case, the longest name where names overlap (findGlossaryTerms),
 * never inside code, a link or a web address. A term split over runs ("**trust** policy") is
 * marked across them. Unmarked text and every run's other styles are kept as they were.
 */
export function markGlossaryTerms(
  runs: readonly Segment[],
  terms: readonly GlossaryTerm[],
  options: TermMarkOptions,
): MarkedRuns {
  const seen = new Set(options.marked);
  const ranges: { start: number; end: number }[] = [];
  const marked: string[] = [];
  for (const match of findGlossaryTerms(proseText(runs), terms)) {
    if (seen.has(match.termId)) continue;
    seen.add(match.termId);
    marked.push(match.termId);
    ranges.push({ start: match.start, end: match.start + match.length });
  }
  if (ranges.length === 0) return { runs: [...runs], marked };

  const edges = ranges.flatMap((range) => [range.start, range.end]);
  const out: Segment[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    // The run is cut where a marked term starts or ends inside it.
    const cuts = [offset, ...edges.filter((edge) => edge > offset && edge < runEnd), runEnd];
    for (let i = 0; i < cuts.length - 1; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (from === to) continue;
      const text = run.text.slice(from - offset, to - offset);
      const inTerm = ranges.some((range) => from >= range.start && to <= range.end);
      out.push(inTerm ? { ...run, text, underline: true } : text === run.text ? run : { ...run, text });
      if (inTerm && options.sign && ranges.some((range) => range.end === to))
        out.push({ ...run, text: TERM_SIGN, spoken: '' });
    }
    offset = runEnd;
  }
  return { runs: out, marked };
}
