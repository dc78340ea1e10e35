import { useRef, useState } from 'react';
import {
  type Focus,
  type ScrollAction,
  type ScrollState,
  type ScrollWindow,
  scrollReducer,
  scrollWindow,
} from './model.js';

export interface Scroll {
  /** The window for this render; call once per render with the current content. */
  window(total: number, height: number, focus?: Focus | null): ScrollWindow;
  /** Scrolls by lines (negative: up); stops following the focus until `followFocus`. */
  by(delta: number): void;
  /** Scrolls by whole windows. */
  page(direction: 1 | -1): void;
  toTop(): void;
  toBottom(): void;
  /** Keeps the focus (e.g. the cursor's option) in view again, scrolling as little as possible. */
  followFocus(): void;
  /** Back to the top, not following: for new content such as the next question. */
  reset(): void;
  /** Jumps so that `line` is the first row. */
  scrollTo(line: number): void;
}

/**
 * Scroll position for a ScrollView. Keys may arrive faster than renders, so each action is applied
 * with a functional update against the window last drawn (kept in a ref), through scrollReducer.
 */
export function useScroll(): Scroll {
  const [state, setState] = useState<ScrollState>({ offset: 0, follow: false });
  const drawn = useRef<ScrollWindow>({ start: 0, rows: 1, overflow: false, maxStart: 0 });
  const send = (action: ScrollAction) => setState((s) => scrollReducer(s, action, drawn.current));
  return {
    window(total, height, focus) {
      const w = scrollWindow(total, height, state.offset, state.follow ? focus : null);
      drawn.current = w;
      return w;
    },
    by: (delta) => send({ type: 'by', delta }),
    page: (direction) => send({ type: 'page', direction }),
    toTop: () => send({ type: 'top' }),
    toBottom: () => send({ type: 'bottom' }),
    followFocus: () => send({ type: 'follow' }),
    reset: () => send({ type: 'reset' }),
    scrollTo: (line) => send({ type: 'to', line }),
  };
}
