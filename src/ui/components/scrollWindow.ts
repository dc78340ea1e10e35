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
