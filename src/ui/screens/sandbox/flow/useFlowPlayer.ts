// The flow diagram's player inside a screen: the reducer as a model, reloaded (and played from the
// start) whenever a new run arrives, and a timer that sends ticks only while it plays and shows.

import { useEffect, useLayoutEffect, useMemo } from 'react';
import { type AppRun, type FlowDiagram, flowDiagram } from '../../../../sandbox/index.js';
import { actionFor, hintsFor } from '../../../shell/keymap.js';
import type { Hint, Key } from '../../../shell/keys.js';
import { useModel } from '../../../shell/useModel.js';
import { dwellFor, initialPlayer, type PlayerState, playerKeymap, reducePlayer } from './player.js';

/** A floor for the timer, so a step never re-renders in a tight loop. */
const MIN_WAIT_MS = 20;

export interface FlowPlayer {
  diagram: FlowDiagram | null;
  state: PlayerState;
  /** Acts on a key when the diagram shows; false when the key is not the player's. */
  handle(input: string, key: Key): boolean;
  hints: Hint[];
}

export function useFlowPlayer(run: AppRun | undefined, showing: boolean): FlowPlayer {
  const diagram = useMemo(() => (run ? flowDiagram(run) : null), [run]);
  const model = useModel(reducePlayer, () => initialPlayer(diagram?.steps ?? []));
  // A new run (r, f, o) plays from its first step.
  useLayoutEffect(() => {
    if (diagram) model.dispatch({ type: 'load', dwell: dwellFor(diagram.steps), play: true });
  }, [diagram, model]);
  // One timer per step, set for the time the step has left: the screen renders once per step.
  const playing = showing && model.state.playing;
  const { cursor, elapsed, dwell } = model.state;
  const wait = Math.max(MIN_WAIT_MS, (dwell[cursor] ?? 0) - elapsed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step needs a new timer even when its wait equals the last one's
  useEffect(() => {
    if (!playing) return;
    const started = Date.now();
    const timer = setTimeout(() => model.dispatch({ type: 'tick', ms: Date.now() - started }), wait);
    return () => clearTimeout(timer);
  }, [playing, cursor, wait, model]);
  return {
    diagram,
    state: model.state,
    handle: (input, key) => {
      if (!showing || !diagram) return false;
      const action = actionFor(playerKeymap, model.current(), input, key);
      if (action === undefined) return false;
      model.dispatch(action);
      return true;
    },
    hints: showing && diagram ? hintsFor(playerKeymap, model.state) : [],
  };
}
