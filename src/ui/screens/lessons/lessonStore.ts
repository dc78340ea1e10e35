// What the lesson screens need from outside: the loaded lessons and a small port onto the
// progress store. run.tsx provides the real ones; tests provide memoryLessonProgress().
import { createContext, useContext } from 'react';
import type { Lesson } from '../../../content/index.js';

export interface LessonProgressEntry {
  completed: boolean;
  /** 0-based section the learner was reading. */
  section: number;
  /** First visible line of that section. */
  scroll: number;
  /** Latest answer to each check-yourself question, by question id. */
  checks: Record<string, { correct: boolean }>;
  /** ISO time last opened: "Continue" prefers the newest half-read lesson. */
  lastOpenedAt?: string;
}

export interface LessonProgressPort {
  get(lessonId: string): LessonProgressEntry | undefined;
  /** The lesson the learner opened most recently, for "Continue". */
  lastLessonId(): string | undefined;
  savePosition(lessonId: string, section: number, scroll: number): void;
  saveCheck(lessonId: string, checkId: string, correct: boolean): void;
  complete(lessonId: string): void;
}

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

/** Progress kept in memory: for tests, and a fallback when the store cannot be opened. */
export function memoryLessonProgress(
  initial: Record<string, LessonProgressEntry> = {},
  last?: string,
): LessonProgressPort {
  const entries = new Map(Object.entries(initial).map(([id, entry]) => [id, structuredClone(entry)]));
  let lastId = last;
  // Opening order stands in for the clock this port does not have.
  let opened = 0;
  const openedAt = () => new Date(Date.UTC(2026, 0, 1) + ++opened).toISOString();
  const entry = (id: string): LessonProgressEntry => {
    let found = entries.get(id);
    if (found === undefined) {
      found = { completed: false, section: 0, scroll: 0, checks: {} };
      entries.set(id, found);
    }
    return found;
  };
  return {
    get: (id) => {
      const found = entries.get(id);
      return found === undefined ? undefined : structuredClone(found);
    },
    lastLessonId: () => lastId,
    savePosition: (id, section, scroll) => {
      Object.assign(entry(id), { section, scroll, lastOpenedAt: openedAt() });
      lastId = id;
    },
    saveCheck: (id, checkId, correct) => {
      entry(id).checks[checkId] = { correct };
    },
    complete: (id) => {
      Object.assign(entry(id), { completed: true, lastOpenedAt: openedAt() });
    },
  };
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
