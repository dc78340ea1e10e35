// A check-yourself question inside the reader: choose, confirm, grade. Pure, so the reader's
// reducer can apply it to several keys in a row before React renders.
import type { Question } from '../../../content/index.js';
import {
  type AnswerAction,
  type AnswerProblem,
  type AnswerState,
  startAnswer,
  updateAnswer,
} from '../../../quiz/index.js';

export interface CheckState {
  cursor: number;
  /** Option indices picked, ascending. */
  selected: number[];
  submitted: boolean;
  correct?: boolean;
  /** Why Enter did nothing (nothing picked, wrong number picked). */
  message?: string;
  /** The wrong picks of the try before a retry: their explanations stay on screen. */
  lastTry?: number[];
}

export type CheckAction = { type: 'move'; by: number } | { type: 'pick'; index?: number } | { type: 'submit' };

export const freshCheck = (): CheckState => ({ cursor: 0, selected: [], submitted: false });

/** `r` after a wrong answer: answer again, keeping what was picked so its explanation stays. */
export function retryCheck(state: CheckState): CheckState {
  if (!state.submitted || state.correct !== false) return state;
  return { ...freshCheck(), lastTry: state.selected };
}

/** How many options an answer needs: 1, or every keyed option of a multiple-response question. */
export function requiredPicks(question: Question): number {
  return question.type === 'single' ? 1 : question.options.filter((option) => option.correct).length;
}

export function isRightAnswer(question: Question, selected: readonly number[]): boolean {
  const key = question.options.flatMap((option, i) => (option.correct ? [i] : []));
  return key.length === selected.length && key.every((index) => selected.includes(index));
}

/**
 * A check follows the one answer model of practice and the exam (src/quiz/answer.ts): a number
 * or Space chooses, Enter confirms; only the refusals are worded for the lesson.
 */
export function updateCheck(question: Question, state: CheckState, action: CheckAction): CheckState {
  if (state.submitted) return state;
  const before: AnswerState = {
    ...startAnswer(question.options.length, requiredPicks(question), question.type !== 'single', state.selected),
    cursor: state.cursor,
  };
  const after = updateAnswer(before, toAnswerAction(action));
  if (after === before) return state;
  const next: CheckState = {
    cursor: after.cursor,
    selected: after.chosen,
    submitted: after.submitted,
    ...(state.lastTry === undefined || after.submitted ? {} : { lastTry: state.lastTry }),
  };
  if (after.submitted) return { ...next, correct: isRightAnswer(question, after.chosen) };
  return after.problem ? { ...next, message: problemText(after.problem) } : next;
}

function toAnswerAction(action: CheckAction): AnswerAction {
  if (action.type === 'move') return action;
  if (action.type === 'submit') return { type: 'confirm' };
  return action.index === undefined ? { type: 'toggle' } : { type: 'choose', position: action.index };
}

function problemText(problem: AnswerProblem): string {
  if (problem.kind === 'none-chosen')
    return problem.need === 1 ? 'Pick an answer first.' : `Pick ${problem.need} answers first.`;
  return `This question needs ${problem.need} answers; you picked ${problem.chosen}.`;
}
