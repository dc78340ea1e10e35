import type { Keymap } from '../../shell/keymap.js';
import type { RouteName } from '../../shell/routes.js';
import { on } from '../../shell/keymap.js';
import { type ListMove, listBindings, moveCursor } from '../../widgets/list/index.js';

/** The home menu: where each entry leads, in order. `route` undefined is Quit. */
export const homeEntries = [
  { id: 'lessons', label: 'Lessons', route: 'lessons' },
  { id: 'quiz', label: 'Practice quiz', route: 'quiz' },
  { id: 'exam', label: 'Exam simulation', route: 'exam' },
  { id: 'sandbox', label: 'Sandbox', route: 'sandbox' },
  { id: 'progress', label: 'Progress', route: 'progress' },
  { id: 'help', label: 'Help', route: 'help' },
  { id: 'quit', label: 'Quit', route: undefined },
] as const;

export type HomeEntryId = (typeof homeEntries)[number]['id'];

export interface HomeState {
  index: number;
  /** Questions due for review, once counted; `d` drills them only when there are some. */
  due: number;
}

export type HomeAction =
  | { type: 'move'; move: ListMove }
  | { type: 'open' }
  | { type: 'drill' }
  | { type: 'due'; due: number };

export const homeStart: HomeState = { index: 0, due: 0 };

const count = homeEntries.length;

export function homeReduce(state: HomeState, action: HomeAction): HomeState {
  switch (action.type) {
    case 'move': {
      const index = moveCursor(state.index, action.move, count);
      return index === state.index ? state : { ...state, index };
    }
    case 'due':
      return action.due === state.due ? state : { ...state, due: action.due };
    default:
      return state;
  }
}

/** What an action means outside the menu: a screen to open, or quitting. */
export type HomeOutcome = { open: RouteName } | { quit: true } | null;

export function homeOutcome(state: HomeState, action: HomeAction): HomeOutcome {
  if (action.type === 'drill') return { open: 'drill' };
  if (action.type !== 'open') return null;
  const entry = homeEntries[state.index]!;
  return entry.route === undefined ? { quit: true } : { open: entry.route };
}

export const homeKeymap: Keymap<HomeState, HomeAction> = [
  ...listBindings<HomeState, HomeAction>({ move: (move) => ({ type: 'move', move }) }),
  { keys: 'Enter', label: 'open', match: on.enter, action: { type: 'open' } },
  { keys: 'd', label: 'drill due', match: on.char('d'), action: { type: 'drill' }, when: (state) => state.due > 0 },
];
