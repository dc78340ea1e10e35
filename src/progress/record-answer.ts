import type { AnswerRecord, ProgressData, QuizMode } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import { toIso } from './time.js';

export interface AnswerInput {
  questionId: string;
  topic: string;
  correct: boolean;
  /** Option indices in the question file's order (undo the display shuffle first). */
  chosen: readonly number[];
  misconceptions?: readonly string[];
  mode: QuizMode;
  attemptId?: string;
  /** Epoch ms; the store's clock when omitted. */
  at?: number;
}

export function toAnswerRecord(answer: AnswerInput, nowMs: number): AnswerRecord {
  return {
    questionId: answer.questionId,
    topic: answer.topic,
    correct: answer.correct,
    chosen: [...answer.chosen],
    misconceptions: [...(answer.misconceptions ?? [])],
    mode: answer.mode,
    ...(answer.attemptId !== undefined ? { attemptId: answer.attemptId } : {}),
    at: toIso(answer.at ?? nowMs),
  };
}

/** Appends one answer to the log. When this returns, the answer is on disk. */
export function recordAnswer(store: ProgressWriter, answer: AnswerInput): ProgressData {
  const nowMs = store.now();
  return store.update((draft) => {
    draft.quiz.answers.push(toAnswerRecord(answer, nowMs));
  }, KEEPS_ANSWERS);
}

/** Appends several answers in one locked write (a finished exam, say). */
export function recordAnswers(store: ProgressWriter, answers: readonly AnswerInput[]): ProgressData {
  const nowMs = store.now();
  return store.update((draft) => {
    for (const answer of answers) draft.quiz.answers.push(toAnswerRecord(answer, nowMs));
  }, KEEPS_ANSWERS);
}
