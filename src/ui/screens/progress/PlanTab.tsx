import { Box, Text } from 'ink';
import { wrapWords } from '../../text/index.js';
import { theme } from '../../theme.js';
import type { PlanView } from './planModel.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';

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
  const screenReader = useScreenReader();
  if (view.kind === 'message') return <Text wrap="wrap">{view.text}</Text>;
  const rule = wrapWords(view.rule, width).slice(0, 4);
  const visible = Math.max(1, height - rule.length - 1);
  const start = Math.min(offset, Math.max(0, view.rows.length - 1));
  // Each day wraps (its lesson titles are the point); days that do not fit wait for ↓.
  const shown: string[] = [];
  let days = 0;
  for (const row of view.rows.slice(start)) {
    const lines = wrapWords(row, width);
    if (shown.length + lines.length > visible && days > 0) break;
    shown.push(...lines.slice(0, visible));
    days += 1;
  }
  const more = view.rows.length - (start + days);
  return (
    <Box flexDirection="column">
      {rule.map((line) => (
        <Text key={line} color={theme.muted} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {shown.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: wrapped rows of the plan
        <Text key={i} wrap="truncate-end">
          {row}
        </Text>
      ))}
      <Text color={theme.muted}>{more > 0 ? (screenReader ? `${more} more days below` : `↓ ${more} more`) : ' '}</Text>
    </Box>
  );
}
