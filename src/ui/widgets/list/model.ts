// A selectable list as pure arithmetic: where the cursor goes for a move, which rows a window of
// `height` rows shows, and the "more above/below" markers in words (the UX review found lists
// that scrolled with no sign of the rows out of view). No React: a screen keeps the index in its
// own model, maps keys with listBindings, and draws with ListView (or any other view of listRows,
// such as a linear screen-reader rendering).
import type { Binding } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';

export type ListMove =
  | { type: 'step'; by: 1 | -1 }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'to'; index: number };

/** Rows a PgUp/PgDn jumps when the screen does not say (about a list's height at 80x24). */
export const LIST_PAGE = 10;

/** The index kept inside 0..count-1 (0 for an empty list), for a list that has shrunk. */
export const clampIndex = (index: number, count: number) => (count === 0 ? 0 : Math.min(Math.max(index, 0), count - 1));

/**
 * The cursor after a move over `count` items. Single steps wrap around like most terminal menus
 * (Up on the first item reaches the last); pages, first/last and jumps stop at the ends.
 */
export function moveCursor(index: number, move: ListMove, count: number, page = LIST_PAGE): number {
  if (count === 0) return 0;
  const from = clampIndex(index, count);
  switch (move.type) {
    case 'step':
      return (from + move.by + count) % count;
    case 'page':
      return clampIndex(from + move.direction * Math.max(1, page), count);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'to':
      return clampIndex(move.index, count);
  }
}

/** One row of a drawn list: an item (by its index), or a marker counting the items out of view. */
export type ListRow =
  | { kind: 'item'; index: number; selected: boolean }
  | { kind: 'above'; count: number }
  | { kind: 'below'; count: number };

export interface ListWindow {
  /** First item shown. */
  start: number;
  /** One past the last item shown. */
  end: number;
  /** Items hidden above and below the window. */
  above: number;
  below: number;
}

/**
 * Which items `height` rows show with the cursor in view, roughly centred. A list that fits takes
 * no marker; one that does not gives a row to each side that has items hidden, so at the top only
 * "more below" costs a row. Below 3 rows there is room for at most one marker (below wins).
 */
export function listWindow(count: number, height: number, index: number): ListWindow {
  const h = Math.max(1, Math.floor(height));
  const cursor = clampIndex(index, count);
  if (count <= h) return { start: 0, end: count, above: 0, below: 0 };
  if (h <= 2) return { start: cursor, end: cursor + 1, above: cursor, below: count - cursor - 1 };
  // Both markers showing: h - 2 items, centred on the cursor.
  const middle = h - 2;
  const start = Math.min(Math.max(0, cursor - Math.floor(middle / 2)), count - middle);
  if (start === 0) return { start: 0, end: h - 1, above: 0, below: count - (h - 1) };
  if (start + middle >= count) return { start: count - (h - 1), end: count, above: count - (h - 1), below: 0 };
  return { start, end: start + middle, above: start, below: count - start - middle };
}

/** The rows to draw, markers included, never more than `height`. */
export function listRows(count: number, height: number, index: number): ListRow[] {
  const window = listWindow(count, height, index);
  const cursor = clampIndex(index, count);
  const h = Math.max(1, Math.floor(height));
  const rows: ListRow[] = [];
  const items = window.end - window.start;
  // With one row to spare, say what is below (or else above); with two, both sides get a row.
  const showAbove = window.above > 0 && (h >= 3 || (h === 2 && window.below === 0));
  const showBelow = window.below > 0 && h >= 2;
  if (showAbove) rows.push({ kind: 'above', count: window.above });
  for (let i = 0; i < items; i++) {
    const at = window.start + i;
    rows.push({ kind: 'item', index: at, selected: at === cursor });
  }
  if (showBelow) rows.push({ kind: 'below', count: window.below });
  return rows;
}

/** A marker in words, readable without colour: "↑ 3 more above". */
export function markerText(row: Extract<ListRow, { kind: 'above' | 'below' }>): string {
  return `${row.kind === 'above' ? '↑' : '↓'} ${markerWords(row)}`;
}

/** The marker as a screen reader says it, without the arrow: "3 more above". */
export function markerWords(row: Extract<ListRow, { kind: 'above' | 'below' }>): string {
  return `${row.count} more ${row.kind}`;
}

export interface ListBindingSpec<S, A> {
  /** The action the screen's model takes for a cursor move. */
  move: (move: ListMove) => A;
  /** The list has the keys only when this holds (another pane or a prompt may have them). */
  when?: (state: S) => boolean;
  /** Footer word for the arrows; 'move' unless the screen says otherwise. */
  label?: string;
}

/**
 * The keymap lines of a list: ↑↓/jk step, g/G and Home/End go to the ends, PgUp/PgDn page. Only
 * the arrows reach the footer; the rest are listed in the ? overlay.
 */
export function listBindings<S, A>(spec: ListBindingSpec<S, A>): Binding<S, A>[] {
  const base = { ...(spec.when ? { when: spec.when } : {}) };
  const label = spec.label ?? 'move';
  return [
    { ...base, keys: '↑↓/jk', label, match: on.up, action: spec.move({ type: 'step', by: -1 }) },
    { ...base, keys: '↑↓/jk', label, match: on.down, action: spec.move({ type: 'step', by: 1 }) },
    { ...base, keys: 'g/G', label: 'first/last', match: on.first, action: spec.move({ type: 'first' }), footer: false },
    { ...base, keys: 'g/G', label: 'first/last', match: on.last, action: spec.move({ type: 'last' }), footer: false },
    {
      ...base,
      keys: 'PgUp/PgDn',
      label: 'page',
      match: on.pageUp,
      action: spec.move({ type: 'page', direction: -1 }),
      footer: false,
    },
    {
      ...base,
      keys: 'PgUp/PgDn',
      label: 'page',
      match: on.pageDown,
      action: spec.move({ type: 'page', direction: 1 }),
      footer: false,
    },
  ];
}
