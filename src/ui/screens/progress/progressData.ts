// What the Progress dashboard needs from outside: the progress store and the question bank.
// run.tsx provides the real store (openProgressData.ts); tests use createMemoryProgressStore.
import { createContext, useContext } from 'react';
import type { Question } from '../../../content/index.js';
import type { ProgressStore } from '../../../progress/index.js';

export interface LessonRef {
  id: string;
  title: string;
}

export interface ProgressData {
  store: ProgressStore;
  /** Bank questions (built-in plus any pack), for due reviews. */
  questions: readonly Question[];
  /** The lessons "lessons completed" counts; default: the built-in curriculum topics. */
  lessons?: readonly LessonRef[];
}

export const ProgressDataContext = createContext<ProgressData | null>(null);

/** Null when the app was started without a progress store; the screen explains instead. */
export function useProgressData(): ProgressData | null {
  return useContext(ProgressDataContext);
}
