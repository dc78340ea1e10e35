import { Box, Text } from 'ink';
import { useState } from 'react';
import { type ExamStart, type ExamState, MINUTE_MS, type Result } from '../../../quiz/index.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { useScroll } from '../../widgets/scroll-view/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeys } from '../../shell/useKeys.js';
import { actionFor } from '../../shell/keymap.js';
import { useModel } from '../../shell/useModel.js';
import { theme } from '../../theme.js';
import { clampIndex, type ListItem, ListView, pickKeymap, pickReducer } from '../../widgets/list/index.js';
import { type SavedExam, answeredCount, describeSaved } from './savedExam.js';
import { freshFacts, ruleLines, savedFacts } from './examIntroLines.js';
import { type Message, StatusLine, statusRows } from '../../widgets/status-line/index.js';

type Choice = 'resume' | 'new' | 'result';

/** The short mocks the intro offers next to the full exam (issue #16), when the bank has more. */
export const SHORT_MOCK_COUNTS = [10, 20] as const;

export interface ShortMock {
  count: number;
  fresh: Result<ExamStart>;
}

interface ExamIntroProps {
  bankSize: number;
  fresh: Result<ExamStart>;
  /** Short mocks (time scaled like `exam --count N`); empty when a count was given. */
  mocks?: readonly ShortMock[];
  saved: SavedExam;
  onResume(state: ExamState): void;
  onStart(state: ExamState): void;
  /** A saved exam that was submitted but whose result was never recorded (a crash in between). */
  onShowResult(state: ExamState): void;
}

/** The rules, and the way in: resume the saved exam or start a new one. */
export function ExamIntro({ bankSize, fresh, mocks = [], saved, onResume, onStart, onShowResult }: ExamIntroProps) {
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const scroll = useScroll();
  // The exam a "new" choice would start, waiting for the y/n about the saved one.
  const [confirming, setConfirming] = useState<ExamStart | null>(null);

  const items: Array<ListItem & { choice: Choice; start?: Result<ExamStart> }> = [];
  if (saved.kind === 'ok') {
    if (saved.state.status === 'submitted') {
      items.push({ id: 'result', choice: 'result', label: 'See the result of your last exam' });
    } else {
      items.push({ id: 'resume', choice: 'resume', label: `Resume exam in progress (${describeSaved(saved.state)})` });
    }
  }
  if (fresh.ok) {
    const n = fresh.value.state.items.length;
    items.push({
      id: 'new',
      choice: 'new',
      start: fresh,
      label: saved.kind === 'ok' ? `Start a new exam instead (${n} questions)` : `Start the exam (${n} questions)`,
    });
  }
  for (const mock of mocks) {
    if (!mock.fresh.ok) continue;
    const minutes = Math.round(mock.fresh.value.state.timeLimitMs / MINUTE_MS);
    items.push({
      id: `mock-${mock.count}`,
      choice: 'new',
      start: mock.fresh,
      label: `Short mock (${mock.count} questions, ${minutes} minutes)`,
    });
  }
  const list = useModel(pickReducer(items.length), () => ({ index: 0 }));
  const selected = items[clampIndex(list.state.index, items.length)];
  // The list's moves only: PgUp/PgDn scroll the rules, Enter is handled below.
  const moves = pickKeymap(items.length, 'choose').filter((b) => b.keys === '↑↓/jk' || b.keys === 'g/G');

  const choose = (item: (typeof items)[number] | undefined) => {
    const choice = item?.choice;
    if (choice === 'resume' && saved.kind === 'ok') onResume(saved.state);
    else if (choice === 'result' && saved.kind === 'ok') onShowResult(saved.state);
    else if (choice === 'new' && item?.start?.ok) {
      if (saved.kind === 'ok' && saved.state.status !== 'submitted') setConfirming(item.start.value);
      else onStart(item.start.value.state);
    }
  };

  useKeys(
    (input, key) => {
      if (confirming) {
        setConfirming(null);
        if (input === 'y' || input === 'Y') onStart(confirming.state);
        return true;
      }
      const move = actionFor(moves, list.current(), input, key);
      if (move !== undefined) {
        list.dispatch(move);
        return true;
      }
      if (key.pageUp || key.pageDown) {
        scroll.page(key.pageUp ? -1 : 1);
        return true;
      }
      if (key.return) {
        choose(items[clampIndex(list.current().index, items.length)]);
        return true;
      }
      return false;
    },
    confirming
      ? [{ keys: 'y/n', label: 'answer' }]
      : [...(items.length > 1 ? [{ keys: '↑↓/jk', label: 'move' }] : []), { keys: 'Enter', label: 'choose' }],
  );

  // The numbers are those of the exam Enter would open: the saved one while Resume is selected.
  const shown = selected?.start ?? fresh;
  const showSaved = (selected?.choice === 'resume' || selected?.choice === 'result') && saved.kind === 'ok';
  const lines = showSaved
    ? ruleLines(savedFacts(saved.state), [], width)
    : ruleLines(freshFacts(shown, bankSize), shown.ok ? shown.value.notes : [], width);
  let message: Message | null = null;
  if (confirming && saved.kind === 'ok') {
    message = {
      text: `Start a new exam? The exam in progress (${describeSaved(saved.state)}, ${answeredCount(saved.state)} answered) will be discarded. (y/n)`,
      tone: 'ask',
    };
  } else if (saved.kind === 'broken') {
    message = { text: `${saved.problem} Starting a new exam replaces it.`, tone: 'error' };
  } else if (!fresh.ok) {
    message = { text: fresh.message, tone: 'error' };
  }
  const rows = statusRows(message, width);
  const menuRows = Math.max(1, items.length);
  const regionHeight = Math.max(3, height - menuRows - 1 - rows);
  const window = scroll.window(lines.length, regionHeight);
  return (
    <Box flexDirection="column" paddingX={1}>
      <ScrollView lines={lines} window={window} height={regionHeight} />
      <Box height={menuRows} flexDirection="column">
        {items.length > 0 ? (
          <ListView items={items} index={list.state.index} height={menuRows} />
        ) : (
          <Text color={theme.muted}>Press Esc to go back.</Text>
        )}
      </Box>
      <Text> </Text>
      <StatusLine message={message} hint="Enter chooses. The clock starts when the exam does." width={width} />
    </Box>
  );
}
