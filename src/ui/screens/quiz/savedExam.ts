// Reading back the exam in progress: parse, check it against today's bank, and describe it.

import type { Question } from '../../../content/index.js';
import { type ExamState, examGrid } from '../../../quiz/exam.js';
import { formatClock } from '../../../quiz/exam-timing.js';
import { parseExamState } from '../../../quiz/persist.js';
import { checkSession } from '../../../quiz/session-items.js';
import type { QuizProgressPort } from '../../../app/index.js';

export type SavedExam = { kind: 'none' } | { kind: 'ok'; state: ExamState } | { kind: 'broken'; problem: string };

export function loadSavedExam(progress: QuizProgressPort, questions: readonly Question[]): SavedExam {
  let raw: unknown;
  try {
    raw = progress.loadExam();
  } catch (error) {
    return {
      kind: 'broken',
      problem: `The saved exam could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (raw === null || raw === undefined) return { kind: 'none' };
  const parsed = parseExamState(raw);
  if (!parsed.ok) return { kind: 'broken', problem: parsed.message };
  const problems = checkSession(parsed.value, questions);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return { kind: 'broken', problem: `The saved exam cannot be resumed: ${problems[0]}${more}` };
  }
  return { kind: 'ok', state: parsed.value };
}

/**
 * Time left when resumed. Resuming does not count the time the app was closed (see
 * exam-timing.ts), so this is the limit minus the time counted so far, whatever the clock says.
 */
export function savedRemainingMs(state: ExamState): number {
  return Math.max(0, state.timeLimitMs - state.elapsedMs);
}

/** "23:41 left, question 12/65" */
export function describeSaved(state: ExamState): string {
  return `${formatClock(savedRemainingMs(state))} left, question ${state.current + 1}/${state.items.length}`;
}

export function answeredCount(state: ExamState): number {
  return examGrid(state).answered;
}
