import { describe, expect, it } from 'vitest';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import { inkKey as key, noKey as none } from '../../helpers/inkKey.js';
import type { Key } from '../../../src/ui/shell/keys.js';
import {
  initialMenu,
  type SandboxMenuState,
  sandboxMenuKeymap,
  sandboxMenuReducer,
} from '../../../src/ui/screens/sandbox/sandboxMenuModel.js';

const reduce = sandboxMenuReducer(12, 5);
const press = (state: SandboxMenuState, input: string, k: Key = none) => {
  const action = actionFor(sandboxMenuKeymap, state, input, k);
  return action ? reduce(state, action) : state;
};

describe('sandbox menu model', () => {
  it('moves over the scenarios, then over the two reopen choices once asked', () => {
    let state = press(press(initialMenu(), 'j'), 'j');
    expect(state.index).toBe(2);
    state = reduce(state, { type: 'ask' });
    expect(state.asking).toEqual({ choice: 0 });
    state = press(state, 'j');
    expect(state).toEqual({ index: 2, asking: { choice: 1 } });
    state = press(state, 'j'); // wraps within the two choices, the scenario cursor stays
    expect(state).toEqual({ index: 2, asking: { choice: 0 } });
  });

  it('Esc leaves the question for the list; on the list Esc is left to the shell', () => {
    const asked = reduce({ index: 3, asking: null }, { type: 'ask' });
    expect(press(asked, '', key({ escape: true }))).toEqual({ index: 3, asking: null });
    expect(actionFor(sandboxMenuKeymap, { index: 3, asking: null }, '', key({ escape: true }))).toBeUndefined();
  });

  it('the footer says open on the list and choose / Esc scenarios in the question', () => {
    const labels = (state: SandboxMenuState) => hintsFor(sandboxMenuKeymap, state).map((h) => `${h.keys} ${h.label}`);
    expect(labels(initialMenu())).toEqual(['↑↓/jk move', 'Enter open']);
    expect(labels({ index: 0, asking: { choice: 0 } })).toEqual(['↑↓/jk move', 'Enter choose', 'Esc scenarios']);
  });
});
