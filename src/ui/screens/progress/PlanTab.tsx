import { Box, Text } from 'ink';
import { wrapWords } from '../../text/index.js';
import { theme } from '../../theme.js';
import type { PlanView } from './planModel.js';

/** What to review each day until the exam date: the rule, then one row per day. */
export function PlanTab({
  view,
  width,
  height,
  offset,
}: {
  view: PlanView;
  width: number;
  height: number;
  offset: number;
}) {
  if (view.kind === 'message') return <Text wrap="wrap">{view.text}</Text>;
  const rule = wrapWords(view.rule, width).slice(0, 3);
  const visible = Math.max(1, height - rule.length - 1);
  const start = Math.min(offset, Math.max(0, view.rows.length - visible));
  const shown = view.rows.slice(start, start + visible);
  const more = view.rows.length - (start + shown.length);
  return (
    <Box flexDirection="column">
      {rule.map((line) => (
        <Text key={line} color={theme.muted} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {shown.map((row) => (
        <Text key={row} wrap="truncate-end">
          {row}
        </Text>
      ))}
      <Text color={theme.muted}>{more > 0 ? `↓ ${more} more` : ' '}</Text>
    </Box>
  );
}
