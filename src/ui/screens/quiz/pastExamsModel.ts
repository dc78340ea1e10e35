// Past mock exams, newest first, as a pure model (issue #16): Enter reopens one read-only through
// reopenAttempt; attempts saved before items were stored say they cannot be reopened.
import type { Keymap } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';

export interface PastExamsState {
  cursor: number;
}

export type PastExamsAction = { type: 'move'; by: number } | { type: 'open' };

export const pastExamsStart: PastExamsState = { cursor: 0 };

export function pastExamsReduce(count: number) {
  return (state: PastExamsState, action: PastExamsAction): PastExamsState => {
    if (action.type === 'open') return state;
    const cursor = Math.min(Math.max(0, state.cursor + action.by), Math.max(0, count - 1));
    return cursor === state.cursor ? state : { cursor };
  };
}

export function pastExamsKeymap(count: number): Keymap<PastExamsState, PastExamsAction> {
  const some = () => count > 0;
  return [
    { keys: '↑↓', label: 'move', match: on.up, action: { type: 'move', by: -1 }, when: some },
    { keys: '↑↓', label: 'move', match: on.down, action: { type: 'move', by: 1 }, when: some },
    { keys: 'Enter', label: 'open report', match: on.enter, action: { type: 'open' }, when: some },
  ];
}
