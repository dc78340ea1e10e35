// What the quiz screens need from outside: the question bank and a narrow port onto the
// progress store. run.tsx provides the real store behind this port; tests provide a fake.

import { createContext, useContext } from 'react';
import type { Question } from '../../../content/index.js';
import type { AttemptMode, AttemptSummary } from '../../../quiz/index.js';
import type { ExamState } from '../../../quiz/index.js';
import type { ConceptCards } from '../../../quiz/index.js';

/** One answer for the answer log (progress store's `recordAnswer`). */
export interface AnswerEvent {
  questionId: string;
  topic: string;
  correct: boolean;
  /** Option indices in the question file's order (never on-screen positions). */
  chosen: number[];
  /** Misconception tags of the wrong options chosen. */
  misconceptions: string[];
  mode: AttemptMode;
  /** The attempt (practice session, drill, exam) the answer belongs to. */
  attemptId?: string;
  /** Epoch ms. */
  at: number;
}

/**
 * Every method writes through at once (the progress store is atomic per call) and may throw;
 * the screens catch and show the message, and carry on.
 */
export interface QuizProgressPort {
  recordAnswer(answer: AnswerEvent): void;
  /**
   * One answer and the review cards it changes, in one store write (see src/app/quizClient.ts):
   * `change` gets the cards saved now and returns the ones to store. Several answers (a
   * submitted exam) share the one write.
   */
  answer(
    answer: AnswerEvent | readonly AnswerEvent[],
    change: (saved: ConceptCards) => ConceptCards,
    options?: { practiceInProgress?: Record<string, unknown> | null },
  ): void;
  /** Several answers in one write (a submitted exam). */
  recordAnswers(answers: readonly AnswerEvent[]): void;
  /**
   * Saves an attempt summary (replacing one with the same id). With `clearExam`, the saved exam
   * in progress is cleared in the same write, so a crash cannot leave both behind.
   */
  recordAttempt(summary: AttemptSummary, options?: { clearExam?: boolean }): void;
  /** The saved exam in progress as stored (unchecked), or null. */
  loadExam(): unknown | null;
  saveExam(state: ExamState | null): void;
  /** FSRS cards by concept id as stored (unchecked); `{}` when there are none. */
  loadCards(): unknown;
  /** Saves these cards; cards of concepts not named are left alone. */
  saveCards(cards: ConceptCards): void;
  /**
   * Changes cards starting from the ones saved now (another instance or an import may have
   * changed them since they were loaded): `change` gets the saved cards, returns the new ones.
   */
  updateCards(change: (saved: ConceptCards) => ConceptCards): void;
  /** Attempt history, oldest first. */
  attempts(): AttemptSummary[];
}

export interface QuizData {
  questions: Question[];
  progress: QuizProgressPort;
  /** How often the exam clock ticks (and the exam is saved), in ms. Default 1000; tests shorten it. */
  tickMs?: number;
  /** The "instant answers" setting: a letter submits a single-answer practice question at once. */
  instantAnswers?: boolean;
}

export const QuizDataContext = createContext<QuizData | null>(null);

/** Null when the app was started without quiz data; screens then explain instead of crashing. */
export function useQuizData(): QuizData | null {
  return useContext(QuizDataContext);
}

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
