// The score report of a mock exam: scaled score, pass or fail, section verdicts, full review.

import type { Question } from '../content/types.js';
import type { ExamState, SubmitReason } from './exam.js';
import type { QuestionReview } from './grading.js';
import { type Breakdown, breakdown, reviewSession } from './review.js';
import { passed, scaledScore } from './scoring.js';

export interface ExamReviewItem extends QuestionReview {
  number: number;
  flagged: boolean;
}

export interface ExamResult extends Breakdown {
  answered: number;
  /** 100-1000; see scaledScore for how it is derived. */
  scaled: number;
  passed: boolean;
  submitReason: SubmitReason | null;
  review: ExamReviewItem[];
}

/** Unanswered questions count as wrong. Throws QuizError for questions missing from the bank. */
export function examResult(state: ExamState, questions: readonly Question[]): ExamResult {
  const reviews = reviewSession(state.items, state.answers, questions);
  const totals = breakdown(reviews);
  const scaled = scaledScore(totals.percent);
  return {
    ...totals,
    answered: reviews.filter((r) => r.answered).length,
    scaled,
    passed: passed(scaled),
    submitReason: state.submitReason,
    review: reviews.map((r, i) => ({ ...r, number: i + 1, flagged: state.flags[i] === true })),
  };
}
