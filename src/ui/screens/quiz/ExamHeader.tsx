import { Box, Text } from 'ink';
import { spokenClock } from '../../accessibility/spoken.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { Countdown } from '../../components/Countdown.js';
import { symbols, theme } from '../../theme.js';

interface ExamHeaderProps {
  remainingMs: number;
  number: number;
  total: number;
  flagged: boolean;
  answered: number;
  /** Narrow terminals: "14:05 left · Q3/65". */
  compact: boolean;
}

/**
 * The exam's top row: clock, question, flag and count. For a screen reader the clock is a timer
 * in whole minutes (spokenClock: announced on the minute, not every second) on a line of its
 * own, and the rest a sentence.
 */
export function ExamHeader({ remainingMs, number, total, flagged, answered, compact }: ExamHeaderProps) {
  const answeredText = `${answered}/${total} answered`;
  if (useScreenReader()) {
    return (
      <Box flexDirection="column">
        <Box aria-role="timer">
          <Text>{spokenClock(remainingMs)}</Text>
        </Box>
        <Text>{`Question ${number} of ${total}${flagged ? ', flagged' : ''}, ${answered} of ${total} answered.`}</Text>
      </Box>
    );
  }
  return (
    <Text wrap="truncate-end">
      <Countdown remainingMs={remainingMs} compact={compact} />
      <Text>{compact ? ` · Q${number}/${total}` : ` · Question ${number} of ${total}`}</Text>
      {flagged ? <Text color={theme.accent}>{` · ${symbols.flag} flagged`}</Text> : null}
      <Text color={theme.muted}>{` · ${answeredText}`}</Text>
    </Text>
  );
}
