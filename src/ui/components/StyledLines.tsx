import { Box, Text } from 'ink';
import type { ColorRole, Segment, StyledLine } from '../markdown/index.js';
import { theme } from '../theme.js';

// Roles to terminal colours. With NO_COLOR chalk prints none of them (nor bold or inverse); the
// renderer already carries every meaning in characters, so nothing is lost but the decoration.
const colors: Record<ColorRole, string | undefined> = {
  heading: theme.accent,
  accent: theme.accent,
  link: theme.accent,
  code: 'yellow',
  muted: theme.muted,
  good: theme.good,
  bad: theme.bad,
  warn: theme.warn,
  keyword: 'magenta',
  string: 'green',
  number: 'yellow',
  literal: 'yellow',
  comment: 'gray',
  property: 'cyan',
  function: 'blue',
  variable: 'yellow',
  flag: 'cyan',
  command: undefined,
  punctuation: undefined,
};

// The renderer glues ▸ to a link's first word with a no-break space; once wrapped, draw a space.
const NBSP = /\u00a0/g;

interface StyledLinesProps {
  lines: readonly StyledLine[];
  /** Link index drawn in reverse video (the link Enter would follow). */
  focusedLink?: number;
}

/** Draws pre-wrapped lines, one <Text> row each; never wraps again (the renderer already did). */
export function StyledLines({ lines, focusedLink }: StyledLinesProps) {
  return (
    <Box flexDirection="column">
      {lines.map((line, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the text changes, the slot does not
        <Text key={row} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((segment, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional within a row
                <SegmentText key={i} segment={segment} focused={focusedLink} />
              ))}
        </Text>
      ))}
    </Box>
  );
}

function SegmentText({ segment, focused }: { segment: Segment; focused: number | undefined }) {
  const command = segment.color === 'command';
  return (
    <Text
      bold={segment.bold === true || command}
      italic={segment.italic}
      underline={segment.underline}
      dimColor={segment.dim}
      inverse={segment.inverse === true || (focused !== undefined && segment.link === focused)}
      color={segment.color === undefined ? undefined : colors[segment.color]}
    >
      {segment.text.replace(NBSP, ' ')}
    </Text>
  );
}
