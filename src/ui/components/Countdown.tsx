import { Text } from 'ink';
import { formatClock } from '../../quiz/exam-timing.js';
import { theme } from '../theme.js';

/** Below this, the clock turns to the warning colour (the time itself is the message). */
export const LOW_TIME_MS = 5 * 60_000;

/** "Time left 14:05": the exam clock, in words so it reads the same without colour. */
export function Countdown({ remainingMs, compact = false }: { remainingMs: number; compact?: boolean }) {
  const low = remainingMs <= LOW_TIME_MS;
  const clock = formatClock(remainingMs);
  return (
    <Text bold color={low ? theme.warn : theme.accent}>
      {compact ? `${clock} left` : `Time left ${clock}`}
    </Text>
  );
}
