// The practice setup drawn: the topic list (scrolling when it must), the count and Start rows,
// and the status line. State and choices come from practiceSetupModel.ts.
import { Box, Text } from 'ink';
import { quizStepLabel } from '../../../workshop/index.js';
import { plural } from '../../../plural.js';
import { spokenMarks, spokenRange } from '../../accessibility/spoken.js';
import type { ListItem as MenuItem } from '../../widgets/list/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { symbols, theme } from '../../theme.js';
import { StatusLine, statusRows } from '../../widgets/status-line/index.js';
import { type Count, countRow, type SetupEnv, type SetupState, startRow } from './practiceSetupModel.js';
import { topicTitle } from './scoreLines.js';

export function PracticeSetupView({
  env,
  state,
  total,
  pool,
  count,
}: {
  env: SetupEnv;
  state: SetupState;
  total: number;
  pool: number;
  count: Count;
}) {
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const { selection, message, cursor: cursorIndex } = state;
  const { weak, topics } = env;
  const countRowIndex = countRow(env);
  const startRowIndex = startRow(env);

  const box = (on: boolean) => (on ? '[x]' : '[ ]');
  const weakDetail = weak.length > 0 ? weak.map(topicTitle).join(', ') : 'none yet';
  const items: MenuItem[] = [
    {
      id: 'all',
      mark: box(selection.mode === 'all'),
      label: 'All topics',
      detail: plural(total, 'question'),
    },
    { id: 'weak', mark: box(selection.mode === 'weak'), label: 'Weak topics', detail: weakDetail },
    ...topics.map((t) => ({
      id: `topic-${t.id}`,
      mark: box(selection.mode === 'topics' && selection.topics.includes(t.id)),
      label: t.title,
      detail: t.count === 0 ? 'no questions' : plural(t.count, 'question'),
    })),
  ];

  // The topic list scrolls if it must; the count and Start rows below it never leave the screen.
  const listHeight = Math.max(2, height - 4 - statusRows(message, width));
  const overflow = items.length > listHeight;
  const visible = overflow ? listHeight - 1 : items.length;
  const anchor = cursorIndex < items.length ? cursorIndex : items.length - 1;
  const first = Math.min(Math.max(0, anchor - Math.floor(visible / 2)), items.length - visible);
  const shown = items.slice(first, first + visible);
  const intro = env.fixed
    ? // The seed before the topics: at 80 columns a long line is cut, and the topics are ticked below.
      `Set by the workshop, seed ${env.fixed.seed ?? 'from the pack'}: ${quizStepLabel(
        env.fixed,
        env.topics.map((t) => ({ id: t.id, title: env.topicTitle(t.id) })),
      ).replace(/^Quiz: /, '')}.`
    : 'Space picks topics, ←/→ sets how many, Enter starts.';
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end" aria-label={spokenMarks(intro)}>
        {intro}
      </Text>
      <Text> </Text>
      <Box height={listHeight} flexDirection="column">
        {shown.map((item, i) => (
          <Row
            key={item.id}
            here={first + i === cursorIndex}
            text={`${item.mark} ${item.label}`}
            detail={item.detail}
          />
        ))}
        {overflow ? (
          <Text
            color={theme.muted}
            wrap="truncate-end"
            aria-label={spokenRange('Topics', first + 1, first + visible, items.length)}
          >
            {`  ↑↓ more topics · ${first + 1}-${first + visible} of ${items.length}`}
          </Text>
        ) : null}
      </Box>
      <Row
        here={cursorIndex === countRowIndex}
        text={`    Questions: ‹ ${count === 'all' ? 'all' : count} ›`}
        detail={`${pool} match · ${env.fixed ? 'fixed by the workshop' : '←/→ to change'}`}
      />
      <Row here={cursorIndex === startRowIndex} text="    Start practice ▸" />
      <StatusLine
        message={message}
        hint={
          cursorIndex === startRowIndex
            ? 'Enter starts the session.'
            : 'Feedback and explanations come right after each answer.'
        }
        width={width}
      />
    </Box>
  );
}

function Row({ here, text, detail }: { here: boolean; text: string; detail?: string | undefined }) {
  const pointer = here ? `${symbols.pointer} ` : '  ';
  return (
    <Text
      color={here ? theme.selected : undefined}
      bold={here}
      wrap="truncate-end"
      aria-label={spokenMarks(`${pointer}${text}${detail ? `, ${detail}` : ''}`)}
    >
      {pointer}
      {text}
      {detail ? <Text color={theme.muted}>{`  ${detail}`}</Text> : null}
    </Text>
  );
}
