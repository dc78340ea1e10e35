// Writers for the version-2 study state (issue #16): bookmarks, the last practice settings, the
// practice session in progress, and a finished attempt's question items. Each is one store
// update. Screens call them through their progress port; reads are plain fields of
// ProgressData (`bookmarks`, `settings.lastPractice`, `quiz.practiceInProgress`, `attempt.items`).
//
//   toggleBookmark(store, { kind: 'lesson', lessonId, section } | { kind: 'question', questionId })
//     -> adds the bookmark or removes the one already there; returns the data written
//   isBookmarked(data, target)          -> boolean
//   setLastPractice(store, { topics, count, mode })
//   setPracticeInProgress(store, snapshot | null)   (the per-answer save goes through
//     recordAnswerWithCards(..., { practiceInProgress }) so it costs no second write)
import type { Bookmark, PracticeSettings, ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import type { JsonObject } from './quiz-state.js';
import { toIso } from './time.js';

export type BookmarkTarget =
  | { kind: 'lesson'; lessonId: string; section: number }
  | { kind: 'question'; questionId: string };

function sameTarget(bookmark: Bookmark, target: BookmarkTarget): boolean {
  if (bookmark.kind === 'lesson' && target.kind === 'lesson')
    return bookmark.lessonId === target.lessonId && bookmark.section === target.section;
  if (bookmark.kind === 'question' && target.kind === 'question') return bookmark.questionId === target.questionId;
  return false;
}

export function isBookmarked(data: Pick<ProgressData, 'bookmarks'>, target: BookmarkTarget): boolean {
  return data.bookmarks.some((bookmark) => sameTarget(bookmark, target));
}

/** Adds the bookmark, or removes it when it is there already. */
export function toggleBookmark(store: ProgressWriter, target: BookmarkTarget): ProgressData {
  const addedAt = toIso(store.now());
  return store.update((draft) => {
    const index = draft.bookmarks.findIndex((bookmark) => sameTarget(bookmark, target));
    if (index >= 0) draft.bookmarks.splice(index, 1);
    else draft.bookmarks.push({ ...target, addedAt });
  }, KEEPS_ANSWERS);
}

export function setLastPractice(store: ProgressWriter, settings: PracticeSettings): ProgressData {
  return store.update((draft) => {
    draft.settings.lastPractice = {
      topics: Array.isArray(settings.topics) ? [...settings.topics] : settings.topics,
      count: settings.count,
      mode: settings.mode,
    };
  }, KEEPS_ANSWERS);
}

/** Saves (or with null clears) the practice session in progress on its own, e.g. when it ends. */
export function setPracticeInProgress(store: ProgressWriter, snapshot: JsonObject | null): ProgressData {
  return store.update((draft) => {
    draft.quiz.practiceInProgress = snapshot === null ? null : structuredClone(snapshot);
  }, KEEPS_ANSWERS);
}
