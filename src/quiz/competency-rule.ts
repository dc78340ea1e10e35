// THE rule for "meets competencies" and "weak topic", for every place that shows a verdict:
// exam result, readiness per domain and task, Progress screen, practice setup, exports.
// Before this module the exam result said "Meets competencies" for 1 of 1 correct while the
// Progress screen wanted 5 answers and readiness wanted 8 (issue #16).
//
// API for screens and exports:
//   judge({ correct, total })  -> { verdict, label, correct, total, percent, restsOn, rule }
//   isWeak(tally)              -> true when judged and below the line
//   COMPETENCY_RULE_TEXT       -> the rule in one sentence, to show next to any verdict
//   restsOnText(judgement)     -> "based on 3 answers" (with the right plural)
//
// Why 5 answers: a learner guessing blindly on four-option items (p = 0.25) gets at least 4 of 5
// with a chance of 1.6% (binomial tail, computed for this comment), against 25% for 1 of 1 and
// 5.1% for 3 of 4. AWS publishes no per-section rule; this one is ours and the screens say so.
import { plural } from '../plural.js';

/** Fewest answers a verdict may rest on. Below it the verdict is "too-few", whatever the share. */
export const MIN_ANSWERS = 5;
/** Share correct (percent) at which a section meets competencies; the same line as the pass cut. */
export const MEETS_PERCENT = 70;

export type CompetencyVerdict = 'meets' | 'below' | 'too-few';

export const COMPETENCY_LABELS: Readonly<Record<CompetencyVerdict, string>> = {
  meets: 'Meets competencies',
  below: 'Needs improvement',
  'too-few': 'Too few to judge',
};

export const COMPETENCY_RULE_TEXT = `A section meets competencies with at least ${MEETS_PERCENT}% right on at least ${MIN_ANSWERS} answers, and is weak below ${MEETS_PERCENT}% on as many; fewer answers are too few to judge. Our rule: AWS publishes none per section.`;

export interface TallyLike {
  readonly correct: number;
  readonly total: number;
}

export interface Judgement {
  verdict: CompetencyVerdict;
  label: string;
  correct: number;
  total: number;
  /** 0-100; 0 for no answers. */
  percent: number;
  /** The number of answers the verdict rests on (= total). */
  restsOn: number;
  rule: string;
}

function percentOf(correct: number, total: number): number {
  return total <= 0 ? 0 : (correct * 100) / total;
}

export function verdictOf(correct: number, total: number): CompetencyVerdict {
  if (total < MIN_ANSWERS) return 'too-few';
  return percentOf(correct, total) >= MEETS_PERCENT ? 'meets' : 'below';
}

export function judge(tally: TallyLike): Judgement {
  const verdict = verdictOf(tally.correct, tally.total);
  return {
    verdict,
    label: COMPETENCY_LABELS[verdict],
    correct: tally.correct,
    total: tally.total,
    percent: percentOf(tally.correct, tally.total),
    restsOn: tally.total,
    rule: COMPETENCY_RULE_TEXT,
  };
}

/** Weak = enough answers to judge and below the line. A topic with too few answers is not weak yet. */
export function isWeak(tally: TallyLike): boolean {
  return verdictOf(tally.correct, tally.total) === 'below';
}

/** "based on 1 answer" / "based on 12 answers". */
export function restsOnText(judgement: Pick<Judgement, 'restsOn'>): string {
  return `based on ${plural(judgement.restsOn, 'answer')}`;
}
