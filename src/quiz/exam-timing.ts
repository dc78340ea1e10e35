// Exam clock arithmetic. All times are epoch milliseconds passed in by the caller.
//
// Resume policy: the exam counts only time the app was open. The state keeps `elapsedMs` (time
// counted so far) and `resumedAt` (when counting last restarted). Every action folds the time
// since `resumedAt` into `elapsedMs`; a `resume` action after a restart moves `resumedAt` to the
// new `now` WITHOUT counting the gap, so closing the app (or a crash) pauses the countdown. We
// chose this over wall-clock time because a learner whose terminal crashed should not lose the
// minutes it took to restart. The cost: time between the last saved action and the crash is not
// counted either, so the shell should save on every tick as well as on every answer.

import { EXAM_MINUTES, EXAM_QUESTION_COUNT } from './domains.js';

export const MINUTE_MS = 60_000;

/** The exam's pace (90 minutes for 65 questions), rounded to whole minutes, at least 1. */
export function examTimeLimitMinutes(questionCount: number): number {
  return Math.max(1, Math.round((questionCount * EXAM_MINUTES) / EXAM_QUESTION_COUNT));
}

export interface ClockState {
  status: 'ready' | 'running' | 'submitted';
  timeLimitMs: number;
  elapsedMs: number;
  resumedAt: number | null;
}

/** Time counted so far, as of `now`. A clock that goes backwards counts as no time passing. */
export function elapsedAt(state: ClockState, now: number): number {
  if (state.status !== 'running' || state.resumedAt === null) return state.elapsedMs;
  return state.elapsedMs + Math.max(0, now - state.resumedAt);
}

export function remainingMs(state: ClockState, now: number): number {
  return Math.max(0, state.timeLimitMs - elapsedAt(state, now));
}

/**
 * "1:29:59", "14:05", "0:00". Seconds round up, so the display shows 0:00 only when time is
 * really up and never sits at 0:00 while the exam still runs.
 */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}
