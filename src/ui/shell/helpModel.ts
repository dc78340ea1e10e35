import { type Hint, type Key, isDown, isUp } from './keys.js';

/** The ? overlay: open or not, and how far its text is scrolled. */
export interface HelpState {
  open: boolean;
  offset: number;
}

export const helpClosed: HelpState = { open: false, offset: 0 };

/**
 * A key while the overlay is open. Moving keys scroll it (at 80x24 the screen's own help is longer
 * than the body); any other key closes it, as the footer says. `maxOffset` is the last layout's.
 */
export function helpKey(state: HelpState, input: string, key: Key, maxOffset: number, page: number): HelpState {
  const to = (offset: number) => ({ open: true, offset: Math.min(Math.max(0, offset), Math.max(0, maxOffset)) });
  if (isUp(input, key)) return to(state.offset - 1);
  if (isDown(input, key)) return to(state.offset + 1);
  if (key.pageUp) return to(state.offset - Math.max(1, page));
  if (key.pageDown || input === ' ') return to(state.offset + Math.max(1, page));
  if (input === 'g' || key.home) return to(0);
  if (input === 'G' || key.end) return to(maxOffset);
  return helpClosed;
}

/**
 * What the keys do while the overlay is open, as helpKey above decides it: the footer and the
 * overlay's own last lines are both built from this, so neither says "any key closes" while the
 * arrows scroll.
 */
export function helpHints(scrollable: boolean): Hint[] {
  if (!scrollable) return [{ keys: 'any key', label: 'close help' }];
  return [
    { keys: '↑↓ PgUp/PgDn', label: 'scroll' },
    { keys: 'other keys', label: 'close help' },
  ];
}
