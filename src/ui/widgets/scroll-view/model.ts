// Arithmetic of a scrolling window over pre-wrapped lines. When the content is taller than the
// window, the last row becomes an indicator ("more below"), so the content rows are one fewer.

export interface ScrollWindow {
  /** First content line shown. */
  start: number;
  /** Content rows available (height, minus one for the indicator when the content overflows). */
  rows: number;
  overflow: boolean;
  /** Largest valid start. */
  maxStart: number;
}

/** [first, last] line indices (inclusive) that should stay in view, such as the option under the cursor. */
export type Focus = readonly [number, number];

export function scrollWindow(total: number, height: number, offset: number, focus?: Focus | null): ScrollWindow {
  const h = Math.max(1, height);
  const overflow = total > h;
  const rows = overflow ? Math.max(1, h - 1) : h;
  const maxStart = Math.max(0, total - rows);
  let start = offset;
  if (focus) {
    const [first, last] = focus;
    if (last >= start + rows) start = last - rows + 1;
    if (first < start) start = first;
  }
  start = Math.min(Math.max(0, start), maxStart);
  return { start, rows, overflow, maxStart };
}

/** Lines [start, end) of `total`, in words: the indicator must make sense without colour. */
export function scrollIndicator(window: ScrollWindow, total: number): string {
  const end = Math.min(total, window.start + window.rows);
  const above = window.start > 0;
  const below = end < total;
  const where = `lines ${window.start + 1}-${end} of ${total}`;
  if (above && below) return `↑↓ more above and below (PgUp/PgDn) · ${where}`;
  if (below) return `↓ more below (PgDn) · ${where}`;
  return `↑ more above (PgUp) · ${where}`;
}

/** The indicator as a screen reader says it: the lines in words, and which side has more. */
export function spokenScrollIndicator(window: ScrollWindow, total: number): string {
  const end = Math.min(total, window.start + window.rows);
  const above = window.start > 0;
  const below = end < total;
  const more = above && below ? 'more above and below (PgUp/PgDn)' : below ? 'more below (PgDn)' : 'more above (PgUp)';
  return `Lines ${window.start + 1} to ${end} of ${total}, ${more}.`;
}

/** Where a scroll view is: an offset, or following the focus (the cursor's option) when it moves. */
export interface ScrollState {
  offset: number;
  follow: boolean;
}

export type ScrollAction =
  | { type: 'by'; delta: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'follow' }
  | { type: 'reset' }
  | { type: 'to'; line: number };

/**
 * Applies a scroll action against the window last drawn (`drawn`): moves start from what the reader
 * sees, and never go past the last full page, so scrolling down stops with the pane full instead
 * of leaving blank rows under the last line.
 */
export function scrollReducer(state: ScrollState, action: ScrollAction, drawn: ScrollWindow): ScrollState {
  const clamp = (n: number) => Math.min(Math.max(0, n), drawn.maxStart);
  const from = state.follow ? drawn.start : clamp(state.offset);
  switch (action.type) {
    case 'by':
      return { offset: clamp(from + action.delta), follow: false };
    case 'page':
      return { offset: clamp(from + action.direction * Math.max(1, drawn.rows - 1)), follow: false };
    case 'top':
    case 'reset':
      return { offset: 0, follow: false };
    case 'bottom':
      // Past any end: scrollWindow clamps it to the last full page, even if the content grows.
      return { offset: Number.MAX_SAFE_INTEGER, follow: false };
    case 'follow':
      return state.follow ? state : { offset: from, follow: true };
    case 'to':
      // Not clamped to the window drawn: the jump may be to content about to be drawn.
      return { offset: Math.max(0, action.line), follow: false };
  }
}
