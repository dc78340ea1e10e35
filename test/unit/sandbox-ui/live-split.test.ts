import { describe, expect, it } from 'vitest';
import { liveLogRows, liveSplit, sideBySideColumns } from '../../../src/ui/screens/sandbox/liveSplit.js';

describe('where the live request log goes beside the timeline', () => {
  it('puts the log beside the timeline on a wide terminal, using every column', () => {
    const split = liveSplit(140, 20);
    expect(split.wide).toBe(true);
    // Timeline, a three-column rule, then the log: nothing lost, nothing overlapping.
    expect(split.timelineWidth + 3 + split.logWidth).toBe(140);
    expect(split.timelineWidth).toBeGreaterThan(split.logWidth);
    expect(split.timelineHeight).toBe(20);
    expect(split.logHeight).toBe(19); // one row is the pane's title
  });

  it('stacks the newest requests under the timeline at 80 columns, keeping the timeline the larger part', () => {
    const split = liveSplit(78, 14);
    expect(split.wide).toBe(false);
    expect(split.timelineWidth).toBe(78);
    expect(split.timelineHeight + 1 + split.logHeight).toBe(14);
    expect(split.timelineHeight).toBeGreaterThan(split.logHeight);
  });

  it('switches layout exactly at the side-by-side width', () => {
    expect(liveSplit(sideBySideColumns - 1, 20).wide).toBe(false);
    expect(liveSplit(sideBySideColumns, 20).wide).toBe(true);
  });

  it('wraps each request to the pane and says so when nothing has arrived', () => {
    expect(
      liveLogRows([], 40)
        .map((row) => row.map((s) => s.text).join(''))
        .join(' '),
    ).toMatch(/No requests yet/);
    const rows = liveLogRows(['00:00:01 imds GET /latest/meta-data/iam/security-credentials/ 401 IMDSv1 refused'], 30);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.map((s) => s.text).join('').length).toBeLessThanOrEqual(30);
  });
});
