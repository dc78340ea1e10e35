import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../../content/index.js';
import { type ExamAction, type ExamState, examGrid, examQuestionView, examReducer } from '../../../quiz/exam.js';
import { remainingMs } from '../../../quiz/exam-timing.js';
import { positionsToIndices, validateSelection } from '../../../quiz/grading.js';
import { Countdown } from '../../components/Countdown.js';
import { ReviewGrid, gridColumns } from '../../components/ReviewGrid.js';
import { ScrollLines } from '../../components/ScrollLines.js';
import { type Line, blank, line, wrapBlock } from '../../components/textLines.js';
import { useScroll } from '../../components/useScroll.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { type Hint, isBack, isDown, isUp, type Key } from '../../shell/keys.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeys } from '../../shell/useKeys.js';
import { symbols, theme } from '../../theme.js';
import { optionForKey, optionKeysHint, togglePosition } from './choiceKeys.js';
import { questionLines } from './questionLines.js';
import { DEFAULT_TICK_MS, type QuizData, trySave } from './quizData.js';
import { type Message, StatusLine, statusRows } from './StatusLine.js';
import { useRefState } from './useRefState.js';

type Mode = 'question' | 'grid' | 'confirm-submit' | 'confirm-quit' | 'confirm-back';

/** The exam keeps f for flagging, so option F is picked with 6 or the cursor. */
const RESERVED = new Set(['f']);

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

  const [state, setState, stateRef] = useRefState(initial);
  const [mode, setMode, modeRef] = useRefState<Mode>('question');
  const previousMode = useRef<Mode>('question');
  const [cursor, setCursor, cursorRef] = useRefState(
    () => examQuestionView(initial, questions).chosenPositions[0] ?? 0,
  );
  const [drafts, setDrafts, draftsRef] = useRefState<Record<number, number[]>>({});
  const [gridCursor, setGridCursor, gridCursorRef] = useRefState(initial.current);
  const [message, setMessage] = useState<Message | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(initialProblem);
  const scroll = useScroll();

  // A tick only moves the clock: saving the whole progress file for it every second blocked the
  // render thread under the store's lock. Ticks save at most every TICK_SAVE_MS of exam time;
  // every answer, flag or move still saves at once, and leaving saves the clock as it stands.
  const lastSavedAt = useRef(services.now());
  const dispatch = (action: ExamAction): ExamState => {
    const previous = stateRef.current;
    const next = examReducer(previous, action);
    if (next === previous) return previous;
    setState(next);
    const at = services.now();
    const onlyClock = action.type === 'tick' && next.status === previous.status;
    if (!onlyClock || at - lastSavedAt.current >= TICK_SAVE_MS) {
      lastSavedAt.current = at;
      const problem = trySave(() => progress.saveExam(next), 'the exam');
      setSaveProblem(problem);
    }
    if (next.status === 'submitted') onSubmitted(next);
    return next;
  };
  const dispatchRef = useRef(dispatch);
  dispatchRef.current = dispatch;

  // Leaving by any way (q, Esc, Ctrl+C, unmount) saves the clock as it stands.
  const onUnmount = useRef(() => {});
  onUnmount.current = () => {
    const last = stateRef.current;
    if (last.status !== 'running') return;
    const saved = examReducer(last, { type: 'tick', now: services.now() });
    trySave(() => progress.saveExam(saved), 'the exam');
  };
  useEffect(() => () => onUnmount.current(), []);

  const tickMs = data.tickMs ?? DEFAULT_TICK_MS;
  useEffect(() => {
    const timer = setInterval(() => dispatchRef.current({ type: 'tick', now: services.now() }), tickMs);
    return () => clearInterval(timer);
  }, [services, tickMs]);

  const view = examQuestionView(state, questions);
  const multiple = view.question.type === 'multiple';
  const optionCount = view.options.length;
  const draft = drafts[state.current] ?? view.chosenPositions;
  /** The current question's choice as of the latest key, not the latest render. */
  const currentDraft = (): number[] => {
    const live = stateRef.current;
    return draftsRef.current[live.current] ?? examQuestionView(live, questions).chosenPositions;
  };
  const grid = examGrid(state);
  const now = services.now();

  const goto = (target: number) => {
    const from = stateRef.current;
    const leaving = from.current;
    const leftDraft = draftsRef.current[leaving];
    const after = dispatch({ type: 'goto', index: target, now: services.now() });
    if (after.status !== 'running') return;
    const arrived = examQuestionView(after, questions, after.current);
    setCursor(arrived.chosenPositions[0] ?? 0);
    scroll.reset();
    const unfinished = leftDraft !== undefined && leftDraft.length > 0 && (after.answers[leaving]?.length ?? 0) === 0;
    setMessage(
      unfinished && leaving !== after.current
        ? {
            text: `Question ${leaving + 1} is still unanswered: it needs exactly ${from.items[leaving]?.choose} choices.`,
            tone: 'info',
          }
        : null,
    );
  };

  const next = () => {
    const live = stateRef.current;
    if (live.current + 1 < live.items.length) goto(live.current + 1);
    else openGrid();
  };

  const openGrid = () => {
    setGridCursor(stateRef.current.current);
    setMode('grid');
    setMessage(null);
  };

  const pickSingle = (position: number) => {
    setCursor(position);
    scroll.followFocus();
    const live = stateRef.current;
    const item = live.items[live.current]!;
    dispatch({ type: 'answer', choice: positionsToIndices(item.optionOrder, [position]), now: services.now() });
    setMessage(null);
  };

  const toggleMultiple = (position: number) => {
    setCursor(position);
    scroll.followFocus();
    const live = stateRef.current;
    const index = live.current;
    const chosen = togglePosition(currentDraft(), position);
    setDrafts((d) => ({ ...d, [index]: chosen }));
    const item = live.items[index]!;
    const indices = positionsToIndices(item.optionOrder, chosen);
    const checked = validateSelection(examQuestionView(live, questions).question, indices);
    if (checked.ok) {
      dispatch({ type: 'answer', choice: checked.value, now: services.now() });
      setMessage({ text: `Answer saved (${chosen.length} of ${item.choose} chosen).`, tone: 'info' });
      return;
    }
    // An incomplete choice is no answer: clear any saved one so the grid tells the truth.
    if ((stateRef.current.answers[index]?.length ?? 0) > 0)
      dispatch({ type: 'answer', choice: [], now: services.now() });
    setMessage(
      chosen.length > item.choose
        ? { text: checked.message, tone: 'error' }
        : { text: `${chosen.length} of ${item.choose} chosen.`, tone: 'info' },
    );
  };

  const submitMultiple = () => {
    const live = stateRef.current;
    const item = live.items[live.current]!;
    const checked = validateSelection(
      examQuestionView(live, questions).question,
      positionsToIndices(item.optionOrder, currentDraft()),
    );
    if (!checked.ok) {
      setMessage({ text: checked.message, tone: 'error' });
      return;
    }
    next();
  };

  const questionKey = (input: string, key: Key): boolean => {
    const live = examQuestionView(stateRef.current, questions);
    const multiple = live.question.type === 'multiple';
    const optionCount = live.options.length;
    if (isUp(input, key) || isDown(input, key)) {
      const delta = isUp(input, key) ? -1 : 1;
      setCursor((c) => (c + delta + optionCount) % optionCount);
      scroll.followFocus();
    } else if (key.pageUp || key.pageDown) scroll.page(key.pageUp ? -1 : 1);
    else if (key.rightArrow || input === 'n') next();
    else if (key.leftArrow || input === 'p') {
      if (stateRef.current.current > 0) goto(stateRef.current.current - 1);
    } else if (input === 'f') {
      dispatch({ type: 'toggle-flag', now: services.now() });
    } else if (input === 'r') openGrid();
    else if (input === 'x') {
      const index = stateRef.current.current;
      setDrafts((d) => ({ ...d, [index]: [] }));
      dispatch({ type: 'answer', choice: [], now: services.now() });
      setMessage({ text: `Answer to question ${index + 1} cleared.`, tone: 'info' });
    } else if (input === ' ') {
      if (multiple) toggleMultiple(cursorRef.current);
      else pickSingle(cursorRef.current);
    } else if (key.return) {
      if (multiple) submitMultiple();
      else {
        pickSingle(cursorRef.current);
        if (stateRef.current.status === 'running') next();
      }
    } else {
      const direct = optionForKey(input, optionCount, RESERVED);
      if (direct === null) return false;
      if (multiple) toggleMultiple(direct);
      else pickSingle(direct);
    }
    return true;
  };

  const columns = gridColumns(state.items.length, width);
  const gridKey = (input: string, key: Key): boolean => {
    const last = state.items.length - 1;
    const move = (delta: number) => setGridCursor((c) => Math.min(last, Math.max(0, c + delta)));
    if (key.leftArrow || input === 'h') move(-1);
    else if (key.rightArrow || input === 'l') move(1);
    else if (isUp(input, key)) move(-columns);
    else if (isDown(input, key)) move(columns);
    else if (input === 'g' || key.home) setGridCursor(0);
    else if (input === 'G' || key.end) setGridCursor(last);
    else if (key.return) {
      setMode('question');
      goto(gridCursorRef.current);
    } else if (input === 'f') dispatch({ type: 'toggle-flag', index: gridCursorRef.current, now: services.now() });
    else if (input === 's' || input === 'S') setMode('confirm-submit');
    else if (input === 'r' || isBack(input, key)) {
      setMode('question');
    } else return false;
    return true;
  };

  const leave = (how: 'quit' | 'back') => {
    dispatch({ type: 'tick', now: services.now() });
    if (how === 'quit') shell.quit(0);
    else shell.pop();
  };

  useKeys(
    (input, key) => {
      const mode = modeRef.current;
      if (mode === 'confirm-submit' || mode === 'confirm-quit' || mode === 'confirm-back') {
        const yes = input === 'y' || input === 'Y';
        if (yes && mode === 'confirm-submit') dispatch({ type: 'submit', now: services.now() });
        else if (yes) leave(mode === 'confirm-quit' ? 'quit' : 'back');
        else setMode(mode === 'confirm-submit' ? 'grid' : previousMode.current);
        return true;
      }
      // Esc and Backspace would otherwise pop the screen: leaving a running exam always asks.
      if (input === 'q' || isBack(input, key)) {
        if (input !== 'q' && mode === 'grid') return gridKey(input, key);
        previousMode.current = mode;
        setMode(input === 'q' ? 'confirm-quit' : 'confirm-back');
        return true;
      }
      if (mode === 'grid') return gridKey(input, key);
      return questionKey(input, key);
    },
    hintsFor(mode, multiple, optionCount),
  );

  const remaining = remainingMs(state, now);
  const compact = width < 70;
  const flagged = state.flags[state.current] === true;
  const answeredText = `${grid.answered}/${state.items.length} answered`;

  let lines: Line[];
  let focus: readonly [number, number] | null = null;
  const asking = mode === 'confirm-quit' || mode === 'confirm-back';
  const inGrid = mode === 'grid' || mode === 'confirm-submit' || (asking && previousMode.current === 'grid');
  if (inGrid) {
    lines = [];
  } else {
    const layout = questionLines(view, { selected: draft, cursor }, width);
    lines = layout.lines;
    focus = layout.optionRows[cursor] ?? null;
  }

  const prompt = promptFor(mode, grid.unanswered, grid.flagged);
  const shownMessage: Message | null = prompt ?? message ?? (saveProblem ? { text: saveProblem, tone: 'error' } : null);
  const hint = inGrid
    ? '←→↑↓ move · Enter open question · f flag · S submit · r back to the question'
    : multiple
      ? `Choose ${view.choose} (${draft.length} chosen) · Space toggles · n next · r review grid`
      : 'Enter answers and moves on · n/p next/previous · f flag · r review grid';
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
        <GridPanel state={state} questions={questions} cursor={gridCursor} width={width} height={regionHeight} />
      ) : (
        <ScrollLines lines={lines} window={window} height={regionHeight} />
      )}
      <StatusLine message={shownMessage} hint={hint} width={width} />
    </Box>
  );
}

