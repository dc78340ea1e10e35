import { Box, Text } from 'ink';
import { useScreenReader } from '../accessibility/useScreenReader.js';
import { theme } from '../theme.js';
import { type ChartTone, PASS_SCORE, type ScorePoint, scoreChart } from './scoreChartModel.js';

const toneColor: Record<ChartTone, string> = {
  pass: theme.good,
  fail: theme.bad,
  line: theme.warn,
  axis: theme.muted,
};

interface ScoreChartProps {
  points: readonly ScorePoint[];
  width: number;
  /** Lines the chart may take, axis and labels included. */
  height: number;
}

/**
 * Mock exam scaled scores over time with the 700 pass line. Every meaning is also in the
 * characters (bars, the ┼── line, ✓/✗ after each score), so it reads the same under NO_COLOR.
 */
export function ScoreChart({ points, width, height }: ScoreChartProps) {
  if (useScreenReader()) return <Text>{spokenScores(points)}</Text>;
  const model = scoreChart(points, { width, height });
  return (
    <Box flexDirection="column">
      {model.rows.map((row, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chart rows are positional
        <Text key={r} wrap="truncate-end">
          {row.map((segment, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional within a row
            <Text key={i} color={segment.tone ? toneColor[segment.tone] : undefined}>
              {segment.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}

/** The chart for a screen reader: each score in order, with pass or below in words. */
function spokenScores(points: readonly ScorePoint[]): string {
  const scores = points.map(
    (point, i) =>
      `exam ${i + 1} on ${point.at.slice(0, 10)}: ${point.scaled}, ${point.scaled >= PASS_SCORE ? 'pass' : `below ${PASS_SCORE}`}`,
  );
  return `Mock exam scores: ${scores.join('; ')}.`;
}
