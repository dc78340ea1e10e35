// Practice that resumes after Ctrl+C (issue #16): the snapshot saved with each answer is the
// engine's PracticeState itself (question ids in order with their option order, answers so far,
// seed, topics, mode), so rebuilding it is checking it against today's bank.
import type { Question } from '../../../content/index.js';
import type { PracticeState } from '../../../quiz/index.js';

export type SavedPractice =
  | { kind: 'none' }
  | { kind: 'ok'; state: PracticeState; answered: number; total: number }
  /** A snapshot that cannot be rebuilt (a question gone or changed); the screen clears it and says so. */
  | { kind: 'stale'; problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What to save after an answer: the session, or null once it is finished (nothing to resume). */
export function practiceSnapshot(state: PracticeState): Record<string, unknown> | null {
  if (state.mode !== 'practice' || state.finishedAt !== null) return null;
  if (state.answers.every((a) => a.length > 0)) return null;
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}

/** Checks a stored snapshot against the bank; a good one resumes at its first unanswered question. */
export function readSavedPractice(stored: unknown, questions: readonly Question[]): SavedPractice {
  if (stored === null || stored === undefined) return { kind: 'none' };
  const broken = {
    kind: 'stale',
    problem: 'The saved practice session could not be read, so it was cleared.',
  } as const;
  if (!isObject(stored) || stored.kind !== 'practice' || !Array.isArray(stored.items) || !Array.isArray(stored.answers))
    return broken;
  const items = stored.items as unknown[];
  const answers = stored.answers as unknown[];
  if (items.length === 0 || answers.length !== items.length) return broken;
  const byId = new Map(questions.map((q) => [q.id, q]));
  let gone = 0;
  for (const item of items) {
    if (!isObject(item) || typeof item.questionId !== 'string' || !Array.isArray(item.optionOrder)) return broken;
    const question = byId.get(item.questionId);
    if (!question || item.optionOrder.length !== question.options.length) gone += 1;
  }
  if (gone > 0) {
    const what = gone === 1 ? '1 of its questions is' : `${gone} of its questions are`;
    return {
      kind: 'stale',
      problem: `The saved practice session was cleared: ${what} no longer in the question bank.`,
    };
  }
  const answered = answers.filter((a) => Array.isArray(a) && a.length > 0).length;
  const next = answers.findIndex((a) => !Array.isArray(a) || a.length === 0);
  if (next < 0) return { kind: 'none' };
  const state = { ...(stored as unknown as PracticeState), current: next, finishedAt: null };
  return { kind: 'ok', state, answered, total: items.length };
}
