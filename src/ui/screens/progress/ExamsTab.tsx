import { Box, Text } from 'ink';
import { ScoreChart } from '../../components/ScoreChart.js';
import { chartCapacity, type ScorePoint } from '../../components/scoreChartModel.js';
import { theme } from '../../theme.js';

export function ExamsTab({ exams, width, height }: { exams: readonly ScorePoint[]; width: number; height: number }) {
  if (exams.length === 0) {
    return (
      <Box flexDirection="column">
        <Text>No mock exams yet.</Text>
        <Text color={theme.muted}>Press e to take one; each result is drawn here as a bar against the 700 pass line.</Text>
      </Box>
    );
  }
  const shown = Math.min(exams.length, chartCapacity(width));
  const first = exams[exams.length - shown]!;
  const last = exams[exams.length - 1]!;
  const range = shown === 1 ? first.at.slice(0, 10) : `${first.at.slice(0, 10)} to ${last.at.slice(0, 10)}`;
  // The smallest chart takes 7 lines; on a short terminal the heading gives way to it.
  const withHeading = height - 1 >= 7;
  return (
    <Box flexDirection="column">
      {withHeading ? (
        <Text wrap="truncate-end">
          {`Mock exam scaled scores (100-1000, pass 700), ${shown === exams.length ? `all ${exams.length}` : `last ${shown} of ${exams.length}`}: ${range}`}
        </Text>
      ) : null}
      <ScoreChart points={exams} width={width} height={withHeading ? height - 1 : height} />
    </Box>
  );
}
