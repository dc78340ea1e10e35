import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../../content/index.js';
import { summarisePractice } from '../../../quiz/attempts.js';
import type { SessionStart } from '../../../quiz/index.js';
import { isCorrectChoice, positionsToIndices, type QuestionReview } from '../../../quiz/grading.js';
import {
  answerPractice,
  finishPractice,
  isPracticeFinished,
  nextPractice,
  type PracticeState,
  practiceResult,
  practiceView,
} from '../../../quiz/practice.js';
import { type ConceptCards, recordAnswer as updateCards } from '../../../quiz/srs.js';
import { ScrollLines } from '../../components/ScrollLines.js';
import { type Line, blank, line, wrapBlock } from '../../components/textLines.js';
import { useScroll } from '../../components/useScroll.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { type Hint, isBack, isDown, isUp, type Key } from '../../shell/keys.js';
import { useKeys } from '../../shell/useKeys.js';
import { theme } from '../../theme.js';
import { optionForKey, optionKeysHint, togglePosition } from './choiceKeys.js';
import { questionLines } from './questionLines.js';
import { type QuizData, trySave } from './quizData.js';
import { reviewLines } from './reviewLines.js';
import { percentText, topicTable, topicTitle } from './scoreLines.js';
import { type Message, StatusLine, statusRows } from './StatusLine.js';
import { useRefState } from './useRefState.js';

type Phase = 'question' | 'feedback' | 'summary';

interface PracticeSessionProps {
  data: QuizData;
  start: SessionStart<PracticeState>;
  cards: ConceptCards;
  /** Shown on the first question: notes from the engine, a card-loading problem. */
  notice?: string;
  /** Enter on the summary. */
  onDone(): void;
  doneLabel: string;
}

/** Scrolling keys shared by feedback and summary: lines, pages, top and bottom. */
export function scrollKey(scroll: ReturnType<typeof useScroll>, input: string, key: Key, spacePages = true): boolean {
  if (isUp(input, key)) scroll.by(-1);
  else if (isDown(input, key)) scroll.by(1);
  else if (key.pageUp) scroll.page(-1);
  else if (key.pageDown || (spacePages && input === ' ')) scroll.page(1);
  else if (input === 'g' || key.home) scroll.toTop();
  else if (input === 'G' || key.end) scroll.toBottom();
  else return false;
  return true;
}

/**
 * A practice or due-drill session: one question at a time, feedback right after each answer,
 * a summary at the end. Every answer is written to the progress store as it is given.
 */
