// "Review mistakes" as a pure model (issue #16): the open mistakes (src/quiz/mistakes.ts,
// derived from the answer log, oldest first) as a list; Enter opens one with the explanation of
// the option chosen and of the right one; `a` answers it again in practice, which records the
// answer, so a right answer takes it off the list when the screen is back on top.
import type { Keymap } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';

export interface MistakesState {
  cursor: number;
  /** Index of the mistake shown in full, or null on the list. */
  open: number | null;
  /** First row of the open mistake shown. */
  offset: number;
}

export type MistakesAction =
  | { type: 'move'; by: number }
  | { type: 'to'; where: 'first' | 'last' }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'scroll'; by: number }
  | { type: 'retry' };

/** What the screen holds fixed while drawing: how many mistakes, and how far the open one scrolls. */
export interface MistakesEnv {
  count: number;
  /** Largest offset of the open mistake's rows in the window drawn. */
  maxOffset: number;
  /** Rows of a page in the open mistake. */
  page: number;
}

export const mistakesStart: MistakesState = { cursor: 0, open: null, offset: 0 };

const clamp = (n: number, max: number) => Math.min(Math.max(0, n), Math.max(0, max));

export function mistakesReduce(env: MistakesEnv) {
  return (state: MistakesState, action: MistakesAction): MistakesState => {
    // The list shrinks when a mistake is answered right elsewhere: keep the cursor on it.
    const cursor = clamp(state.cursor, env.count - 1);
    switch (action.type) {
      case 'move':
        if (state.open !== null) return { ...state, offset: clamp(state.offset + action.by, env.maxOffset) };
        return { ...state, cursor: clamp(cursor + action.by, env.count - 1) };
      case 'to':
        if (state.open !== null) return { ...state, offset: action.where === 'first' ? 0 : env.maxOffset };
        return { ...state, cursor: action.where === 'first' ? 0 : Math.max(0, env.count - 1) };
      case 'scroll':
        return { ...state, offset: clamp(state.offset + action.by * env.page, env.maxOffset) };
      case 'open':
        return env.count === 0 ? state : { cursor, open: cursor, offset: 0 };
      case 'close':
        return { ...state, cursor, open: null, offset: 0 };
      case 'retry':
        return state;
    }
  };
}

/** The question to answer again for this action, if it is one. */
export function retryTarget(state: MistakesState, action: MistakesAction, env: Pick<MistakesEnv, 'count'>) {
  if (action.type !== 'retry' || env.count === 0) return null;
  return state.open ?? clamp(state.cursor, env.count - 1);
}

export function mistakesKeymap(env: Pick<MistakesEnv, 'count'>): Keymap<MistakesState, MistakesAction> {
  const some = () => env.count > 0;
  const reading = (state: MistakesState) => state.open !== null;
  return [
    {
      keys: '↑↓',
      label: (s) => (reading(s) ? 'scroll' : 'move'),
      match: on.up,
      action: { type: 'move', by: -1 },
      when: some,
    },
    {
      keys: '↑↓',
      label: (s) => (reading(s) ? 'scroll' : 'move'),
      match: on.down,
      action: { type: 'move', by: 1 },
      when: some,
    },
    { keys: 'g/G', label: 'first/last', match: on.first, action: { type: 'to', where: 'first' }, footer: false },
    { keys: 'g/G', label: 'first/last', match: on.last, action: { type: 'to', where: 'last' }, footer: false },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageUp, action: { type: 'scroll', by: -1 }, when: reading },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageDown, action: { type: 'scroll', by: 1 }, when: reading },
    { keys: 'Enter', label: 'show why', match: on.enter, action: { type: 'open' }, when: (s) => some() && !reading(s) },
    { keys: 'a', label: 'answer again', match: on.char('a'), action: { type: 'retry' }, when: some },
    {
      keys: 'Esc',
      label: 'list',
      match: (_input, key) => key.escape,
      action: { type: 'close' },
      when: reading,
    },
  ];
}
