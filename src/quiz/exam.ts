// The mock exam as a pure reducer: (state, action) -> state. The state is plain JSON and holds
// everything needed to resume after quitting or a crash: question ids, each question's option
// order, answers, flags and the clock (see exam-timing.ts for how time is counted on resume).
//
// CLF-C02 rules: no feedback until the end, answers may be changed and questions flagged until
// submission, unanswered questions count as wrong, and the exam submits itself when time runs out.

import type { Question } from '../content/types.js';
import { type BlueprintCoverage, blueprintCoverage } from './blueprint.js';
import { EXAM_QUESTION_COUNT } from './domains.js';
import { examTimeLimitMinutes, MINUTE_MS } from './exam-timing.js';
import type { SessionItem } from './grading.js';
import { type QuestionView, questionView } from './question-view.js';
import { fail, ok, QuizError, type Result } from './result.js';
import { mulberry32, normaliseSeed } from './rng.js';
import { selectExamQuestions } from './selection.js';
import { buildItems, resolveItems } from './session-items.js';

export const EXAM_STATE_VERSION = 1;

export type ExamStatus = 'ready' | 'running' | 'submitted';
export type SubmitReason = 'learner' | 'time';

export interface ExamState {
  version: typeof EXAM_STATE_VERSION;
  kind: 'exam';
  seed: number;
  status: ExamStatus;
  items: SessionItem[];
  /** answers[i] = original option indices chosen for items[i]; [] means unanswered. */
  answers: number[][];
  flags: boolean[];
  /** Index of the question on screen. */
  current: number;
  timeLimitMs: number;
  /** Epoch ms of the `start` action; null until started. */
  startedAt: number | null;
  /** Time counted up to `resumedAt`. */
  elapsedMs: number;
  /** Epoch ms when the clock last (re)started counting; null until started. */
  resumedAt: number | null;
  /** Epoch ms of submission (for a time-out, the moment time ran out). */
  finishedAt: number | null;
  submitReason: SubmitReason | null;
}

/** Every action carries `now` (epoch ms) so the reducer can notice that time ran out. */
export type ExamAction =
  | { type: 'start'; now: number }
  /** After loading a saved exam: restarts the clock without counting the time the app was closed. */
  | { type: 'resume'; now: number }
  /** `choice` holds original option indices; [] clears the answer. Wrong-sized choices are ignored. */
  | { type: 'answer'; choice: readonly number[]; index?: number; now: number }
  | { type: 'toggle-flag'; index?: number; now: number }
  | { type: 'goto'; index: number; now: number }
  | { type: 'submit'; now: number }
  | { type: 'tick'; now: number };

export interface ExamOptions {
  questions: readonly Question[];
  /** Defaults to 65, the real exam's length; capped at the bank size. */
  count?: number;
  seed: number;
  /** Defaults to the exam's pace for the number of questions (see examTimeLimitMinutes). */
  timeLimitMinutes?: number;
  /** Defaults to true. */
  shuffleOptions?: boolean;
}

export interface SessionStart<S> {
  state: S;
  notes: string[];
}

export interface ExamStart extends SessionStart<ExamState> {
  /** Which part of the CLF-C02 blueprint the drawn questions cover (describeCoverage words it). */
  coverage: BlueprintCoverage;
}

/** A ready (not yet started) exam; dispatch `start` to begin the clock. */
export function createExam(options: ExamOptions): Result<ExamStart> {
  const count = options.count ?? EXAM_QUESTION_COUNT;
  if (!Number.isInteger(count) || count < 1) {
    return fail(`The number of exam questions must be a whole number of at least 1 (got ${count}).`);
  }
  if (options.questions.length === 0) return fail('The question bank is empty, so there is no exam to take.');
  const limit = options.timeLimitMinutes;
  if (limit !== undefined && !(Number.isFinite(limit) && limit > 0)) {
    return fail(`The time limit must be a positive number of minutes (got ${limit}).`);
  }

  const seed = normaliseSeed(options.seed);
  const rng = mulberry32(seed);
  const selection = selectExamQuestions(options.questions, count, rng);
  const items = buildItems(selection.questions, rng, options.shuffleOptions ?? true);
  const minutes = limit ?? examTimeLimitMinutes(items.length);
  return ok({
    state: {
      version: EXAM_STATE_VERSION,
      kind: 'exam',
      seed,
      status: 'ready',
      items,
      answers: items.map(() => []),
      flags: items.map(() => false),
      current: 0,
      timeLimitMs: Math.round(minutes * MINUTE_MS),
      startedAt: null,
      elapsedMs: 0,
      resumedAt: null,
      finishedAt: null,
      submitReason: null,
    },
    notes: selection.notes,
    coverage: blueprintCoverage(selection.questions),
  });
}

