import { describe, expect, it } from 'vitest';
import { chartCapacity, chartText, plotRows, scoreChart } from '../../../src/ui/components/scoreChartModel.js';

const points = [
  { at: '2026-11-01T10:00:00.000Z', scaled: 640 },
  { at: '2026-11-09T10:00:00.000Z', scaled: 700 },
  { at: '2026-11-20T10:00:00.000Z', scaled: 1000 },
];

describe('score chart', () => {
  it('draws one bar per exam against rows of 100, with the pass line on 700', () => {
    expect(chartText(scoreChart(points, { width: 76, height: 14 }))).toEqual([
      '1000 ┤             ███',
      ' 900 ┤             ███',
      ' 800 ┤             ███',
      ' 700 ┼───────███───███─── pass 700',
      ' 600 ┤ ███   ███   ███',
      ' 500 ┤ ███   ███   ███',
      ' 400 ┤ ███   ███   ███',
      ' 300 ┤ ███   ███   ███',
      ' 200 ┤ ███   ███   ███',
      ' 100 ┤ ███   ███   ███',
      '     └───────────────────',
      '      11-01 11-09 11-20',
      '       640✗  700✓ 1000✓',
    ]);
  });

  it('marks passing bars and scores apart from failing ones, for colour', () => {
    const model = scoreChart(points, { width: 76, height: 14 });
    const bottom = model.rows[9]!;
    expect(bottom.filter((s) => s.tone === 'fail').map((s) => s.text)).toEqual(['███']);
    expect(bottom.filter((s) => s.tone === 'pass').map((s) => s.text.trim())).toEqual(['███', '███']);
  });

  it('uses coarser rows that still hit 700 when space is short', () => {
    expect(plotRows(30)).toBe(19);
    expect(plotRows(13)).toBe(10);
    expect(plotRows(10)).toBe(7);
    expect(plotRows(5)).toBe(4);
    const small = chartText(scoreChart(points, { width: 76, height: 7 }));
    expect(small.slice(0, 4)).toEqual([
      '1000 ┤             ███',
      ' 700 ┼───────███───███─── pass 700',
      ' 400 ┤ ███   ███   ███',
      ' 100 ┤ ███   ███   ███',
    ]);
  });

  it('shows the most recent exams that fit the width', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      at: `2026-10-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
      scaled: 100 + i * 40,
    }));
    expect(chartCapacity(78)).toBe(10);
    const model = scoreChart(many, { width: 78, height: 14 });
    expect(model.shown).toBe(10);
    expect(chartText(model)[11]).toBe('      10-11 10-12 10-13 10-14 10-15 10-16 10-17 10-18 10-19 10-20');
    for (const line of chartText(model)) expect([...line].length).toBeLessThanOrEqual(78);
  });
});
