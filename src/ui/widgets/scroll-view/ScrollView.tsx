import { Box, Text } from 'ink';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { theme } from '../../theme.js';
import type { Line } from '../../text/index.js';
import { LineText } from './LineText.js';
import { scrollIndicator, type ScrollWindow, spokenScrollIndicator } from './model.js';

interface ScrollViewProps {
  lines: readonly Line[];
  window: ScrollWindow;
  /** Rows reserved; the view always takes exactly this many so the layout below never moves. */
  height: number;
}

/**
 * Draws a window of pre-wrapped lines, with a one-row "↓ more below" indicator when there is more
 * to see. The window never starts past the last full page (model.ts clamps it), so a scrolled pane
 * is full to its last row; filler rows appear only when all the content fits with room to spare.
 * A screen reader gets no filler rows, and the indicator without its arrows.
 */
export function ScrollView({ lines, window, height }: ScrollViewProps) {
  const shown = lines.slice(window.start, window.start + window.rows);
  // Filler rows are layout, and a screen reader would read each as a blank line.
  const screenReader = useScreenReader();
  const padding = screenReader ? 0 : Math.max(0, height - shown.length - (window.overflow ? 1 : 0));
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
          {(screenReader ? spokenScrollIndicator : scrollIndicator)(window, lines.length)}
        </Text>
      ) : null}
    </Box>
  );
}
