import { describe, expect, it } from 'vitest';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import {
  type MistakesAction,
  type MistakesEnv,
  type MistakesState,
  mistakesKeymap,
  mistakesReduce,
  mistakesStart,
  retryTarget,
} from '../../../src/ui/screens/quiz/mistakesModel.js';
import { mistakeDetail, shortDate } from '../../../src/ui/screens/quiz/mistakesLines.js';

const env: MistakesEnv = { count: 3, maxOffset: 12, page: 5 };
const run = (actions: MistakesAction[], e: MistakesEnv = env, from: MistakesState = mistakesStart) =>
  actions.reduce(mistakesReduce(e), from);

describe('review mistakes model', () => {
  it('moves within the list and stops at its ends', () => {
    expect(
      run([
        { type: 'move', by: 1 },
        { type: 'move', by: 1 },
        { type: 'move', by: 1 },
      ]).cursor,
    ).toBe(2);
    expect(run([{ type: 'move', by: -1 }]).cursor).toBe(0);
  });

  it('opens the mistake under the cursor; arrows then scroll it, within the rows drawn', () => {
    const open = run([{ type: 'move', by: 1 }, { type: 'open' }]);
    expect(open).toEqual({ cursor: 1, open: 1, offset: 0 });
    expect(
      run(
        [
          { type: 'scroll', by: 1 },
          { type: 'scroll', by: 1 },
          { type: 'scroll', by: 1 },
        ],
        env,
        open,
      ).offset,
    ).toBe(12);
    expect(run([{ type: 'move', by: 1 }], env, open)).toEqual({ cursor: 1, open: 1, offset: 1 });
    expect(run([{ type: 'close' }], env, open)).toEqual({ cursor: 1, open: null, offset: 0 });
  });

  it('keeps the cursor on the list when it shrank (a mistake answered right meanwhile)', () => {
    const onLast = { cursor: 2, open: null, offset: 0 };
    expect(run([{ type: 'open' }], { ...env, count: 2 }, onLast).open).toBe(1);
    expect(run([{ type: 'open' }], { ...env, count: 0 }, mistakesStart).open).toBeNull();
  });

  it('answers again the open mistake, or the one under the cursor', () => {
    expect(retryTarget({ cursor: 2, open: null, offset: 0 }, { type: 'retry' }, env)).toBe(2);
    expect(retryTarget({ cursor: 2, open: 0, offset: 3 }, { type: 'retry' }, env)).toBe(0);
    expect(retryTarget(mistakesStart, { type: 'retry' }, { count: 0 })).toBeNull();
    expect(retryTarget(mistakesStart, { type: 'open' }, env)).toBeNull();
  });

  it('names in the footer only the keys that act: no list keys when empty, Esc only when reading', () => {
    const keysOf = (state: MistakesState, e: Pick<MistakesEnv, 'count'>) =>
      hintsFor(mistakesKeymap(e), state).map((h) => `${h.keys} ${h.label}`);
    expect(keysOf(mistakesStart, { count: 0 })).toEqual([]);
    expect(keysOf(mistakesStart, env)).toEqual(['↑↓ move', 'Enter show why', 'a answer again']);
    expect(keysOf({ cursor: 0, open: 0, offset: 0 }, env)).toEqual([
      '↑↓ scroll',
      'PgUp/PgDn page',
      'a answer again',
      'Esc list',
    ]);
    const escKey = { escape: true } as Parameters<typeof actionFor>[3];
    expect(actionFor(mistakesKeymap(env), mistakesStart, '', escKey)).toBeUndefined();
  });

  it('words the detail with the right plural and a UTC date', () => {
    const mistake = {
      questionId: 'q',
      topic: 'trust-policies',
      chosen: [1],
      firstWrongAt: '2026-12-03T23:30:00Z',
      lastWrongAt: '2026-12-05T10:00:00Z',
      wrongCount: 1,
    };
    expect(mistakeDetail(mistake)).toBe('Wrong once since 3 Dec · Trust policies');
    expect(mistakeDetail({ ...mistake, wrongCount: 3 })).toMatch(/^Wrong 3 times since 3 Dec/);
    expect(shortDate('not a date')).toBe('?');
  });
});
