import { completeLesson, recordCheck, setLessonPosition } from '../../progress/index.js';
import type { LessonProgressPort } from '../screens/lessons/lessonStore.js';
import type { ProgressSnapshot } from './progressSnapshot.js';
import { ownEntry } from '../../untrusted/own-entry.js';

/** The lesson reader's port, written straight through to the progress store. */
export function storeLessonProgress(snapshot: ProgressSnapshot): LessonProgressPort {
  return {
    get: (lessonId) => {
      const entry = ownEntry(snapshot.current().lessons.byId, lessonId);
      if (entry === undefined) return undefined;
      const checks = Object.fromEntries(
        Object.entries(entry.checks).map(([id, answer]) => [id, { correct: answer.correct }]),
      );
      return {
        completed: entry.completed,
        section: entry.section,
        scroll: entry.scroll ?? 0,
        checks,
        lastOpenedAt: entry.lastOpenedAt,
      };
    },
    lastLessonId: () => snapshot.current().lessons.lastLessonId,
    savePosition: (lessonId, section, scroll) => {
      snapshot.update((store) => setLessonPosition(store, lessonId, { section, scroll }));
    },
    saveCheck: (lessonId, checkId, correct) => {
      snapshot.update((store) => recordCheck(store, lessonId, checkId, correct));
    },
    complete: (lessonId) => {
      snapshot.update((store) => completeLesson(store, lessonId));
    },
  };
}
