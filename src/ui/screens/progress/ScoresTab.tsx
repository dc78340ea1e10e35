import { Box, Text } from 'ink';
import { ScoreChart } from '../../components/ScoreChart.js';
import { chartCapacity, type ScorePoint } from '../../components/scoreChartModel.js';
import { theme } from '../../theme.js';
import { bar, percentText, type SessionPoint } from './dashboardModel.js';

/** The smallest exam chart: 4 plot rows, the axis, dates and scores. */
const MIN_CHART = 7;
/** The chart at 7 plot rows with its heading. */
const COMFORTABLE_CHART = 11;
const MAX_SESSIONS = 8;

/**
 * Every score on record: the mock exams as a chart against the 700 pass line, then the practice
 * and drill sessions, newest first, one line each with their accuracy. The chart gives way to the
 * sessions down to its smallest size; below that (50x15) only the chart is drawn.
 */
export function ScoresTab({
  exams,
  sessions,
  width,
  height,
}: {
  exams: readonly ScorePoint[];
  sessions: readonly SessionPoint[];
  width: number;
  height: number;
}) {
  const { chartHeight, sessionRows } = layout(height, exams.length > 0, sessions.length);
  return (
    <Box flexDirection="column">
      {exams.length === 0 ? (
        <>
          <Text>No mock exams yet.</Text>
          <Text color={theme.muted} wrap="truncate-end">
            Press e to take one: results are charted against 700.
          </Text>
          <Text> </Text>
        </>
      ) : (
        <ExamChart exams={exams} width={width} height={chartHeight} />
      )}
      {sessions.length === 0 ? (
        height - chartHeight >= 1 ? (
          <Text color={theme.muted} wrap="truncate-end">
            No practice or drill sessions yet: their scores are listed here.
          </Text>
        ) : null
      ) : sessionRows > 0 ? (
        <SessionList sessions={sessions} rows={sessionRows} />
      ) : null}
    </Box>
  );
}

/**
 * Lines for the chart (or the "no exams" note) and session rows. The chart keeps its comfortable
 * size (7 plot rows) while three sessions still fit under it, and never goes below its smallest.
 */
function layout(height: number, hasExams: boolean, sessionCount: number): { chartHeight: number; sessionRows: number } {
  const wanted = Math.min(sessionCount, MAX_SESSIONS);
  if (!hasExams) return { chartHeight: 3, sessionRows: Math.min(wanted, Math.max(0, height - 4)) };
  let sessionRows = Math.min(wanted, Math.max(3, height - COMFORTABLE_CHART - 1));
  let chartHeight = height - 1 - sessionRows;
  if (chartHeight < MIN_CHART) {
    chartHeight = Math.min(height, MIN_CHART);
    sessionRows = Math.max(0, height - chartHeight - 1);
  }
  return { chartHeight, sessionRows };
}

function ExamChart({ exams, width, height }: { exams: readonly ScorePoint[]; width: number; height: number }) {
  const shown = Math.min(exams.length, chartCapacity(width));
  const first = exams[exams.length - shown]!;
  const last = exams[exams.length - 1]!;
  const range = shown === 1 ? first.at.slice(0, 10) : `${first.at.slice(0, 10)} to ${last.at.slice(0, 10)}`;
  // The smallest chart takes 7 lines; on a short terminal the heading gives way to it.
  const withHeading = height - 1 >= MIN_CHART;
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

/** "11-21  practice   8/10   80%  ████████░░", newest first, under a heading that counts them. */
function SessionList({ sessions, rows }: { sessions: readonly SessionPoint[]; rows: number }) {
  const shown = sessions.slice(-rows).reverse();
  const count = shown.length === sessions.length ? `all ${sessions.length}` : `${shown.length} of ${sessions.length}`;
  const scoreWidth = Math.max(...shown.map((s) => `${s.correct}/${s.total}`.length));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{`Practice and drill, newest first (${count}):`}</Text>
      {shown.map((session, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (two sessions can share a minute)
        <Text key={i} wrap="truncate-end">
          <Text color={theme.muted}>{`${session.at.slice(5, 10)}  `}</Text>
          {`${session.mode.padEnd(8)}  ${`${session.correct}/${session.total}`.padStart(scoreWidth)}  ${percentText(session.correct, session.total).padStart(4)}  `}
          <Text color={session.correct * 100 >= session.total * 70 ? theme.good : theme.warn}>
            {bar(session.correct, session.total, 10)}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
