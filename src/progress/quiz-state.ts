// State the quiz engine owns and we only keep: the running exam and the FSRS cards.
import type { ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';

export type JsonObject = Record<string, unknown>;

/** Saves the running exam (so it survives a crash) or clears it with null. */
export function setExamInProgress(store: ProgressWriter, exam: JsonObject | null): ProgressData {
  return store.update((draft) => {
    draft.quiz.examInProgress = exam;
  }, KEEPS_ANSWERS);
}

/** Saves the scheduling state of some concepts' cards; other cards are left alone. */
export function setFsrsCards(store: ProgressWriter, cards: Readonly<Record<string, JsonObject>>): ProgressData {
  return store.update((draft) => {
    Object.assign(draft.quiz.fsrsCards, cards);
  }, KEEPS_ANSWERS);
}

/**
 * Changes review cards starting from the cards saved now (under the lock), not from a copy read
 * earlier: `change` gets the saved cards and returns the cards to store; cards it does not return
 * are left alone. Writing back a session's copy of every card undid another instance's reviews
 * (7 of 7 in the review) and an import made while a session was open.
 */
export function updateFsrsCards(
  store: ProgressWriter,
  change: (saved: Readonly<Record<string, JsonObject>>) => Readonly<Record<string, JsonObject>>,
): ProgressData {
  return store.update((draft) => {
    const changed = change(draft.quiz.fsrsCards);
    for (const [conceptId, card] of Object.entries(changed)) draft.quiz.fsrsCards[conceptId] = card;
  }, KEEPS_ANSWERS);
}

export function setFsrsCard(store: ProgressWriter, conceptId: string, card: JsonObject): ProgressData {
  return setFsrsCards(store, { [conceptId]: card });
}
