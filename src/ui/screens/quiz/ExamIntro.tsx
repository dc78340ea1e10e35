import { Box, Text } from 'ink';
import { useState } from 'react';
import {
  describeCoverage,
  EXAM_MINUTES,
  EXAM_QUESTION_COUNT,
  type ExamStart,
  type ExamState,
  formatClock,
  MINUTE_MS,
  type Result,
  SCALED_MAX,
  SCALED_MIN,
  SCALED_PASS,
} from '../../../quiz/index.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { type Line, blank, line, span, wrapBlock } from '../../text/index.js';
import { useScroll } from '../../widgets/scroll-view/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeys } from '../../shell/useKeys.js';
import { actionFor } from '../../shell/keymap.js';
import { useModel } from '../../shell/useModel.js';
import { theme } from '../../theme.js';
import { clampIndex, type ListItem, ListView, pickKeymap, pickReducer } from '../../widgets/list/index.js';
import { type SavedExam, answeredCount, describeSaved, savedRemainingMs } from './savedExam.js';
import { type Message, StatusLine, statusRows } from '../../widgets/status-line/index.js';

type Choice = 'resume' | 'new' | 'result';

interface ExamIntroProps {
  bankSize: number;
  fresh: Result<ExamStart>;
  saved: SavedExam;
  onResume(state: ExamState): void;
  onStart(state: ExamState): void;
  /** A saved exam that was submitted but whose result was never recorded (a crash in between). */
  onShowResult(state: ExamState): void;
}

/** The rules, and the way in: resume the saved exam or start a new one. */
export function ExamIntro({ bankSize, fresh, saved, onResume, onStart, onShowResult }: ExamIntroProps) {
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const scroll = useScroll();
  const [confirming, setConfirming] = useState(false);

  const items: Array<ListItem & { choice: Choice }> = [];
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
      label: saved.kind === 'ok' ? `Start a new exam instead (${n} questions)` : `Start the exam (${n} questions)`,
    });
  }
  const list = useModel(pickReducer(items.length), () => ({ index: 0 }));
  const selected = items[clampIndex(list.state.index, items.length)];
  // The list's moves only: PgUp/PgDn scroll the rules, Enter is handled below.
  const moves = pickKeymap(items.length, 'choose').filter((b) => b.keys === '↑↓/jk' || b.keys === 'g/G');

  const choose = (choice: Choice | undefined) => {
    if (choice === 'resume' && saved.kind === 'ok') onResume(saved.state);
    else if (choice === 'result' && saved.kind === 'ok') onShowResult(saved.state);
    else if (choice === 'new' && fresh.ok) {
      if (saved.kind === 'ok' && saved.state.status !== 'submitted') setConfirming(true);
      else onStart(fresh.value.state);
    }
  };

  useKeys(
    (input, key) => {
      if (confirming) {
        setConfirming(false);
        if ((input === 'y' || input === 'Y') && fresh.ok) onStart(fresh.value.state);
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
        choose(items[clampIndex(list.current().index, items.length)]?.choice);
        return true;
      }
      return false;
    },
    confirming
      ? [{ keys: 'y/n', label: 'answer' }]
      : [...(items.length > 1 ? [{ keys: '↑↓/jk', label: 'move' }] : []), { keys: 'Enter', label: 'choose' }],
  );

  // The numbers are those of the exam Enter would open: the saved one while Resume is selected.
  const showSaved = (selected?.choice === 'resume' || selected?.choice === 'result') && saved.kind === 'ok';
  const lines = showSaved
    ? ruleLines(savedFacts(saved.state), [], width)
    : ruleLines(freshFacts(fresh, bankSize), fresh.ok ? fresh.value.notes : [], width);
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

/** The numbers at the top of the rules: how many questions, and the time. */
interface ExamFacts {
  questions: string;
  time: string;
  /** Which part of the CLF-C02 blueprint the drawn questions cover (a new exam only). */
  blueprint?: string;
}

function freshFacts(fresh: Result<ExamStart>, bankSize: number): ExamFacts | undefined {
  if (!fresh.ok) return undefined;
  const state = fresh.value.state;
  const n = state.items.length;
  const minutes = Math.round(state.timeLimitMs / MINUTE_MS);
  const fromBank = n < EXAM_QUESTION_COUNT && n === bankSize ? ` (all the bank has)` : ` (from a bank of ${bankSize})`;
  return {
    blueprint: describeCoverage(fresh.value.coverage),
    questions: `${n}${fromBank}`,
    time: `${minutes} minutes: the real exam's pace of ${EXAM_MINUTES} minutes for ${EXAM_QUESTION_COUNT} questions`,
  };
}

/** A saved exam's own numbers, so "Resume" is not described with a new exam's 65 questions. */
function savedFacts(state: ExamState): ExamFacts {
  const n = state.items.length;
  const minutes = Math.round(state.timeLimitMs / MINUTE_MS);
  if (state.status === 'submitted') {
    return { questions: `${n} in your last exam (submitted)`, time: `${minutes} minutes` };
  }
  return {
    questions: `${n} in the exam in progress, ${answeredCount(state)} answered`,
    time: `${minutes} minutes, ${formatClock(savedRemainingMs(state))} left (the clock waits while it is saved)`,
  };
}

function ruleLines(facts: ExamFacts | undefined, notes: readonly string[], width: number): Line[] {
  const row = (label: string, text: string): Line[] =>
    wrapBlock(text, width, { prefix: [span(label.padEnd(12), { bold: true })] });
  const lines: Line[] = [line('CLF-C02 mock exam', { bold: true, color: 'accent' }), blank()];
  if (facts) lines.push(...row('Questions', facts.questions), ...row('Time limit', facts.time));
  if (facts?.blueprint) lines.push(...row('Blueprint', facts.blueprint));
  for (const note of notes) lines.push(...row('Note', note));
  lines.push(
    ...row('Feedback', 'none until you submit; you may change answers and flag questions until then'),
    ...row('Unanswered', 'counts as wrong, so answer everything'),
    ...row(
      'Result',
      `readiness per domain and task, and an estimated score ${SCALED_MIN}-${SCALED_MAX} (the real exam passes at ${SCALED_PASS}; our estimate maps 70% correct to 700)`,
    ),
    ...row('Keys', '←/→ previous/next, f flag, r review grid, S submit from the grid, q leave (saved)'),
  );
  return lines;
}
