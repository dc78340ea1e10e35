import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { scrollWindow } from '../../widgets/scroll-view/index.js';
import { type Line, wrapBlock } from '../../text/index.js';
import { theme } from '../../theme.js';

/** Wide enough for a readable timeline and a readable request log side by side. */
export const sideBySideColumns = 100;
const stackedLogRows = 5;

export interface LiveSplit {
  wide: boolean;
  timelineWidth: number;
  timelineHeight: number;
  logWidth: number;
  logHeight: number;
}

/**
 * Where the timeline and the live request log go when both are on screen: side by side when the
 * terminal is wide, otherwise the log's newest rows under the timeline (80 columns cannot hold two
 * readable columns of event text).
 */
export function liveSplit(width: number, height: number): LiveSplit {
  if (width >= sideBySideColumns) {
    const timelineWidth = Math.floor((width - 3) * 0.58);
    return {
      wide: true,
      timelineWidth,
      timelineHeight: height,
      logWidth: width - 3 - timelineWidth,
      logHeight: height - 1,
    };
  }
  const logHeight = Math.min(stackedLogRows, Math.max(2, Math.floor(height / 3)));
  return {
    wide: false,
    timelineWidth: width,
    timelineHeight: Math.max(3, height - logHeight - 1),
    logWidth: width,
    logHeight,
  };
}

/** The request log as rows, newest last. */
export function liveLogRows(log: readonly string[], width: number): Line[] {
  if (log.length === 0)
    return wrapBlock('No requests yet: point an SDK at the endpoints (l shows how).', width, { style: { dim: true } });
  return log.flatMap((row) => wrapBlock(row, width));
}

interface TimelineBesideLogProps {
  split: LiveSplit;
  timeline: ReactNode;
  log: readonly string[];
}

/** The timeline with the live request log beside it (or below it on a narrow terminal). */
export function TimelineBesideLog({ split, timeline, log }: TimelineBesideLogProps) {
  const rows = liveLogRows(log, split.logWidth);
  // The log always follows its newest request; the full, scrollable log is the l view.
  const window = scrollWindow(rows.length, split.logHeight, Number.MAX_SAFE_INTEGER);
  const title = (
    <Text color={theme.accent} bold wrap="truncate-end">
      {split.wide ? 'Live requests' : `── Live requests ${'─'.repeat(Math.max(0, split.logWidth - 17))}`}
    </Text>
  );
  const pane = <ScrollView lines={rows} window={window} height={split.logHeight} />;
  if (!split.wide) {
    return (
      <Box flexDirection="column">
        <Box width={split.timelineWidth}>{timeline}</Box>
        {title}
        {pane}
      </Box>
    );
  }
  return (
    <Box flexDirection="row">
      <Box width={split.timelineWidth} flexShrink={0}>
        {timeline}
      </Box>
      <Box
        width={3}
        flexShrink={0}
        borderStyle="single"
        borderTop={false}
        borderBottom={false}
        borderRight={false}
        borderDimColor
      />
      <Box width={split.logWidth} flexDirection="column" flexShrink={0}>
        {title}
        {pane}
      </Box>
    </Box>
  );
}
