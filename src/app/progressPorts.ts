// What the screens may ask of the learner's progress, typed here in the application layer (they
// were typed in the screens and implemented in ui/data, which imported the screens). One
// implementation: ProgressClient (progressClient.ts), over the file store or the memory store.
import type { AttemptMode, AttemptSummary, ConceptCards, ExamState } from '../quiz/index.js';
import type { PracticeSettings } from '../progress/index.js';

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

/** One answer for the answer log. */
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
   * One answer and the review cards it changes, in one store write (see quizClient.ts):
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
  /** The practice setup last started (topics, count, mode), to preselect next time. */
  lastPractice?(): PracticeSettings | undefined;
  saveLastPractice?(settings: PracticeSettings): void;
  /** The practice session in progress as stored (unchecked), or null; see setPracticeInProgress. */
  loadPractice?(): unknown | null;
  /** Saves (or with null clears) the practice session in progress on its own. */
  savePractice?(snapshot: Record<string, unknown> | null): void;
}
