import { type AnswerInput, toAnswerRecord } from './record-answer.js';
import type { ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import type { JsonObject } from './quiz-state.js';

/**
 * Appends one answer and changes the review cards it rates in ONE locked write. As two writes
 * (answer, then cards) a crash or a lock failure between them left an answer whose review was
 * never scheduled, and every answer took two lock-read-validate-write cycles instead of one.
 * `change` gets the cards saved now and returns the cards to store; others are left alone.
 * Several answers (a submitted exam) go in the same one write. With `practiceInProgress` the
 * practice session's snapshot is saved (or with null cleared) in that same write, so a session
 * resumes after Ctrl+C at the answer last saved and never at a different one.
 */
export function recordAnswerWithCards(
  store: ProgressWriter,
  answer: AnswerInput | readonly AnswerInput[],
  change: (saved: Readonly<Record<string, JsonObject>>) => Readonly<Record<string, JsonObject>>,
  options: { practiceInProgress?: JsonObject | null } = {},
): ProgressData {
  const nowMs = store.now();
  const answers: readonly AnswerInput[] = Array.isArray(answer) ? answer : [answer as AnswerInput];
  return store.update((draft) => {
    for (const one of answers) draft.quiz.answers.push(toAnswerRecord(one, nowMs));
    const changed = change(draft.quiz.fsrsCards);
    for (const [conceptId, card] of Object.entries(changed)) draft.quiz.fsrsCards[conceptId] = card;
    if (options.practiceInProgress !== undefined)
      draft.quiz.practiceInProgress =
        options.practiceInProgress === null ? null : structuredClone(options.practiceInProgress);
  }, KEEPS_ANSWERS);
}
