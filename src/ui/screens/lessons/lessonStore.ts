// What the lesson screens need from outside: the loaded lessons and the lesson port of the
// progress client (src/app/progressClient.ts).
import type { LessonProgressPort } from '../../../app/index.js';
import type { Lesson } from '../../../content/index.js';
import { useTutor } from '../../data/TutorContext.js';

export interface LessonData {
  /** In curriculum order. */
  lessons: Lesson[];
  progress: LessonProgressPort;
}

/** Null until the lessons are loaded (the screens say so). From the one context. */
export const useLessonData = (): LessonData | null => useTutor().lessonData;

/** Lessons in curriculum order (by `order`, then id, so the result never depends on load order). */
export function orderedLessons(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function lessonAfter(lessons: readonly Lesson[], id: string): Lesson | undefined {
  const ordered = orderedLessons(lessons);
  const index = ordered.findIndex((lesson) => lesson.id === id);
  return index === -1 ? undefined : ordered[index + 1];
}
