// Stepping through the flow diagram and playing it as an animation: a pure reducer (time is passed
// in by the view's timer as `tick`) and the keymap that drives both the keys and the footer.

import type { DiagramStep } from '../../../../sandbox/index.js';
import { type Keymap, on } from '../../../shell/keymap.js';

export interface PlayerState {
  /** How long each step stays on screen while playing, in ms (one entry per step). */
  dwell: readonly number[];
  /** The step shown; steps after it are not drawn yet. */
  cursor: number;
  playing: boolean;
  /** Time spent on the current step while playing. */
  elapsed: number;
}

export type PlayerAction =
  | { type: 'load'; dwell: readonly number[]; play: boolean }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'toggle' }
  | { type: 'tick'; ms: number };

// Skipped providers fly by; a failure stays long enough to read its error code.
const DWELL_MS: Record<DiagramStep['status'], number> = { skip: 250, ok: 900, fail: 2000 };

export function dwellFor(steps: readonly DiagramStep[]): number[] {
  return steps.map((step) => DWELL_MS[step.status]);
}

export function initialPlayer(steps: readonly DiagramStep[], play = true): PlayerState {
  return { dwell: dwellFor(steps), cursor: 0, playing: play && steps.length > 1, elapsed: 0 };
}

const lastIndex = (state: PlayerState) => Math.max(0, state.dwell.length - 1);

function moveTo(state: PlayerState, cursor: number): PlayerState {
  const next = Math.min(lastIndex(state), Math.max(0, cursor));
  return next === state.cursor && state.elapsed === 0 && !state.playing
    ? state
    : { ...state, cursor: next, elapsed: 0, playing: false };
}

export function reducePlayer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'load':
      return { dwell: action.dwell, cursor: 0, playing: action.play && action.dwell.length > 1, elapsed: 0 };
    // Stepping by hand pauses the animation: the learner has taken over.
    case 'next':
      return moveTo(state, state.cursor + 1);
    case 'prev':
      return moveTo(state, state.cursor - 1);
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, lastIndex(state));
    case 'toggle':
      if (state.playing) return { ...state, playing: false };
      // Play from the start again once the end was reached.
      return { ...state, playing: true, elapsed: 0, cursor: state.cursor >= lastIndex(state) ? 0 : state.cursor };
    case 'tick': {
      if (!state.playing) return state;
      let { cursor, elapsed } = state;
      elapsed += Math.max(0, action.ms);
      while (cursor < lastIndex(state) && elapsed >= (state.dwell[cursor] ?? 0)) {
        elapsed -= state.dwell[cursor] ?? 0;
        cursor += 1;
      }
      if (cursor >= lastIndex(state)) return { ...state, cursor, elapsed: 0, playing: false };
      return { ...state, cursor, elapsed };
    }
  }
}

export const playerKeymap: Keymap<PlayerState, PlayerAction> = [
  { keys: '←→', label: 'step', match: (_i, key) => key.rightArrow, action: { type: 'next' } },
  { keys: '←→', label: 'step', match: (_i, key) => key.leftArrow, action: { type: 'prev' } },
  { keys: '↑↓', label: 'step', match: on.down, action: { type: 'next' }, footer: false },
  { keys: '↑↓', label: 'step', match: on.up, action: { type: 'prev' }, footer: false },
  {
    keys: 'Space',
    label: (state) => (state.playing ? 'pause' : 'play'),
    match: on.space,
    action: { type: 'toggle' },
    when: (state) => state.dwell.length > 1,
  },
  { keys: 'Home/End', label: 'first/last', match: on.first, action: { type: 'first' }, footer: false },
  { keys: 'Home/End', label: 'first/last', match: on.last, action: { type: 'last' }, footer: false },
];