function promptFor(mode: Mode, unanswered: number, flagged: number): Message | null {
  if (mode === 'confirm-quit' || mode === 'confirm-back') {
    return { text: 'Leave the exam? Your answers and remaining time are saved. (y/n)', tone: 'ask' };
  }
  if (mode !== 'confirm-submit') return null;
  const open =
    unanswered === 0
      ? 'All questions are answered.'
      : `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} unanswered and will count as wrong.`;
  const flags = flagged > 0 ? ` ${flagged} flagged.` : '';
  return { text: `Submit the exam now? ${open}${flags} (y/n)`, tone: 'ask' };
}

interface GridPanelProps {
  state: ExamState;
  questions: readonly Question[];
  cursor: number;
  width: number;
  height: number;
}

function GridPanel({ state, questions, cursor, width, height }: GridPanelProps) {
  const grid = examGrid(state);
  const stem = examQuestionView(state, questions, cursor).question.stem;
  const header: Line[] = [
    line(`Review grid · ${grid.answered} answered · ${grid.unanswered} unanswered · ${grid.flagged} flagged`, {
      bold: true,
    }),
    line(`${symbols.check} answered   · unanswered   ${symbols.flag} flagged   ${symbols.pointer} cursor`, {
      color: theme.muted,
    }),
    blank(),
  ];
  const preview = wrapBlock(`${cursor + 1}. ${stem}`, width, { style: { color: theme.muted } }).slice(0, 2);
  const gridHeight = Math.max(1, height - header.length - 1 - preview.length);
  return (
    <Box flexDirection="column" height={height}>
      {header.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed header rows
        <Text key={i} wrap="truncate-end" bold={row[0]?.bold} color={row[0]?.color}>
          {row.map((s) => s.text).join('') || ' '}
        </Text>
      ))}
      <Box height={gridHeight} flexDirection="column">
        <ReviewGrid cells={grid.cells} cursor={cursor} width={width} height={gridHeight} />
      </Box>
      <Text> </Text>
      {preview.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: preview rows
        <Text key={`p${i}`} wrap="truncate-end" color={theme.muted}>
          {row.map((s) => s.text).join('')}
        </Text>
      ))}
    </Box>
  );
}

function hintsFor(mode: Mode, multiple: boolean, optionCount: number): Hint[] {
  if (mode !== 'question' && mode !== 'grid') return [{ keys: 'y/n', label: 'answer' }];
  if (mode === 'grid') {
    return [
      { keys: '↑↓←→', label: 'move' },
      { keys: 'Enter', label: 'go to' },
      { keys: 'S', label: 'submit' },
      { keys: 'f', label: 'flag' },
      { keys: 'r', label: 'close' },
    ];
  }
  const direct = optionKeysHint(optionCount, RESERVED);
  return [
    { keys: '↑↓', label: 'move' },
    multiple ? { keys: 'Space', label: 'toggle' } : { keys: 'Enter', label: 'answer' },
    { keys: direct, label: 'pick' },
    { keys: '←→', label: 'prev/next' },
    { keys: 'f', label: 'flag' },
    { keys: 'r', label: 'review' },
  ];
}
