// State the quiz engine owns and we only keep: the running exam and the FSRS cards.
import type { ProgressData } from './schema.js';
import type { ProgressWriter } from './store-types.js';

export type JsonObject = Record<string, unknown>;

/** Saves the running exam (so it survives a crash) or clears it with null. */
export function setExamInProgress(store: ProgressWriter, exam: JsonObject | null): ProgressData {
  return store.update((draft) => {
    draft.quiz.examInProgress = exam;
  });
}

/** Saves the scheduling state of some concepts' cards; other cards are left alone. */
export function setFsrsCards(store: ProgressWriter, cards: Readonly<Record<string, JsonObject>>): ProgressData {
  return store.update((draft) => {
    Object.assign(draft.quiz.fsrsCards, cards);
  });
}

export function setFsrsCard(store: ProgressWriter, conceptId: string, card: JsonObject): ProgressData {
  return setFsrsCards(store, { [conceptId]: card });
}
