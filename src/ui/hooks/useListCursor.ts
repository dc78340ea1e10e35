// Kept only for src/ui/screens/sandbox/SandboxHome.tsx (being rebuilt elsewhere); new screens keep
// the index in their model and map keys with widgets/list's listBindings.
import { useState } from 'react';
import { actionFor } from '../shell/keymap.js';
import type { Key } from '../shell/keys.js';
import { clampIndex, type ListMove, listBindings, moveCursor } from '../widgets/list/index.js';

export interface ListCursor {
  index: number;
  setIndex(index: number): void;
  /** Moves the cursor for arrows, j/k, g/G, PageUp/PageDown; returns true if the key was a move. */
  handleKey(input: string, key: Key): boolean;
}

const moves = listBindings<null, ListMove>({ move: (move) => move });

export function useListCursor(count: number, initial = 0, pageSize = 10): ListCursor {
  const [raw, setRaw] = useState(initial);
  const handleKey = (input: string, key: Key): boolean => {
    const move = count === 0 ? undefined : actionFor(moves, null, input, key);
    if (move === undefined) return false;
    // Functional update: several keys can arrive before React re-renders.
    setRaw((current) => moveCursor(current, move, count, pageSize));
    return true;
  };
  return { index: clampIndex(raw, count), setIndex: (i) => setRaw(i), handleKey };
}
