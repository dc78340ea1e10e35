import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { type ExamState, examGrid, examQuestionView, examReducer, remainingMs } from '../../../quiz/index.js';
import { Countdown } from '../../components/Countdown.js';
import { gridColumns } from '../../components/ReviewGrid.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import type { Line } from '../../text/index.js';
import { useScroll } from '../../widgets/scroll-view/index.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { symbols, theme } from '../../theme.js';
import { GridPanel } from './ExamGridPanel.js';
import { optionKeysHint } from './choiceKeys.js';
import { confirmPrompt } from '../../widgets/confirm/index.js';
import { asking as askingOf, examKeymap, RESERVED } from './examKeymap.js';
import { type ExamMode, type ExamModel, type ExamScreenAction, examModelReduce, startExamModel } from './examModel.js';
import { questionLines } from './questionLines.js';
import { DEFAULT_TICK_MS, type QuizData, trySave } from './quizData.js';
import { type Message, StatusLine, statusRows } from '../../widgets/status-line/index.js';

interface ExamRunnerProps {
  data: QuizData;
  /** A running exam (started or resumed), already saved. */
  initial: ExamState;
  /** Why saving the exam at its start failed, if it did. */
  saveProblem?: string | null;
  onSubmitted(state: ExamState): void;
}

/**
 * A running mock exam: the countdown on the top row, one question at a time, flags, the review
 * grid and submission. The state is saved on every change and every TICK_SAVE_MS of clock, and
 * on leaving, so quitting or Ctrl+C loses nothing and a crash at most that much time.
 */
export const TICK_SAVE_MS = 30_000;

export function ExamRunner({ data, initial, saveProblem: initialProblem = null, onSubmitted }: ExamRunnerProps) {
  const services = useServices();
  const shell = useShell();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const { questions, progress } = data;
  const model = useModel(
    (state: ExamModel, action: ExamScreenAction) => examModelReduce(state, action, questions),
    () => startExamModel(initial, questions),
  );
  const [saveProblem, setSaveProblem] = useState<string | null>(initialProblem);
  const scroll = useScroll();

  // A tick only moves the clock: saving the whole progress file for it every second blocked the
  // render thread under the store's lock. Ticks save at most every TICK_SAVE_MS of exam time;
  // every answer, flag or move still saves at once, and leaving saves the clock as it stands.
  const lastSavedAt = useRef(services.now());
  const afterAction = (action: ExamScreenAction, before: ExamModel, after: ExamModel) => {
    if (action.type === 'view') scroll.page(action.how === 'page-up' ? -1 : 1);
    if (action.type === 'answer') scroll.followFocus();
    if (after.exam.current !== before.exam.current) scroll.reset();
    if (after.exam !== before.exam) {
      const at = services.now();
      const onlyClock = action.type === 'tick' && after.exam.status === before.exam.status;
      if (!onlyClock || at - lastSavedAt.current >= TICK_SAVE_MS) {
        lastSavedAt.current = at;
        setSaveProblem(trySave(() => progress.saveExam(after.exam), 'the exam'));
      }
      if (after.exam.status === 'submitted' && before.exam.status !== 'submitted') onSubmitted(after.exam);
    }
    if (after.leaving !== undefined && before.leaving === undefined) {
      if (after.leaving === 'quit') shell.quit(0);
      else shell.pop();
    }
  };
  const before = useRef(model.state);
  const run = (action: ExamScreenAction) => {
    const previous = model.current();
    model.dispatch(action);
    afterAction(action, previous, model.current());
    before.current = model.current();
  };
  const runRef = useRef(run);
  runRef.current = run;

  // Leaving by any way (q, Esc, Ctrl+C, unmount) saves the clock as it stands.
  const onUnmount = useRef(() => {});
  onUnmount.current = () => {
    const last = model.current().exam;
    if (last.status !== 'running') return;
    const saved = examReducer(last, { type: 'tick', now: services.now() });
    trySave(() => progress.saveExam(saved), 'the exam');
  };
  useEffect(() => () => onUnmount.current(), []);

  const tickMs = data.tickMs ?? DEFAULT_TICK_MS;
  useEffect(() => {
    const timer = setInterval(() => runRef.current({ type: 'tick', now: services.now() }), tickMs);
    return () => clearInterval(timer);
  }, [services, tickMs]);

  const { state } = model;
  const exam = state.exam;
  const view = examQuestionView(exam, questions);
  const columns = gridColumns(exam.items.length, width);
  useKeymap(
    model,
    examKeymap({ now: services.now, columns, optionKeys: optionKeysHint(view.options.length, RESERVED) }),
    {
      modal: askingOf,
      onAction: (action, now) => {
        afterAction(action, before.current, now);
        before.current = model.current();
      },
    },
  );
  before.current = model.current();

  const grid = examGrid(exam);
  const remaining = remainingMs(exam, services.now());
  const compact = width < 70;
  const flagged = exam.flags[exam.current] === true;
  const answeredText = `${grid.answered}/${exam.items.length} answered`;
  const mode = state.mode;
  const asking = mode === 'confirm-quit' || mode === 'confirm-back';
  const inGrid = mode === 'grid' || mode === 'confirm-submit' || (asking && state.previousMode === 'grid');
  const { cursor, chosen, multiple } = state.answer;
  const layout = inGrid ? null : questionLines(view, { selected: chosen, cursor }, width);
  const lines: Line[] = layout?.lines ?? [];
  const focus = layout?.optionRows[cursor] ?? null;

  const prompt = promptFor(mode, grid.unanswered, grid.flagged);
  const shownMessage: Message | null =
    prompt ?? state.message ?? (saveProblem ? { text: saveProblem, tone: 'error' } : null);
  const hint = inGrid
    ? '←→↑↓ move · Enter open question · f flag · S submit · r back to the question'
    : multiple
      ? `Choose ${view.choose} (${chosen.length} chosen) · Space toggles · n next · r review grid`
      : 'Choose with a letter or ↑↓ · Enter confirms and moves on · n/p next/previous · f flag · r review grid';
  const regionHeight = Math.max(3, height - 2 - statusRows(shownMessage, width));
  const window = scroll.window(lines.length, regionHeight, focus);

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">
        <Countdown remainingMs={remaining} compact={compact} />
        <Text>{compact ? ` · Q${view.number}/${view.total}` : ` · Question ${view.number} of ${view.total}`}</Text>
        {flagged ? <Text color={theme.accent}>{` · ${symbols.flag} flagged`}</Text> : null}
        <Text color={theme.muted}>{` · ${answeredText}`}</Text>
      </Text>
      <Text> </Text>
      {inGrid ? (
        <GridPanel state={exam} questions={questions} cursor={state.gridCursor} width={width} height={regionHeight} />
      ) : (
        <ScrollView lines={lines} window={window} height={regionHeight} />
      )}
      <StatusLine message={shownMessage} hint={hint} width={width} />
    </Box>
  );
}

function promptFor(mode: ExamMode, unanswered: number, flagged: number): Message | null {
  if (mode === 'confirm-quit' || mode === 'confirm-back') {
    return { text: confirmPrompt('Leave the exam? Your answers and remaining time are saved.'), tone: 'ask' };
  }
  if (mode !== 'confirm-submit') return null;
  const open =
    unanswered === 0
      ? 'All questions are answered.'
      : `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} unanswered and will count as wrong.`;
  const flags = flagged > 0 ? ` ${flagged} flagged.` : '';
  return { text: confirmPrompt(`Submit the exam now? ${open}${flags}`), tone: 'ask' };
}