export function PracticeSession({ data, start, cards: initialCards, notice, onDone, doneLabel }: PracticeSessionProps) {
  const services = useServices();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const { questions, progress } = data;

  // Refs alongside state: keys arriving together must each see what the previous one did.
  const [state, setState, stateRef] = useRefState<PracticeState>(start.state);
  const cards = useRef(initialCards);
  const recorded = useRef(false);
  const [phase, setPhase, phaseRef] = useRefState<Phase>(isPracticeFinished(start.state) ? 'summary' : 'question');
  const [feedback, setFeedback] = useState<QuestionReview | null>(null);
  const [cursor, setCursor, cursorRef] = useRefState(0);
  const [selected, setSelected, selectedRef] = useRefState<number[]>([]);
  const [message, setMessage] = useState<Message | null>(notice ? { text: notice, tone: 'info' } : null);
  const scroll = useScroll();

  const mode = start.state.mode;
  const attemptId = `${mode}-${new Date(start.state.startedAt).toISOString()}`;
  const view = phase === 'question' ? practiceView(state, questions) : null;
  const optionCount = view?.options.length ?? 0;
  const multiple = view?.question.type === 'multiple';

  const commit = (next: PracticeState) => setState(next);

  const recordSession = (finished: PracticeState): string | null => {
    if (recorded.current) return null;
    recorded.current = true;
    if (!finished.answers.some((a) => a.length > 0)) return null;
    const summary = summarisePractice(finished, questions, services.now(), attemptId);
    return trySave(() => progress.recordAttempt(summary), 'this session');
  };

  // Leaving mid-session (Esc, q, Ctrl+C) still records what was answered.
  const onUnmount = useRef(() => {});
  onUnmount.current = () => {
    if (!recorded.current) recordSession(finishPractice(stateRef.current, services.now()));
  };
  useEffect(() => () => onUnmount.current(), []);

  const toSummary = (finished: PracticeState) => {
    commit(finished);
    setPhase('summary');
    scroll.reset();
    const problem = recordSession(finished);
    setMessage(problem ? { text: problem, tone: 'error' } : null);
  };

  const submit = (positions: readonly number[]) => {
    const current = stateRef.current;
    const item = current.items[current.current];
    if (!item) return;
    const now = services.now();
    const answered = answerPractice(current, questions, positionsToIndices(item.optionOrder, positions));
    if (!answered.ok) {
      setMessage({ text: answered.message, tone: 'error' });
      return;
    }
    const review = answered.value.feedback;
    commit(answered.value.state);
    setFeedback(review);
    setPhase('feedback');
    scroll.reset();
    const question = questions.find((q) => q.id === review.questionId) as Question;
    cards.current = updateCards(cards.current, question, review.chosen, now);
    const problem =
      trySave(
        () =>
          progress.recordAnswer({
            questionId: review.questionId,
            topic: review.topic,
            correct: review.correct,
            chosen: review.chosen,
            misconceptions: review.misconceptions,
            mode,
            attemptId,
            at: now,
          }),
        'your answer',
      ) ??
      trySave(
        () => progress.updateCards((saved) => updateCards(saved, question, review.chosen, now)),
        'your review schedule',
      );
    setMessage(problem ? { text: problem, tone: 'error' } : null);
  };

  const advance = () => {
    const next = nextPractice(stateRef.current, services.now());
    if (isPracticeFinished(next)) {
      toSummary(next);
      return;
    }
    commit(next);
    setPhase('question');
    setFeedback(null);
    setCursor(0);
    setSelected([]);
    setMessage(null);
    scroll.reset();
  };

  const questionKey = (input: string, key: Key): boolean => {
    const live = practiceView(stateRef.current, questions);
    if (!live) return false;
    const optionCount = live.options.length;
    const multiple = live.question.type === 'multiple';
    if (isUp(input, key) || isDown(input, key)) {
      const delta = isUp(input, key) ? -1 : 1;
      setCursor((c) => (c + delta + optionCount) % optionCount);
      scroll.followFocus();
      return true;
    }
    if (key.pageUp || key.pageDown) {
      scroll.page(key.pageUp ? -1 : 1);
      return true;
    }
    const direct = optionForKey(input, optionCount);
    if (direct !== null) {
      setCursor(direct);
      scroll.followFocus();
      if (multiple) {
        setSelected((s) => togglePosition(s, direct));
        setMessage(null);
      } else submit([direct]);
      return true;
    }
    if (input === ' ' && multiple) {
      setSelected((s) => togglePosition(s, cursorRef.current));
      setMessage(null);
      return true;
    }
    if (key.return || input === ' ') {
      submit(multiple ? selectedRef.current : [cursorRef.current]);
      return true;
    }
    if (input === 's') {
      advance();
      return true;
    }
    if (isBack(input, key)) {
      toSummary(finishPractice(stateRef.current, services.now()));
      return true;
    }
    return false;
  };

  useKeys(
    (input, key) => {
      const phase = phaseRef.current;
      if (phase === 'question') return questionKey(input, key);
      if (phase === 'feedback') {
        if (key.return || input === 'n' || key.rightArrow) {
          advance();
          return true;
        }
        if (isBack(input, key)) {
          toSummary(finishPractice(stateRef.current, services.now()));
          return true;
        }
        return scrollKey(scroll, input, key);
      }
      if (key.return) {
        onDone();
        return true;
      }
      return scrollKey(scroll, input, key);
    },
    hintsFor(phase, multiple, optionCount, doneLabel),
  );

  const label = mode === 'drill' ? 'Drill' : 'Practice';
  const correctSoFar = state.answers.filter((a, i) => a.length > 0 && isRight(state, i, questions)).length;
  const answeredSoFar = state.answers.filter((a) => a.length > 0).length;

  let status: string;
  let lines: Line[];
  let focus: readonly [number, number] | null = null;
  let hint: string;
  if (phase === 'summary') {
    const result = practiceResult(state, questions);
    status = `${label} finished`;
    lines = summaryLines(result, width, label);
    hint = `Enter ${doneLabel} · Esc back`;
  } else if (phase === 'feedback' && feedback) {
    status = `${label} · Question ${state.current + 1} of ${state.items.length} · ${topicTitle(feedback.topic)}`;
    lines = reviewLines(feedback, width);
    hint = state.current + 1 >= state.items.length ? 'Enter: see your score' : 'Enter: next question';
  } else if (view) {
    const soFar = answeredSoFar > 0 ? ` · ${correctSoFar} of ${answeredSoFar} right` : '';
    status = `${label} · Question ${view.number} of ${view.total} · ${topicTitle(view.question.topic)}${soFar}`;
    const layout = questionLines(view, { selected, cursor }, width);
    lines = layout.lines;
    focus = layout.optionRows[cursor] ?? null;
    hint = multiple
      ? `Choose ${view.choose} (${selected.length} chosen) · Space toggles · Enter submits`
      : 'Enter answers · or press the option’s number or letter';
  } else {
    status = label;
    lines = [line('This session has no questions.')];
    hint = '';
  }

  const regionHeight = Math.max(3, height - 2 - statusRows(message, width));
  const window = scroll.window(lines.length, regionHeight, focus);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {status}
      </Text>
      <Text> </Text>
      <ScrollLines lines={lines} window={window} height={regionHeight} />
      <StatusLine message={message} hint={hint} width={width} />
    </Box>
  );
}

