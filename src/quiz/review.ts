// Grading a whole session: one QuestionReview per item plus the score breakdowns.

import type { Question } from '../content/types.js';
import type { DomainKey } from './domains.js';
import { gradeQuestion, type QuestionReview, type SessionItem } from './grading.js';
import { rawPercent, type SectionScore, sectionScores, type Tally, tallyBy } from './scoring.js';
import { resolveItems } from './session-items.js';

/** Reviews in session order. Throws QuizError for a question missing from the bank (call checkSession first). */
export function reviewSession(
  items: readonly SessionItem[],
  answers: readonly (readonly number[])[],
  questions: readonly Question[],
): QuestionReview[] {
  const resolved = resolveItems(items, questions);
  return items.map((item, i) => gradeQuestion(resolved[i]!, item.optionOrder, answers[i] ?? []));
}

export interface Breakdown {
  total: number;
  correct: number;
  percent: number;
  perTopic: Record<string, SectionScore>;
  perDomain: Partial<Record<DomainKey, SectionScore>>;
}

export function topicTallies(reviews: readonly QuestionReview[]): Record<string, Tally> {
  return tallyBy(
    reviews,
    (r) => r.topic,
    (r) => r.correct,
  );
}

export function domainTallies(reviews: readonly QuestionReview[]): Partial<Record<DomainKey, Tally>> {
  return tallyBy(
    reviews,
    (r) => r.domain,
    (r) => r.correct,
  );
}

export function breakdown(reviews: readonly QuestionReview[]): Breakdown {
  const correct = reviews.filter((r) => r.correct).length;
  return {
    total: reviews.length,
    correct,
    percent: rawPercent(correct, reviews.length),
    perTopic: sectionScores(topicTallies(reviews)),
    perDomain: sectionScores(domainTallies(reviews) as Record<string, Tally>) as Partial<
      Record<DomainKey, SectionScore>
    >,
  };
}