/** Folds the time since `resumedAt` into `elapsedMs`; submits the exam if the time is up. */
function advanceClock(state: ExamState, now: number): ExamState {
  const counted = state.elapsedMs + Math.max(0, now - (state.resumedAt ?? now));
  if (counted >= state.timeLimitMs) {
    const overshoot = counted - state.timeLimitMs;
    return {
      ...state,
      status: 'submitted',
      elapsedMs: state.timeLimitMs,
      resumedAt: now,
      finishedAt: now - overshoot,
      submitReason: 'time',
    };
  }
  return { ...state, elapsedMs: counted, resumedAt: now };
}

function isValidChoice(item: SessionItem, choice: readonly number[]): boolean {
  if (choice.length === 0) return true;
  const unique = new Set(choice);
  return (
    unique.size === choice.length &&
    choice.length === item.choose &&
    choice.every((index) => Number.isInteger(index) && index >= 0 && index < item.optionOrder.length)
  );
}

function inRange(state: ExamState, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < state.items.length;
}

/**
 * Actions that make no sense in the current state (answering before `start`, anything after
 * submission, an out-of-range index, a choice of the wrong size) leave the state as it was; the
 * UI checks choices first with `validateSelection` to tell the learner why. An action that
 * arrives after time ran out submits the exam instead of taking effect.
 */
export function examReducer(state: ExamState, action: ExamAction): ExamState {
  if (state.status === 'submitted') return state;
  if (state.status === 'ready') {
    if (action.type !== 'start') return state;
    return { ...state, status: 'running', startedAt: action.now, resumedAt: action.now, elapsedMs: 0 };
  }

  const base = action.type === 'resume' ? { ...state, resumedAt: action.now } : state;
  const timed = advanceClock(base, action.now);
  if (timed.status === 'submitted') return timed;

  switch (action.type) {
    case 'start':
    case 'resume':
    case 'tick':
      return timed;
    case 'answer': {
      const index = action.index ?? timed.current;
      const item = timed.items[index];
      if (!item || !isValidChoice(item, action.choice)) return timed;
      const answers = timed.answers.slice();
      answers[index] = [...action.choice].sort((a, b) => a - b);
      return { ...timed, answers };
    }
    case 'toggle-flag': {
      const index = action.index ?? timed.current;
      if (!inRange(timed, index)) return timed;
      const flags = timed.flags.slice();
      flags[index] = !flags[index];
      return { ...timed, flags };
    }
    case 'goto':
      return inRange(timed, action.index) ? { ...timed, current: action.index } : timed;
    case 'submit':
      return { ...timed, status: 'submitted', finishedAt: action.now, submitReason: 'learner' };
  }
}

export function isAnswered(state: ExamState, index: number): boolean {
  return (state.answers[index]?.length ?? 0) > 0;
}

export interface GridCell {
  index: number;
  number: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
}

export interface ExamGrid {
  cells: GridCell[];
  answered: number;
  unanswered: number;
  flagged: number;
}

/** The review grid shown before submitting. */
export function examGrid(state: ExamState): ExamGrid {
  const cells = state.items.map((_, index) => ({
    index,
    number: index + 1,
    answered: isAnswered(state, index),
    flagged: state.flags[index] === true,
    current: index === state.current,
  }));
  const answered = cells.filter((c) => c.answered).length;
  return {
    cells,
    answered,
    unanswered: cells.length - answered,
    flagged: cells.filter((c) => c.flagged).length,
  };
}

export interface ExamQuestionView extends QuestionView {
  flagged: boolean;
}

/** The question at `index` (default: the current one) as the screen shows it. */
export function examQuestionView(
  state: ExamState,
  questions: readonly Question[],
  index = state.current,
): ExamQuestionView {
  const item = state.items[index];
  if (!item) throw new QuizError(`The exam has no question ${index + 1}.`);
  const [question] = resolveItems([item], questions);
  return {
    ...questionView(item, question!, index, state.items.length, state.answers[index] ?? []),
    flagged: state.flags[index] === true,
  };
}
