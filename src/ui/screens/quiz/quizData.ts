// What the quiz screens need from outside: the question bank and the quiz port of the progress
// client (src/app/progressClient.ts).

import { useTutor } from '../../data/TutorContext.js';
import type { Question } from '../../../content/index.js';
import type { QuizProgressPort } from '../../../app/index.js';

export interface QuizData {
  questions: Question[];
  progress: QuizProgressPort;
  /** Lesson titles by id, a pack's lessons included: a pack topic is shown by its lesson's title. */
  topicNames?: ReadonlyMap<string, string>;
  /** How often the exam clock ticks (and the exam is saved), in ms. Default 1000; tests shorten it. */
  tickMs?: number;
  /** The "instant answers" setting: a letter submits a single-answer practice question at once. */
  instantAnswers?: boolean;
}

/** Null until the banks are loaded; screens then explain instead of crashing. From the one context. */
export const useQuizData = (): QuizData | null => useTutor().quizData;

export const DEFAULT_TICK_MS = 1000;

/** Runs a store call; returns the failure as a message for the learner instead of throwing. */
export function trySave(action: () => void, what: string): string | null {
  try {
    action();
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `Could not save ${what}: ${reason}`;
  }
}
