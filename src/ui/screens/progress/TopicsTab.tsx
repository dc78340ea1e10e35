import { fitText } from '../../text/index.js';
import { Box, Text } from 'ink';
import { theme } from '../../theme.js';
import { isWeak as belowTheLine, MEETS_PERCENT, MIN_ANSWERS } from '../../../quiz/index.js';
import { bar, percentText, type TopicRow } from './dashboardModel.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { markerWords } from '../../widgets/list/index.js';

const NUMBERS = 8 + 1 + 8 + 2 + 10 + 5; // answered, correct, bar, " weak"

/**
 * One row per topic: answers, accuracy, a bar of the accuracy, and "weak" where the competency
 * rule says so. Every topic below the line is marked, not only the few weakest the Overview names
 * (it listed three while the footer stated the rule for all).
 */
export function TopicsTab({
  topics,
  width,
  height,
  offset,
}: {
  topics: readonly TopicRow[];
  width: number;
  height: number;
  offset: number;
}) {
  const nameWidth = Math.max(12, width - NUMBERS - 1);
  const visible = Math.max(1, height - 2);
  const start = Math.min(offset, Math.max(0, topics.length - visible));
  const shown = topics.slice(start, start + visible);
  const more = topics.length - (start + shown.length);
  const screenReader = useScreenReader();
  return (
    <Box flexDirection="column">
      <Text color={theme.muted} wrap="truncate-end" aria-hidden>
        {`${'Topic'.padEnd(nameWidth)}${'Answered'.padStart(9)}${'Correct'.padStart(9)}`}
      </Text>
      {shown.map((row) => {
        const isWeak = belowTheLine({ correct: row.correct, total: row.answered });
        return (
          <Text
            key={row.id}
            wrap="truncate-end"
            color={row.answered === 0 ? theme.muted : undefined}
            // A screen reader gets the row as a sentence: padded columns and the bar are layout.
            aria-label={
              row.answered === 0
                ? `${row.title}: no answers yet.`
                : `${row.title}: ${row.answered} answered, ${percentText(row.correct, row.answered)} correct${isWeak ? ', weak' : ''}.`
            }
          >
            {`${fitText(row.title, nameWidth - 1)} ${String(row.answered).padStart(9)}${percentText(row.correct, row.answered).padStart(9)}  `}
            <Text color={isWeak ? theme.warn : theme.good}>{bar(row.correct, row.answered, 10)}</Text>
            {isWeak ? <Text color={theme.warn}> weak</Text> : null}
          </Text>
        );
      })}
      <Text color={theme.muted} wrap="truncate-end">
        {start > 0 || more > 0
          ? screenReader
            ? [
                ...(start > 0 ? [markerWords({ kind: 'above', count: start })] : []),
                ...(more > 0 ? [markerWords({ kind: 'below', count: more })] : []),
              ].join(', ')
            : `${start > 0 ? `↑ ${start} above  ` : ''}${more > 0 ? `↓ ${more} more` : ''}`
          : `Every answer counts. Weak: below ${MEETS_PERCENT}% on ${MIN_ANSWERS}+ answers (our rule).`}
      </Text>
    </Box>
  );
}
