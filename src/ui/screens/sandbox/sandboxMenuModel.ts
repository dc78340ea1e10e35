// The sandbox's scenario menu as a pure model: a cursor over the scenarios, and for a solved one a
// second question ("your solved world" or "start again") with its own cursor. Esc in the question
// goes back to the list; Esc on the list is the shell's (back to Home).
import { type Keymap, on } from '../../shell/keymap.js';
import { isBack } from '../../shell/keys.js';
import { type ListMove, listBindings, moveCursor } from '../../widgets/list/index.js';

export interface SandboxMenuState {
  index: number;
  /** The reopen question for the selected solved scenario; `choice` 0 = solved world, 1 = again. */
  asking: { choice: number } | null;
}

export type SandboxMenuAction =
  | { type: 'move'; move: ListMove }
  | { type: 'enter' }
  | { type: 'back' }
  /** Sent by the view after `enter` on a solved scenario: ask before opening. */
  | { type: 'ask' };

export const REOPEN_CHOICES = 2;

export const initialMenu = (): SandboxMenuState => ({ index: 0, asking: null });

export function sandboxMenuReducer(count: number, page?: number) {
  return (state: SandboxMenuState, action: SandboxMenuAction): SandboxMenuState => {
    switch (action.type) {
      case 'move':
        return state.asking
          ? { ...state, asking: { choice: moveCursor(state.asking.choice, action.move, REOPEN_CHOICES) } }
          : { ...state, index: moveCursor(state.index, action.move, count, page) };
      case 'ask':
        return { ...state, asking: { choice: 0 } };
      case 'back':
        return state.asking ? { ...state, asking: null } : state;
      case 'enter':
        return state;
    }
  };
}

const asking = (state: SandboxMenuState) => state.asking !== null;

export const sandboxMenuKeymap: Keymap<SandboxMenuState, SandboxMenuAction> = [
  ...listBindings<SandboxMenuState, SandboxMenuAction>({ move: (move) => ({ type: 'move', move }) }),
  { keys: 'Enter', label: (state) => (asking(state) ? 'choose' : 'open'), match: on.enter, action: { type: 'enter' } },
  { keys: 'Esc', label: 'scenarios', match: isBack, action: { type: 'back' }, when: asking },
];
