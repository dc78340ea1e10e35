import { noKey } from '../../helpers/inkKey.js';
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { flowDiagram } from '../../../src/sandbox/index.js';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import {
  dwellFor,
  initialPlayer,
  type PlayerAction,
  type PlayerState,
  playerKeymap,
  reducePlayer,
} from '../../../src/ui/screens/sandbox/flow/player.js';
import { scenarioRuns } from '../sandbox/flow-runs.js';

const press = (key: Partial<Key>, input = '') => ({ input, key: { ...noKey, ...key } as Key });

const run = scenarioRuns().find((r) => r.name === 'hop-limit-container (start)')!.run;
const steps = flowDiagram(run).steps;
const apply = (state: PlayerState, ...actions: PlayerAction[]) => actions.reduce(reducePlayer, state);

describe('the flow diagram player', () => {
  it('starts at the first step, playing, with a dwell per step that favours failures', () => {
    const state = initialPlayer(steps);
    expect(state).toMatchObject({ cursor: 0, playing: true, elapsed: 0 });
    const dwell = dwellFor(steps);
    const skip = dwell[steps.findIndex((s) => s.status === 'skip')]!;
    const fail = dwell[steps.findIndex((s) => s.status === 'fail')]!;
    expect(fail).toBeGreaterThan(skip);
  });

  it('ticks move through the steps as their time passes, and stop at the last one', () => {
    let state = initialPlayer(steps);
    const dwell = state.dwell;
    state = reducePlayer(state, { type: 'tick', ms: dwell[0]! - 1 });
    expect(state.cursor).toBe(0);
    state = reducePlayer(state, { type: 'tick', ms: 1 });
    expect(state.cursor).toBe(1);
    // One long pause in the timer (a busy machine) catches up over several steps at once.
    state = reducePlayer(state, { type: 'tick', ms: dwell[1]! + dwell[2]! });
    expect(state.cursor).toBe(3);
    state = reducePlayer(state, { type: 'tick', ms: 60_000 });
    expect(state).toMatchObject({ cursor: steps.length - 1, playing: false });
    // A paused player ignores ticks.
    expect(reducePlayer(state, { type: 'tick', ms: 5000 })).toBe(state);
  });

  it('stepping by hand pauses, stays within the steps, and Home/End jump', () => {
    let state = initialPlayer(steps);
    state = apply(state, { type: 'next' }, { type: 'next' });
    expect(state).toMatchObject({ cursor: 2, playing: false });
    state = apply(state, { type: 'prev' }, { type: 'prev' }, { type: 'prev' });
    expect(state.cursor).toBe(0);
    expect(apply(state, { type: 'last' }, { type: 'next' }).cursor).toBe(steps.length - 1);
    expect(apply(state, { type: 'last' }, { type: 'first' }).cursor).toBe(0);
  });

  it('space pauses and resumes; at the end it plays again from the start', () => {
    const paused = apply(initialPlayer(steps), { type: 'next' }, { type: 'toggle' }, { type: 'toggle' });
    expect(paused).toMatchObject({ cursor: 1, playing: false });
    expect(reducePlayer(paused, { type: 'toggle' })).toMatchObject({ cursor: 1, playing: true });
    const atEnd = apply(paused, { type: 'last' }, { type: 'toggle' });
    expect(atEnd).toMatchObject({ cursor: 0, playing: true });
  });

  it('a new run reloads the player at its first step', () => {
    const moved = apply(initialPlayer(steps), { type: 'last' });
    const loaded = reducePlayer(moved, { type: 'load', dwell: [900, 900, 900], play: true });
    expect(loaded).toMatchObject({ cursor: 0, playing: true, dwell: [900, 900, 900] });
    expect(reducePlayer(moved, { type: 'load', dwell: [900], play: true }).playing).toBe(false);
  });

  it('the keymap drives the keys and the footer: ←→ step, Space names what it will do', () => {
    const playing = initialPlayer(steps);
    const act = (p: { input: string; key: Key }, state = playing) => actionFor(playerKeymap, state, p.input, p.key);
    expect(act(press({ rightArrow: true }))).toEqual({ type: 'next' });
    expect(act(press({ leftArrow: true }))).toEqual({ type: 'prev' });
    expect(act(press({ downArrow: true }))).toEqual({ type: 'next' });
    expect(act(press({}, ' '))).toEqual({ type: 'toggle' });
    expect(act(press({ home: true }))).toEqual({ type: 'first' });
    expect(act(press({ end: true }))).toEqual({ type: 'last' });
    expect(act(press({}, 'G'))).toEqual({ type: 'last' });
    expect(act(press({}, 'x'))).toBeUndefined();
    expect(hintsFor(playerKeymap, playing)).toEqual([
      { keys: '←→', label: 'step' },
      { keys: 'Space', label: 'pause' },
    ]);
    const paused = reducePlayer(playing, { type: 'toggle' });
    expect(hintsFor(playerKeymap, paused).find((h) => h.keys === 'Space')?.label).toBe('play');
    expect(hintsFor(playerKeymap, paused, true).map((h) => h.keys)).toContain('Home/End');
  });
});
