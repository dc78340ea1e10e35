import type { Keymap } from '../../shell/keymap.js';
import type { RouteName } from '../../shell/routes.js';
import { on } from '../../shell/keymap.js';
import { type ListMove, listBindings, moveCursor } from '../../widgets/list/index.js';

/** The home menu: where each entry leads, in order. `route` undefined is Quit. */
export const homeEntries = [
  { id: 'lessons', label: 'Lessons', route: 'lessons' },
  { id: 'quiz', label: 'Practice quiz', route: 'quiz' },
  { id: 'mistakes', label: 'Review mistakes', route: 'mistakes' },
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
  /** Open mistakes, once counted; the "Review mistakes" row shows only when there are some. */
  mistakes: number;
}

/** The rows shown now: "Review mistakes" is hidden while there is nothing to review. */
export function homeMenu(state: Pick<HomeState, 'mistakes'>) {
  return homeEntries.filter((entry) => entry.id !== 'mistakes' || state.mistakes > 0);
}

const MISTAKES_ROW = homeEntries.findIndex((entry) => entry.id === 'mistakes');

export type HomeAction =
  | { type: 'move'; move: ListMove }
  | { type: 'open' }
  | { type: 'drill' }
  | { type: 'due'; due: number }
  | { type: 'mistakes'; mistakes: number };

export const homeStart: HomeState = { index: 0, due: 0, mistakes: 0 };

export function homeReduce(state: HomeState, action: HomeAction): HomeState {
  const count = homeMenu(state).length;
  switch (action.type) {
    case 'move': {
      const index = moveCursor(state.index, action.move, count);
      return index === state.index ? state : { ...state, index };
    }
    case 'due':
      return action.due === state.due ? state : { ...state, due: action.due };
    case 'mistakes': {
      const shown = state.mistakes > 0;
      const shows = action.mistakes > 0;
      if (action.mistakes === state.mistakes) return state;
      // The row appears or goes above the cursor: keep the cursor on the entry it was on.
      const shift = shown === shows || state.index < MISTAKES_ROW ? 0 : shows ? 1 : -1;
      return { ...state, mistakes: action.mistakes, index: Math.max(0, state.index + shift) };
    }
    default:
      return state;
  }
}

/** What an action means outside the menu: a screen to open, or quitting. */
export type HomeOutcome = { open: RouteName } | { quit: true } | null;

export function homeOutcome(state: HomeState, action: HomeAction): HomeOutcome {
  if (action.type === 'drill') return { open: 'drill' };
  if (action.type !== 'open') return null;
  const entry = homeMenu(state)[state.index]!;
  return entry.route === undefined ? { quit: true } : { open: entry.route };
}

export const homeKeymap: Keymap<HomeState, HomeAction> = [
  ...listBindings<HomeState, HomeAction>({ move: (move) => ({ type: 'move', move }) }),
  { keys: 'Enter', label: 'open', match: on.enter, action: { type: 'open' } },
  { keys: 'd', label: 'drill due', match: on.char('d'), action: { type: 'drill' }, when: (state) => state.due > 0 },
];
