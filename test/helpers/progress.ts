// Progress for tests, through the app's one progress client over the memory store (the same
// ProgressClient run.tsx puts over the file store).
import {
  type LessonProgressEntry,
  type LessonProgressPort,
  memoryProgressClient,
  progressWithLessons,
} from '../../src/app/index.js';
import type { AnswerRecord } from '../../src/progress/index.js';

export const TEST_NOW = Date.UTC(2026, 0, 1);

/** The lesson port of a fresh memory client, starting from these saved lessons. */
export function memoryLessonProgress(
  initial: Record<string, LessonProgressEntry> = {},
  lastLessonId?: string,
): LessonProgressPort {
  const now = () => TEST_NOW;
  return memoryProgressClient({ now, initial: progressWithLessons(TEST_NOW, initial, lastLessonId) }).lessons;
}

/** A stored practice answer, as a progress file holds it (first option chosen, no misconceptions). */
export function practiceAnswer(topic: string, correct: boolean, questionId: string, at: string): AnswerRecord {
  return { questionId, topic, correct, chosen: [0], misconceptions: [], mode: 'practice', at };
}
