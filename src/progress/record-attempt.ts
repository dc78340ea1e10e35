import type { ProgressData, QuizAttempt } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import { toIso } from './time.js';

/** An attempt summary with times as epoch ms, as the quiz engine's clock gives them. */
export type AttemptInput = Omit<QuizAttempt, 'startedAt' | 'finishedAt'> & { startedAt: number; finishedAt: number };

/**
 * Saves an attempt summary; one with the same id is replaced. With `clearExamInProgress` the
 * finished exam's saved state goes in the same write, so a crash cannot leave both behind.
 */
export function recordAttempt(
  store: ProgressWriter,
  attempt: AttemptInput,
  options: { clearExamInProgress?: boolean } = {},
): ProgressData {
  const record: QuizAttempt = {
    ...attempt,
    startedAt: toIso(attempt.startedAt),
    finishedAt: toIso(attempt.finishedAt),
  };
  return store.update((draft) => {
    const index = draft.quiz.attempts.findIndex((existing) => existing.id === attempt.id);
    if (index === -1) draft.quiz.attempts.push(record);
    else draft.quiz.attempts[index] = record;
    if (options.clearExamInProgress) draft.quiz.examInProgress = null;
  }, KEEPS_ANSWERS);
}