function isRight(state: PracticeState, index: number, questions: readonly Question[]): boolean {
  const item = state.items[index];
  const question = item && questions.find((q) => q.id === item.questionId);
  return question !== undefined && isCorrectChoice(question, state.answers[index] ?? []);
}

function summaryLines(result: ReturnType<typeof practiceResult>, width: number, label: string): Line[] {
  if (result.total === 0) {
    return [line(`No questions answered, so there is no score for this ${label.toLowerCase()} session.`)];
  }
  const lines: Line[] = [
    line(`Score: ${result.correct} of ${result.total} correct (${percentText(result.percent)})`, { bold: true }),
  ];
  if (result.unanswered > 0) {
    lines.push(line(`${result.unanswered} skipped or not reached (not counted).`, { color: theme.muted }));
  }
  lines.push(blank(), ...topicTable(result.perTopic, width));
  const missed = result.review.filter((r) => !r.correct);
  if (missed.length > 0) {
    lines.push(blank(), line('To revisit', { bold: true }));
    for (const r of missed) lines.push(...wrapBlock(`${r.questionId}: ${r.stem}`, width, { indent: 2 }).slice(0, 2));
  }
  return lines;
}

function hintsFor(phase: Phase, multiple: boolean, optionCount: number, doneLabel: string): Hint[] {
  if (phase === 'summary') return [{ keys: 'Enter', label: doneLabel }];
  if (phase === 'feedback')
    return [
      { keys: 'Enter', label: 'next' },
      { keys: '↑↓/PgDn', label: 'scroll' },
    ];
  const direct = optionKeysHint(optionCount);
  return multiple
    ? [
        { keys: '↑↓', label: 'move' },
        { keys: 'Space', label: 'toggle' },
        { keys: 'Enter', label: 'submit' },
        { keys: direct, label: 'toggle' },
        { keys: 's', label: 'skip' },
      ]
    : [
        { keys: '↑↓', label: 'move' },
        { keys: 'Enter', label: 'answer' },
        { keys: direct, label: 'answer' },
        { keys: 's', label: 'skip' },
      ];
}
