import { describe, expect, it } from 'vitest';
import { actionFor, hintsFor } from '../../../src/ui/shell/keymap.js';
import { inkKey as key } from '../../helpers/inkKey.js';
import type { Key } from '../../../src/ui/shell/keys.js';
import {
  type ListMove,
  listBindings,
  listRows,
  listWindow,
  markerText,
  moveCursor,
  pickKeymap,
  pickReducer,
} from '../../../src/ui/widgets/list/index.js';

describe('list cursor', () => {
  it('steps wrap at the ends; pages, first and last stop there', () => {
    expect(moveCursor(0, { type: 'step', by: -1 }, 5)).toBe(4);
    expect(moveCursor(4, { type: 'step', by: 1 }, 5)).toBe(0);
    expect(moveCursor(2, { type: 'page', direction: 1 }, 30, 10)).toBe(12);
    expect(moveCursor(25, { type: 'page', direction: 1 }, 30, 10)).toBe(29);
    expect(moveCursor(3, { type: 'page', direction: -1 }, 30, 10)).toBe(0);
    expect(moveCursor(7, { type: 'first' }, 30)).toBe(0);
    expect(moveCursor(7, { type: 'last' }, 30)).toBe(29);
    expect(moveCursor(7, { type: 'to', index: 99 }, 30)).toBe(29);
    expect(moveCursor(3, { type: 'step', by: 1 }, 0)).toBe(0);
  });

  it('a cursor left past the end of a shrunk list moves from the last item', () => {
    expect(moveCursor(20, { type: 'step', by: -1 }, 5)).toBe(3);
  });
});

describe('list window and markers', () => {
  it('a list that fits shows every item and no marker', () => {
    expect(listRows(3, 10, 1)).toEqual([
      { kind: 'item', index: 0, selected: false },
      { kind: 'item', index: 1, selected: true },
      { kind: 'item', index: 2, selected: false },
    ]);
  });

  it('at the top only "more below" costs a row; in the middle both sides are named', () => {
    const top = listRows(20, 6, 0);
    expect(top.map((r) => r.kind)).toEqual(['item', 'item', 'item', 'item', 'item', 'below']);
    expect(markerText(top.at(-1) as never)).toBe('↓ 15 more below');
    const middle = listRows(20, 6, 10);
    expect(middle[0]).toEqual({ kind: 'above', count: 8 });
    expect(middle.at(-1)).toEqual({ kind: 'below', count: 8 });
    expect(markerText(middle[0] as never)).toBe('↑ 8 more above');
    const bottom = listRows(20, 6, 19);
    expect(bottom[0]).toEqual({ kind: 'above', count: 15 });
    expect(bottom.at(-1)).toEqual({ kind: 'item', index: 19, selected: true });
  });

  it('for every size and cursor: the cursor is drawn, rows fit, and markers count what is hidden', () => {
    for (let count = 0; count <= 14; count++) {
      for (let height = 1; height <= 12; height++) {
        for (let index = 0; index < Math.max(1, count); index++) {
          const rows = listRows(count, height, index);
          const where = `count ${count} height ${height} index ${index}`;
          expect(rows.length, where).toBeLessThanOrEqual(height);
          const items = rows.filter((r) => r.kind === 'item');
          if (count > 0)
            expect(
              items.filter((r) => r.selected).map((r) => r.index),
              where,
            ).toEqual([index]);
          const window = listWindow(count, height, index);
          expect(window.above + (window.end - window.start) + window.below, where).toBe(count);
          if (height >= 3) {
            // Room for markers: each hidden side is named with its count.
            const above = rows.find((r) => r.kind === 'above');
            const below = rows.find((r) => r.kind === 'below');
            expect(above?.kind === 'above' ? above.count : 0, where).toBe(window.above);
            expect(below?.kind === 'below' ? below.count : 0, where).toBe(window.below);
          }
          // Items are consecutive.
          expect(
            items.map((r) => (r.kind === 'item' ? r.index : -1)),
            where,
          ).toEqual(Array.from({ length: items.length }, (_, i) => window.start + i));
        }
      }
    }
  });

  it('at two rows the one marker says what is below, else what is above', () => {
    expect(listRows(5, 2, 0).map((r) => r.kind)).toEqual(['item', 'below']);
    expect(listRows(5, 2, 4).map((r) => r.kind)).toEqual(['above', 'item']);
  });
});

describe('list keys', () => {
  const map = listBindings<null, ListMove>({ move: (move) => move });

  it('arrows and j/k step, g/G and Home/End go to the ends, PgUp/PgDn page; only the arrows reach the footer', () => {
    expect(actionFor(map, null, '', key({ upArrow: true }))).toEqual({ type: 'step', by: -1 });
    expect(actionFor(map, null, 'j', key())).toEqual({ type: 'step', by: 1 });
    expect(actionFor(map, null, 'G', key())).toEqual({ type: 'last' });
    expect(actionFor(map, null, '', key({ home: true }))).toEqual({ type: 'first' });
    expect(actionFor(map, null, '', key({ pageDown: true }))).toEqual({ type: 'page', direction: 1 });
    expect(actionFor(map, null, 'x', key())).toBeUndefined();
    expect(hintsFor(map, null)).toEqual([{ keys: '↑↓/jk', label: 'move' }]);
    expect(hintsFor(map, null, true).map((h) => h.keys)).toEqual(['↑↓/jk', 'g/G', 'PgUp/PgDn']);
  });

  it('a pick list names Enter only when there are items and the moves only when there are two', () => {
    expect(hintsFor(pickKeymap(0, 'open'), { index: 0 })).toEqual([]);
    expect(hintsFor(pickKeymap(1, 'open'), { index: 0 })).toEqual([{ keys: 'Enter', label: 'open' }]);
    expect(hintsFor(pickKeymap(3, 'open'), { index: 0 }).map((h) => h.keys)).toEqual(['Enter', '↑↓/jk']);
  });

  it('keys in one read fold in order: each acts on the cursor the one before left', () => {
    const reduce = pickReducer(6, 3);
    const keymap = pickKeymap(6, 'open');
    let state = { index: 0 };
    const keys: [string, Key][] = [
      ['j', key()],
      ['', key({ downArrow: true })],
      ['k', key()],
      ['', key({ pageDown: true })],
    ];
    const seen: number[] = [];
    for (const [input, k] of keys) {
      state = reduce(state, actionFor(keymap, state, input, k)!);
      seen.push(state.index);
    }
    expect(seen).toEqual([1, 2, 1, 4]);
  });
});
