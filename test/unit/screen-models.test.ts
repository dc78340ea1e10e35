// Screen models are pure: a run of keys folds through the keymap and reducer in order, and the
// hints come from the same keymap, so they name only keys that act in that state.
import { describe, expect, it } from 'vitest';
import { homeKeymap, homeMenu, homeOutcome, homeReduce, homeStart } from '../../src/ui/screens/home/homeModel.js';
import { helpScreenKeymap, helpScreenReduce } from '../../src/ui/screens/helpScreenModel.js';
import { type SetupEnv, setupKeymap, setupReduce, setupStarts } from '../../src/ui/screens/quiz/practiceSetupModel.js';
import { actionFor, hintsFor, type Keymap } from '../../src/ui/shell/keymap.js';
import { noKey as none } from '../helpers/inkKey.js';
import type { Key } from '../../src/ui/shell/keys.js';

const down = { input: '', key: { ...none, downArrow: true } };
const up = { input: '', key: { ...none, upArrow: true } };
const enter = { input: '\r', key: { ...none, return: true } };
const char = (input: string) => ({ input, key: none });

/** Folds keys through a keymap and reducer, as the screen does, returning states and actions. */
function fold<S, A>(keymap: Keymap<S, A>, reduce: (s: S, a: A) => S, start: S, keys: { input: string; key: Key }[]) {
  let state = start;
  const actions: A[] = [];
  for (const { input, key } of keys) {
    const action = actionFor(keymap, state, input, key);
    if (action === undefined) continue;
    actions.push(action);
    state = reduce(state, action);
  }
  return { state, actions };
}

describe('home model', () => {
  it('Down Down Down Enter opens Sandbox; from Quit, Up Up Up Enter opens Sandbox too', () => {
    const first = fold(homeKeymap, homeReduce, homeStart, [down, down, down, enter]);
    expect(homeOutcome(first.state, first.actions.at(-1)!)).toEqual({ open: 'sandbox' });
    const fromQuit = fold(homeKeymap, homeReduce, homeStart, [up, up, up, up, enter]);
    expect(homeOutcome(fromQuit.state, fromQuit.actions.at(-1)!)).toEqual({ open: 'sandbox' });
    const quit = fold(homeKeymap, homeReduce, homeStart, [up, enter]);
    expect(homeOutcome(quit.state, quit.actions.at(-1)!)).toEqual({ quit: true });
  });

  it('offers d (and obeys it) only when questions are due', () => {
    expect(hintsFor(homeKeymap, homeStart).map((h) => h.keys)).toEqual(['↑↓/jk', 'Enter']);
    expect(actionFor(homeKeymap, homeStart, 'd', none)).toBeUndefined();
    const due = homeReduce(homeStart, { type: 'due', due: 3 });
    expect(hintsFor(homeKeymap, due)).toContainEqual({ keys: 'd', label: 'drill due' });
    expect(actionFor(homeKeymap, due, 'd', none)).toEqual({ type: 'drill' });
  });

  it('shows "Review mistakes" only with open mistakes, keeping the cursor on its entry when the row comes and goes', () => {
    expect(homeMenu(homeStart).map((e) => e.id)).not.toContain('mistakes');
    const onExam = fold(homeKeymap, homeReduce, homeStart, [down, down]).state;
    expect(homeMenu(onExam)[onExam.index]?.id).toBe('exam');
    const withMistakes = homeReduce(onExam, { type: 'mistakes', mistakes: 2 });
    expect(
      homeMenu(withMistakes)
        .map((e) => e.id)
        .slice(0, 3),
    ).toEqual(['lessons', 'quiz', 'mistakes']);
    expect(homeMenu(withMistakes)[withMistakes.index]?.id).toBe('exam');
    const opened = fold(homeKeymap, homeReduce, withMistakes, [up, enter]);
    expect(homeOutcome(opened.state, opened.actions.at(-1)!)).toEqual({ open: 'mistakes' });
    const cleared = homeReduce(withMistakes, { type: 'mistakes', mistakes: 0 });
    expect(homeMenu(cleared)[cleared.index]?.id).toBe('exam');
    const last = fold(homeKeymap, homeReduce, withMistakes, [{ input: 'G', key: none }]).state;
    expect(homeMenu(last)[last.index]?.id).toBe('quit');
  });
});

describe('practice setup model', () => {
  const env: SetupEnv = {
    topics: [
      { id: 'a', title: '1. A', count: 2 },
      { id: 'b', title: '2. B', count: 0 },
    ],
    weak: [],
    choices: [5, 10, 'all'],
    topicTitle: (id) => id.toUpperCase(),
  };
  const start = { cursor: 0, selection: { mode: 'all' as const }, countIndex: 1, message: null };

  it('folds Down Down Space into picking the third row, and says why a topic cannot be picked', () => {
    const picked = fold(setupKeymap(env), setupReduce(env), start, [down, down, char(' ')]).state;
    expect(picked.selection).toEqual({ mode: 'topics', topics: ['a'] });
    const empty = fold(setupKeymap(env), setupReduce(env), picked, [down, char(' ')]).state;
    expect(empty.selection).toEqual({ mode: 'topics', topics: ['a'] });
    expect(empty.message?.text).toContain('“B” has no questions yet.');
  });

  it('names what Space does on the row it is on, and Space on Start starts', () => {
    const labels = (cursor: number) =>
      hintsFor(setupKeymap(env), { ...start, cursor }).find((h) => h.keys === 'Space')?.label;
    expect([labels(0), labels(4), labels(5)]).toEqual(['pick topic', 'how many', 'start']);
    expect(setupStarts(env, { ...start, cursor: 5 }, { type: 'space' })).toBe(true);
    expect(setupStarts(env, { ...start, cursor: 0 }, { type: 'space' })).toBe(false);
  });
});

describe('help screen model', () => {
  it('offers no scroll keys when everything fits, and clamps scrolling when it does not', () => {
    expect(hintsFor(helpScreenKeymap({ maxStart: 0, rows: 10 }), { offset: 0 })).toEqual([]);
    const env = { maxStart: 3, rows: 10 };
    const end = fold(helpScreenKeymap(env), helpScreenReduce(env), { offset: 0 }, [down, down, down, down, down]);
    expect(end.state.offset).toBe(3);
    expect(fold(helpScreenKeymap(env), helpScreenReduce(env), end.state, [up]).state.offset).toBe(2);
  });
});
