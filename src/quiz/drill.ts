// The due drill: a practice session over the questions whose concepts are due for review.

import type { Question } from '../content/types.js';
import type { SessionStart } from './exam.js';
import { DEFAULT_PRACTICE_COUNT, type PracticeState, practiceFromQuestions } from './practice.js';
import { fail, ok, type Result } from './result.js';
import { type ConceptCards, dueQuestions } from './srs.js';

export interface DrillOptions {
  questions: readonly Question[];
  cards: ConceptCards;
  /** Epoch ms: what is due is decided at this moment. */
  now: number;
  /** Defaults to 10; the most overdue questions are taken first. */
  count?: number;
  seed: number;
}

export function createDrill(options: DrillOptions): Result<SessionStart<PracticeState>> {
  const count = options.count ?? DEFAULT_PRACTICE_COUNT;
  if (!Number.isInteger(count) || count < 1) {
    return fail(`The number of questions must be a whole number of at least 1 (got ${count}).`);
  }
  const due = dueQuestions(options.questions, options.cards, options.now);
  if (due.length === 0) return fail('Nothing is due for review right now.');
  const pool = due.slice(0, count);
  const topics = [...new Set(pool.map((q) => q.topic))];
  // The pool is already cut to size, so practiceFromQuestions only shuffles it; no "only N match" note.
  return ok(
    practiceFromQuestions(pool, { count: pool.length, seed: options.seed, now: options.now, mode: 'drill', topics }),
  );
}
