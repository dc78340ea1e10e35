// The score report of a mock exam: readiness per CLF-C02 domain and task statement, an overall
// scaled score that is only an estimate, section scores and the full review. There is no single
// pass/fail: a strong domain would hide a weak one (issue #17).

import type { Question } from '../content/types.js';
import type { ExamState, SubmitReason } from './exam.js';
import type { QuestionReview } from './grading.js';
import { type Breakdown, breakdown, reviewSession } from './review.js';
import { examReadiness, type Readiness } from './readiness.js';
import { scaledScore } from './scoring.js';
import { resolveItems } from './session-items.js';

export interface ExamReviewItem extends QuestionReview {
  number: number;
  flagged: boolean;
}

export interface ExamResult extends Breakdown {
  answered: number;
  /** 100-1000, OUR ESTIMATE of the scaled score (see scaledScore); never shown as pass/fail. */
  scaledEstimate: number;
  readiness: Readiness;
  submitReason: SubmitReason | null;
  review: ExamReviewItem[];
}

/** Unanswered questions count as wrong. Throws QuizError for questions missing from the bank. */
export function examResult(state: ExamState, questions: readonly Question[]): ExamResult {
  const reviews = reviewSession(state.items, state.answers, questions);
  const totals = breakdown(reviews);
  return {
    ...totals,
    answered: reviews.filter((r) => r.answered).length,
    scaledEstimate: scaledScore(totals.percent),
    readiness: examReadiness(reviews, resolveItems(state.items, questions)),
    submitReason: state.submitReason,
    review: reviews.map((r, i) => ({ ...r, number: i + 1, flagged: state.flags[i] === true })),
  };
}
