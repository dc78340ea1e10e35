// A check-yourself question inside the reader: pick, submit, grade. Pure, so the reader's
// reducer can apply it to several keys in a row before React renders.
import type { Question } from '../../../content/index.js';

export interface CheckState {
  cursor: number;
  /** Option indices picked, ascending. */
  selected: number[];
  submitted: boolean;
  correct?: boolean;
  /** Why Enter did nothing (nothing picked, wrong number picked). */
  message?: string;
}

export type CheckAction = { type: 'move'; by: number } | { type: 'pick'; index?: number } | { type: 'submit' };

export const freshCheck = (): CheckState => ({ cursor: 0, selected: [], submitted: false });

/** How many options an answer needs: 1, or every keyed option of a multiple-response question. */
export function requiredPicks(question: Question): number {
  return question.type === 'single' ? 1 : question.options.filter((option) => option.correct).length;
}

export function isRightAnswer(question: Question, selected: readonly number[]): boolean {
  const key = question.options.flatMap((option, i) => (option.correct ? [i] : []));
  return key.length === selected.length && key.every((index) => selected.includes(index));
}

export function updateCheck(question: Question, state: CheckState, action: CheckAction): CheckState {
  if (state.submitted) return state;
  const count = question.options.length;
  switch (action.type) {
    case 'move':
      return { ...state, cursor: Math.min(Math.max(state.cursor + action.by, 0), count - 1), message: undefined };
    case 'pick': {
      const index = action.index ?? state.cursor;
      if (index < 0 || index >= count) return state;
      if (question.type === 'single') return { ...state, cursor: index, selected: [index], message: undefined };
      const selected = state.selected.includes(index)
        ? state.selected.filter((i) => i !== index)
        : [...state.selected, index].sort((a, b) => a - b);
      return { ...state, cursor: index, selected, message: undefined };
    }
    case 'submit': {
      const need = requiredPicks(question);
      if (state.selected.length === 0) {
        return { ...state, message: need === 1 ? 'Pick an answer first.' : `Pick ${need} answers first.` };
      }
      if (state.selected.length !== need) {
        return { ...state, message: `This question needs ${need} answers; you picked ${state.selected.length}.` };
      }
      return { ...state, submitted: true, correct: isRightAnswer(question, state.selected), message: undefined };
    }
  }
}
