import { Box, Text } from 'ink';
import { theme } from '../theme.js';
import { scrollIndicator, type ScrollWindow } from './scrollWindow.js';
import type { Line } from './textLines.js';

interface ScrollLinesProps {
  lines: Line[];
  window: ScrollWindow;
  /** Rows reserved; the view always takes exactly this many so the layout below never moves. */
  height: number;
}

/** Draws a window of pre-wrapped lines, with a one-row indicator when there is more to see. */
export function ScrollLines({ lines, window, height }: ScrollLinesProps) {
  const shown = lines.slice(window.start, window.start + window.rows);
  const padding = Math.max(0, height - shown.length - (window.overflow ? 1 : 0));
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {shown.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a window, not items
        <LineText key={i} line={row} />
      ))}
      {Array.from({ length: padding }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: filler rows have no identity
        <Text key={`pad-${i}`}> </Text>
      ))}
      {window.overflow ? (
        <Text color={theme.muted} wrap="truncate-end">
          {scrollIndicator(window, lines.length)}
        </Text>
      ) : null}
    </Box>
  );
}

/** One row; truncated rather than wrapped, as a last guard against a row wider than the body. */
export function LineText({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: spans are positions in a row
        <Text key={i} color={s.color} bold={s.bold} dimColor={s.dim}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
