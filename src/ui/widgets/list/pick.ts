// The state most list screens need: a cursor and "open the selected item". The count and page size
// come from the render (lists grow when data arrives), so the reducer is made per render; useModel
// always applies the newest one to the newest state.
import type { Keymap } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';
import { type ListMove, listBindings, moveCursor } from './model.js';

export interface PickState {
  index: number;
}

export type PickAction = { type: 'move'; move: ListMove } | { type: 'open' };

export function pickReducer(count: number, page?: number) {
  return (state: PickState, action: PickAction): PickState => {
    if (action.type !== 'move') return state;
    const index = moveCursor(state.index, action.move, count, page);
    return index === state.index ? state : { index };
  };
}

/** Enter (named `open` in the footer) first, then the list keys when there is more than one item. */
export function pickKeymap(count: number, open: string): Keymap<PickState, PickAction> {
  return [
    { keys: 'Enter', label: open, match: on.enter, action: { type: 'open' }, when: () => count > 0 },
    ...listBindings<PickState, PickAction>({ move: (move) => ({ type: 'move', move }), when: () => count > 1 }),
  ];
}
