import { useRef, useState } from 'react';
import { type Focus, type ScrollWindow, scrollWindow } from './scrollWindow.js';

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

interface State {
  offset: number;
  follow: boolean;
}

/**
 * Scroll position for a ScrollLines view. Keys may arrive faster than renders, so moves start
 * from the window last drawn (kept in a ref) and are applied with functional updates.
 */
export function useScroll(): Scroll {
  const [state, setState] = useState<State>({ offset: 0, follow: false });
  const drawn = useRef<ScrollWindow>({ start: 0, rows: 1, overflow: false, maxStart: 0 });
  const clamp = (n: number) => Math.min(Math.max(0, n), drawn.current.maxStart);
  const from = (s: State) => (s.follow ? drawn.current.start : clamp(s.offset));
  return {
    window(total, height, focus) {
      const w = scrollWindow(total, height, state.offset, state.follow ? focus : null);
      drawn.current = w;
      return w;
    },
    by: (delta) => setState((s) => ({ offset: clamp(from(s) + delta), follow: false })),
    page: (direction) =>
      setState((s) => ({ offset: clamp(from(s) + direction * Math.max(1, drawn.current.rows - 1)), follow: false })),
    toTop: () => setState({ offset: 0, follow: false }),
    toBottom: () => setState({ offset: Number.MAX_SAFE_INTEGER, follow: false }),
    followFocus: () => setState((s) => (s.follow ? s : { offset: from(s), follow: true })),
    reset: () => setState({ offset: 0, follow: false }),
    scrollTo: (line) => setState({ offset: Math.max(0, line), follow: false }),
  };
}
