import { Box } from 'ink';
import type { StyledLine } from '../../text/index.js';
import { LineText } from './LineText.js';

interface StyledLinesProps {
  lines: readonly StyledLine[];
  /** Link index drawn in reverse video (the link Enter would follow). */
  focusedLink?: number;
}

/** Draws pre-wrapped lines, one row each, with no scrolling of its own (the reader pages itself). */
export function StyledLines({ lines, focusedLink }: StyledLinesProps) {
  return (
    <Box flexDirection="column">
      {lines.map((line, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the text changes, the slot does not
        <LineText key={row} line={line} focusedLink={focusedLink} />
      ))}
    </Box>
  );
}
