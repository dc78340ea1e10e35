// Mistakes as a set, and the filters of a stored exam report (issue #16). Pure: the progress
// store's data goes in, lists come out.
//
// API for the screens:
//   openMistakes(answers)                  -> Mistake[]: questions answered wrong and not answered
//                                             right since, oldest mistake first, with the option(s)
//                                             chosen that last time
//   mistakeReview(mistake, question)       -> the QuestionReview of that answer (every option's
//                                             explanation, chosen and right ones marked), or
//                                             undefined when the question left the bank
//   reopenAttempt(attempt, questions)      -> ReopenedAttempt (read-only reviews + flags) or a
//                                             reason it cannot be reopened (older attempts)
//   filterReport(reopened, 'all' | 'wrong' | 'flagged' | 'unanswered') -> the indices to show
//   reportFilterCounts(reopened)           -> how many each filter shows, for the filter bar
import type { Question } from '../content/types.js';
import { gradeQuestion, type QuestionReview } from './grading.js';

// The set itself lives in mistake-set.ts (no imports): the home menu counts it before the
// quiz engine loads.
export { type LoggedAnswer, type Mistake, openMistakes } from './mistake-set.js';
import type { Mistake } from './mistake-set.js';

/** The mistake graded again in the file's option order: shows why the chosen option is wrong and the right one right. */
export function mistakeReview(mistake: Mistake, questions: readonly Question[]): QuestionReview | undefined {
  const question = questions.find((q) => q.id === mistake.questionId);
  if (!question) return undefined;
  const order = question.options.map((_, index) => index);
  const chosen = mistake.chosen.filter((index) => index >= 0 && index < question.options.length);
  return gradeQuestion(question, order, chosen);
}

export type ReportFilter = 'all' | 'wrong' | 'flagged' | 'unanswered';
export const REPORT_FILTERS: readonly ReportFilter[] = ['all', 'wrong', 'flagged', 'unanswered'];
export const REPORT_FILTER_LABELS: Readonly<Record<ReportFilter, string>> = {
  all: 'All',
  wrong: 'Wrong',
  flagged: 'Flagged',
  unanswered: 'Unanswered',
};

/** A stored attempt as the store keeps it (progress QuizAttempt fits). */
export interface StoredAttempt {
  id: string;
  items?: readonly {
    questionId: string;
    optionOrder: readonly number[];
    chosen: readonly number[];
    flagged: boolean;
  }[];
}

export interface ReopenedAttempt {
  attemptId: string;
  /** In session order; `reviews[i]` and `flags[i]` belong together. */
  reviews: QuestionReview[];
  flags: boolean[];
  /** Questions of the attempt no longer in the bank (left out of `reviews`). */
  missing: string[];
}

export type ReopenResult = { ok: true; value: ReopenedAttempt } | { ok: false; reason: string };

/** Rebuilds a finished exam for a read-only report. Attempts saved before format 2 have no items. */
export function reopenAttempt(attempt: StoredAttempt, questions: readonly Question[]): ReopenResult {
  if (!attempt.items || attempt.items.length === 0)
    return {
      ok: false,
      reason: 'This attempt was saved before iam-tutor kept each question, so only its scores can be shown.',
    };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reviews: QuestionReview[] = [];
  const flags: boolean[] = [];
  const missing: string[] = [];
  for (const item of attempt.items) {
    const question = byId.get(item.questionId);
    const validOrder =
      question !== undefined &&
      item.optionOrder.length === question.options.length &&
      new Set(item.optionOrder).size === question.options.length &&
      item.optionOrder.every((index) => index >= 0 && index < question.options.length);
    if (!question || !validOrder) {
      // The question was removed or edited since: its options no longer match what was shown.
      missing.push(item.questionId);
      continue;
    }
    reviews.push(gradeQuestion(question, item.optionOrder, item.chosen));
    flags.push(item.flagged);
  }
  return { ok: true, value: { attemptId: attempt.id, reviews, flags, missing } };
}

function matches(filter: ReportFilter, review: QuestionReview, flagged: boolean): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'wrong':
      return !review.correct;
    case 'flagged':
      return flagged;
    case 'unanswered':
      return !review.answered;
  }
}

/** Indices into `reviews` that the filter shows, in session order. "Wrong" includes unanswered. */
export function filterReport(report: Pick<ReopenedAttempt, 'reviews' | 'flags'>, filter: ReportFilter): number[] {
  const out: number[] = [];
  report.reviews.forEach((review, i) => {
    if (matches(filter, review, report.flags[i] === true)) out.push(i);
  });
  return out;
}

export function reportFilterCounts(report: Pick<ReopenedAttempt, 'reviews' | 'flags'>): Record<ReportFilter, number> {
  return {
    all: report.reviews.length,
    wrong: filterReport(report, 'wrong').length,
    flagged: filterReport(report, 'flagged').length,
    unanswered: filterReport(report, 'unanswered').length,
  };
}
