import { describe, expect, it } from 'vitest';
import { type AnswerAction, feedbackHasMoreBelow, startAnswer, updateAnswer } from '../../../src/quiz/index.js';

const run = (state: ReturnType<typeof startAnswer>, actions: AnswerAction[], instant = false) =>
  actions.reduce((s, a) => updateAnswer(s, a, { instant }), state);

describe('the answer model: choose, then confirm', () => {
  it('a letter chooses a single answer without submitting; Enter confirms it', () => {
    const chosen = run(startAnswer(4, 1, false), [{ type: 'choose', position: 2 }]);
    expect(chosen).toMatchObject({ cursor: 2, chosen: [2], submitted: false });
    // Moving the cursor does not change the choice; Enter confirms what was chosen.
    const confirmed = run(chosen, [{ type: 'move', by: 1 }, { type: 'confirm' }]);
    expect(confirmed).toMatchObject({ cursor: 3, chosen: [2], submitted: true });
  });

  it('Enter with nothing chosen answers the option under the cursor (single answer)', () => {
    const state = run(startAnswer(4, 1, false), [{ type: 'move', by: -1 }, { type: 'confirm' }]);
    expect(state).toMatchObject({ cursor: 3, chosen: [3], submitted: true });
  });

  it('instant answers submit a single answer on the letter, never a multiple response', () => {
    expect(run(startAnswer(4, 1, false), [{ type: 'choose', position: 1 }], true)).toMatchObject({
      chosen: [1],
      submitted: true,
    });
    expect(run(startAnswer(5, 2, true), [{ type: 'choose', position: 1 }], true)).toMatchObject({
      chosen: [1],
      submitted: false,
    });
  });

  it('toggles multiple responses and refuses the wrong count with the reason', () => {
    let state = run(startAnswer(5, 2, true), [
      { type: 'choose', position: 0 },
      { type: 'choose', position: 3 },
      { type: 'move', by: 1 },
      { type: 'toggle' },
    ]);
    expect(state.chosen).toEqual([0, 3, 4]);
    state = updateAnswer(state, { type: 'confirm' });
    expect(state).toMatchObject({ submitted: false, problem: { kind: 'wrong-count', need: 2, chosen: 3 } });
    state = run(state, [{ type: 'choose', position: 3 }]);
    expect(state.problem).toBeUndefined();
    expect(updateAnswer(state, { type: 'confirm' })).toMatchObject({ submitted: true, chosen: [0, 4] });
    expect(updateAnswer(startAnswer(5, 2, true), { type: 'confirm' }).problem).toEqual({
      kind: 'none-chosen',
      need: 2,
    });
  });

  it('ignores choices after submitting, and scrolls the feedback within its bounds', () => {
    const done = run(startAnswer(4, 1, false), [{ type: 'confirm' }]);
    expect(updateAnswer(done, { type: 'choose', position: 2 })).toBe(done);
    const size = { total: 30, height: 10, essential: 20 };
    // 10 rows with an indicator: 9 content rows, so lines 0-8 show; 20 essential lines need more.
    expect(feedbackHasMoreBelow(done, size)).toBe(true);
    const paged = updateAnswer(done, { type: 'scroll', to: 'page-down', size });
    expect(paged.feedbackTop).toBe(8);
    expect(feedbackHasMoreBelow(paged, size)).toBe(true);
    const again = updateAnswer(paged, { type: 'scroll', to: 'page-down', size });
    expect(again.feedbackTop).toBe(16);
    expect(feedbackHasMoreBelow(again, size)).toBe(false);
    expect(updateAnswer(again, { type: 'scroll', to: 'bottom', size }).feedbackTop).toBe(21);
    expect(updateAnswer(again, { type: 'scroll', to: 'top', size }).feedbackTop).toBe(0);
    expect(feedbackHasMoreBelow(done, { total: 8, height: 10 })).toBe(false);
  });
});
