// The exam history chart as rows of text, so it reads the same with or without colour:
//
//   1000 ┤             ███
//    900 ┤             ███
//    800 ┤       ███   ███
//    700 ┼───────███───███─── pass 700
//    600 ┤ ███   ███   ███
//    ...
//    100 ┤ ███   ███   ███
//        └───────────────────
//         11-01 11-09 11-20
//          640✗  760✓ 1000✓
//
// y: scaled score 100-1000, one row per step; the steps (50, 100, 150 or 300) are chosen so
// that 700, the pass mark, falls exactly on a row. A bar reaches a row when its score is at
// least that row's value. x: one column per exam, oldest on the left, dated YYYY-MM-DD's MM-DD
// (UTC, as stored). When there are more exams than columns, the most recent ones are shown.

export const PASS_SCORE = 700;
const MIN_SCORE = 100;
const MAX_SCORE = 1000;
/** Candidate row counts: 19, 10, 7, 4 rows give steps of 50, 100, 150, 300. */
const ROW_CHOICES = [19, 10, 7, 4] as const;
const AXIS_WIDTH = 6; // "1000 ┤"
const COLUMN_WIDTH = 6;
const PASS_LABEL = ' pass 700';

export interface ScorePoint {
  /** ISO 8601 time the exam finished. */
  at: string;
  scaled: number;
}

export type ChartTone = 'pass' | 'fail' | 'line' | 'axis';
export interface ChartSegment {
  text: string;
  tone?: ChartTone;
}
export type ChartRow = ChartSegment[];

export interface ScoreChartModel {
  rows: ChartRow[];
  /** How many of the points are drawn (the most recent ones). */
  shown: number;
}

/** Columns that fit in `width` (at least one). */
export function chartCapacity(width: number): number {
  return Math.max(1, Math.floor((width - AXIS_WIDTH - PASS_LABEL.length) / COLUMN_WIDTH));
}

/** Plot rows for a chart that may take `height` lines in all (axis and labels included). */
export function plotRows(height: number): number {
  return ROW_CHOICES.find((rows) => rows + 3 <= height) ?? ROW_CHOICES[ROW_CHOICES.length - 1]!;
}

export function scoreChart(points: readonly ScorePoint[], options: { width: number; height: number }): ScoreChartModel {
  const shownPoints = points.slice(-chartCapacity(options.width));
  const rowCount = plotRows(options.height);
  const step = (MAX_SCORE - MIN_SCORE) / (rowCount - 1);
  const rows: ChartRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const value = Math.round(MAX_SCORE - r * step);
    const onPass = value === PASS_SCORE;
    const row: ChartRow = [{ text: `${String(value).padStart(4)} ${onPass ? '┼' : '┤'}`, tone: 'axis' }];
    for (const point of shownPoints) {
      const filled = point.scaled >= value;
      const gap = onPass ? '─' : ' ';
      row.push({ text: gap, tone: onPass ? 'line' : undefined });
      row.push(
        filled
          ? { text: '███', tone: point.scaled >= PASS_SCORE ? 'pass' : 'fail' }
          : { text: gap.repeat(3), tone: onPass ? 'line' : undefined },
      );
      row.push({ text: gap.repeat(2), tone: onPass ? 'line' : undefined });
    }
    if (onPass) row.push({ text: `─${PASS_LABEL}`, tone: 'line' });
    rows.push(merge(row));
  }
  rows.push([{ text: `     └${'─'.repeat(shownPoints.length * COLUMN_WIDTH + 1)}`, tone: 'axis' }]);
  rows.push([
    {
      text: `      ${shownPoints.map((p) => p.at.slice(5, 10).padEnd(COLUMN_WIDTH)).join('')}`.trimEnd(),
      tone: 'axis',
    },
  ]);
  const scores: ChartRow = [{ text: '      ' }];
  for (const point of shownPoints) {
    const mark = point.scaled >= PASS_SCORE ? '✓' : '✗';
    scores.push({
      text: `${point.scaled}${mark}`.padStart(5).padEnd(COLUMN_WIDTH),
      tone: point.scaled >= PASS_SCORE ? 'pass' : 'fail',
    });
  }
  rows.push(merge(scores));
  return { rows, shown: shownPoints.length };
}

/** Joins neighbouring segments of the same tone (fewer <Text> nodes, easier to assert). */
function merge(row: ChartRow): ChartRow {
  const out: ChartRow = [];
  for (const segment of row) {
    const last = out[out.length - 1];
    if (last && last.tone === segment.tone) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

export function chartText(model: ScoreChartModel): string[] {
  return model.rows.map((row) =>
    row
      .map((s) => s.text)
      .join('')
      .trimEnd(),
  );
}
