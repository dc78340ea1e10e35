// What the lesson screens need from outside: the loaded lessons and the lesson port of the
// progress client (src/app/progressClient.ts).
import { createContext, useContext } from 'react';
import type { LessonProgressPort } from '../../../app/index.js';
import type { Lesson } from '../../../content/index.js';

export interface LessonData {
  /** In curriculum order. */
  lessons: Lesson[];
  progress: LessonProgressPort;
}

export const LessonDataContext = createContext<LessonData | null>(null);

/** Null when the app was started without lesson content (the screens say so). */
export function useLessonData(): LessonData | null {
  return useContext(LessonDataContext);
}

/** Lessons in curriculum order (by `order`, then id, so the result never depends on load order). */
export function orderedLessons(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function lessonAfter(lessons: readonly Lesson[], id: string): Lesson | undefined {
  const ordered = orderedLessons(lessons);
  const index = ordered.findIndex((lesson) => lesson.id === id);
  return index === -1 ? undefined : ordered[index + 1];
}
