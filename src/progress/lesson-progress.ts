import type { LessonProgress, ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import { ownEntry } from './proto-keys.js';
import { toIso } from './time.js';

function lessonEntry(draft: ProgressData, lessonId: string, nowIso: string): LessonProgress {
  let entry = ownEntry(draft.lessons.byId, lessonId);
  if (entry === undefined) {
    entry = { completed: false, section: 0, checks: {}, lastOpenedAt: nowIso };
    draft.lessons.byId[lessonId] = entry;
  }
  return entry;
}

/** Where the learner is in a lesson; also makes it the lesson "Continue" opens. */
export function setLessonPosition(
  store: ProgressWriter,
  lessonId: string,
  position: { section: number; scroll?: number },
): ProgressData {
  const nowIso = toIso(store.now());
  return store.update((draft) => {
    const entry = lessonEntry(draft, lessonId, nowIso);
    entry.section = position.section;
    if (position.scroll === undefined) delete entry.scroll;
    else entry.scroll = position.scroll;
    entry.lastOpenedAt = nowIso;
    draft.lessons.lastLessonId = lessonId;
  }, KEEPS_ANSWERS);
}

/** Marks a lesson completed; the first completion time is kept. */
export function completeLesson(store: ProgressWriter, lessonId: string): ProgressData {
  const nowIso = toIso(store.now());
  return store.update((draft) => {
    const entry = lessonEntry(draft, lessonId, nowIso);
    entry.completed = true;
    entry.completedAt ??= nowIso;
    entry.lastOpenedAt = nowIso;
  }, KEEPS_ANSWERS);
}

/** The learner's latest answer to a check-yourself question in a lesson. */
export function recordCheck(store: ProgressWriter, lessonId: string, checkId: string, correct: boolean): ProgressData {
  const nowIso = toIso(store.now());
  return store.update((draft) => {
    lessonEntry(draft, lessonId, nowIso).checks[checkId] = { correct, answeredAt: nowIso };
  }, KEEPS_ANSWERS);
}
