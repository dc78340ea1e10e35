import { useState } from 'react';
import { type Key, isDown, isUp } from '../shell/keys.js';

export interface ListCursor {
  index: number;
  setIndex(index: number): void;
  /** Moves the cursor for arrows, j/k, g/G, PageUp/PageDown; returns true if the key was a move. */
  handleKey(input: string, key: Key): boolean;
}

const clamp = (value: number, count: number) => (count === 0 ? 0 : Math.min(Math.max(value, 0), count - 1));

/** Cursor over a list of `count` items, wrapping at the ends like most terminal menus. */
export function useListCursor(count: number, initial = 0, pageSize = 10): ListCursor {
  const [raw, setRaw] = useState(initial);
  const index = clamp(raw, count);
  // Functional updates: several keys can arrive before React re-renders (fast typing, tmux).
  const move = (next: (current: number) => number) => setRaw((current) => clamp(next(clamp(current, count)), count));
  const handleKey = (input: string, key: Key): boolean => {
    if (count === 0) return false;
    if (isUp(input, key)) move((i) => (i <= 0 ? count - 1 : i - 1));
    else if (isDown(input, key)) move((i) => (i >= count - 1 ? 0 : i + 1));
    else if (input === 'g' || key.home) move(() => 0);
    else if (input === 'G' || key.end) move(() => count - 1);
    else if (key.pageUp) move((i) => i - pageSize);
    else if (key.pageDown) move((i) => i + pageSize);
    else return false;
    return true;
  };
  return { index, setIndex: (i) => setRaw(i), handleKey };
}
