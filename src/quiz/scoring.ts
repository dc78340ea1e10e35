// Raw and scaled scores and the per-section verdicts of a score report.
import { COMPETENCY_LABELS, type CompetencyVerdict, MEETS_PERCENT, verdictOf } from './competency-rule.js';

/** Raw percentage correct at which our scaled score reaches the pass mark. */
export const PASS_CUT_PERCENT = 70;
export const SCALED_MIN = 100;
export const SCALED_PASS = 700;
export const SCALED_MAX = 1000;

/** The competency line; the rule itself (with its minimum of answers) is competency-rule.ts. */
export const COMPETENCY_THRESHOLD_PERCENT = MEETS_PERCENT;

/** A section verdict: the one rule of competency-rule.ts ("too-few" below its minimum of answers). */
export type Verdict = CompetencyVerdict;

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = COMPETENCY_LABELS;

export interface Tally {
  total: number;
  correct: number;
}

export interface SectionScore extends Tally {
  percent: number;
  verdict: Verdict;
}

/** 0 to 100; an empty session scores 0. */
export function rawPercent(correct: number, total: number): number {
  if (total <= 0) return 0;
  return (correct * 100) / total;
}

/**
 * Maps a raw percentage to the 100-1000 scale. AWS scales CLF-C02 results by equating across
 * exam forms and does not publish the mapping, so this is OUR approximation, not AWS's:
 * a monotonic piecewise-linear line through 0% -> 100, 70% -> 700 and 100% -> 1000.
 * 70% raw is our assumed cut. The result is rounded down so that a score of 700 or more
 * always means at least 70% raw (rounding to nearest would let 69.95% "pass").
 */
export function scaledScore(percent: number): number {
  const p = Math.min(100, Math.max(0, percent));
  const scaled =
    p < PASS_CUT_PERCENT
      ? SCALED_MIN + (p * (SCALED_PASS - SCALED_MIN)) / PASS_CUT_PERCENT
      : SCALED_PASS + ((p - PASS_CUT_PERCENT) * (SCALED_MAX - SCALED_PASS)) / (100 - PASS_CUT_PERCENT);
  return Math.floor(scaled);
}

export function passed(scaled: number): boolean {
  return scaled >= SCALED_PASS;
}

export function sectionScore(tally: Tally): SectionScore {
  const percent = rawPercent(tally.correct, tally.total);
  return { total: tally.total, correct: tally.correct, percent, verdict: verdictOf(tally.correct, tally.total) };
}

/** Counts totals and correct answers per key (topic, domain ...), keys in first-seen order. */
export function tallyBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  isCorrect: (item: T) => boolean,
): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const item of items) {
    const key = keyOf(item);
    const tally = out[key] ?? { total: 0, correct: 0 };
    tally.total += 1;
    if (isCorrect(item)) tally.correct += 1;
    out[key] = tally;
  }
  return out;
}

export function sectionScores(tallies: Readonly<Record<string, Tally>>): Record<string, SectionScore> {
  const out: Record<string, SectionScore> = {};
  for (const [key, tally] of Object.entries(tallies)) out[key] = sectionScore(tally);
  return out;
}
