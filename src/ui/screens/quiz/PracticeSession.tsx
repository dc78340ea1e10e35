import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { answerQuestion } from '../../../app/index.js';
import type { Question } from '../../../content/index.js';
import {
  type ConceptCards,
  feedbackHasMoreBelow,
  finishPractice,
  type PracticeState,
  practiceResult,
  practiceView,
  type SessionStart,
  summarisePractice,
} from '../../../quiz/index.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { scrollWindow } from '../../widgets/scroll-view/index.js';
import { type Line, line } from '../../text/index.js';
import { useScroll } from '../../widgets/scroll-view/index.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { optionKeysHint } from './choiceKeys.js';
import { practiceKeymap } from './practiceKeymap.js';
import { isRight, summaryLines } from './practiceLines.js';
import { type PracticeAction, type PracticeModel, practiceReduce, startPractice } from './practiceModel.js';
import { practiceSnapshot } from './practiceResume.js';
import { questionLines } from './questionLines.js';
import { type QuizData, trySave } from './quizData.js';
import { reviewEssentialRows, reviewLines } from './reviewLines.js';
import { topicTitle } from './scoreLines.js';
import { useQuestionBookmark } from './useQuestionBookmark.js';
import { scrollBy } from './scrollKey.js';
import { StatusLine, statusRows } from '../../widgets/status-line/index.js';

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

/**
 * A practice or due-drill session: one question at a time, feedback right after each answer,
 * a summary at the end. Every answer is written to the progress store as it is given, together
 * with its review cards, in one write (src/app/quizClient.ts).
 */
export function PracticeSession({ data, start, cards: initialCards, notice, onDone, doneLabel }: PracticeSessionProps) {
  const services = useServices();
  const shell = useShell();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const { questions, progress } = data;
  // Read once per session (the setting may change in Settings meanwhile, for the next session).
  const [instant] = useState(() => data.instantAnswers === true);
  const env = { questions, settings: { instant } };
  const model = useModel(
    (state: PracticeModel, action: PracticeAction) => practiceReduce(state, action, env),
    () => startPractice(start.state, questions, notice),
  );
  const cards = useRef(initialCards);
  const recorded = useRef(false);
  const scroll = useScroll();
  const mode = start.state.mode;
  const attemptId = `${mode}-${new Date(start.state.startedAt).toISOString()}`;

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
    if (!recorded.current) recordSession(finishPractice(model.current().session, services.now()));
  };
  useEffect(() => () => onUnmount.current(), []);

  const { state } = model;
  const regionHeight = (message = state.message) => Math.max(3, height - 2 - statusRows(message, width));
  const feedbackSize = (m: PracticeModel) => ({
    total: m.feedback ? reviewLines(m.feedback, width).length : 0,
    height: regionHeight(m.message),
    essential: m.feedback ? reviewEssentialRows(m.feedback, width) : 0,
  });

  const afterAction = (action: PracticeAction, now: PracticeModel, before: PracticeModel) => {
    if (action.type === 'view') {
      if (action.how === 'follow') scroll.followFocus();
      else scrollBy(scroll, action.how);
    } else if (action.type === 'done') onDone();
    else if (action.type === 'review-mistakes') shell.push({ name: 'mistakes' });
    if (now.phase !== before.phase || now.session.current !== before.session.current) scroll.reset();
    if (action.type === 'answer' && action.action.type !== 'scroll' && now.phase === 'question') scroll.followFocus();
    if (now.phase === 'feedback' && before.phase === 'question' && now.feedback) {
      const review = now.feedback;
      const question = questions.find((q) => q.id === review.questionId) as Question;
      const at = services.now();
      // The drill is rebuilt from due cards, so only practice saves a snapshot to resume.
      const practiceInProgress = mode === 'practice' ? practiceSnapshot(now.session) : undefined;
      const saved = answerQuestion(progress, question, review, cards.current, {
        mode,
        attemptId,
        at,
        ...(practiceInProgress !== undefined ? { practiceInProgress } : {}),
      });
      cards.current = saved.cards;
      if (saved.problem) model.dispatch({ type: 'message', message: { text: saved.problem, tone: 'error' } });
    }
    if (now.phase === 'summary' && before.phase !== 'summary') {
      const problem =
        recordSession(now.session) ??
        (mode === 'practice' && progress.savePractice
          ? trySave(() => progress.savePractice?.(null), 'the end of this session')
          : null);
      model.dispatch({ type: 'message', message: problem ? { text: problem, tone: 'error' } : null });
    }
  };

  const before = useRef(state);
  const keymap = practiceKeymap({
    now: services.now,
    feedbackSize,
    instant,
    doneLabel,
    optionKeys: optionKeysHint(Math.max(1, state.answer.optionCount)),
    missed: (m) => m.session.answers.some((a, i) => a.length > 0 && !isRight(m.session, i, questions)),
  });
  const toggleBookmark = useQuestionBookmark();
  useKeymap(model, keymap, {
    onAction: (action, now) => {
      if (action.type === 'bookmark' && now.feedback) {
        model.dispatch({ type: 'message', message: toggleBookmark(now.feedback.questionId) });
        return;
      }
      const previous = before.current;
      before.current = now;
      afterAction(action, now, previous);
      before.current = model.current();
    },
  });
  before.current = model.current();

  const label = mode === 'drill' ? 'Drill' : 'Practice';
  const session = state.session;
  const view = state.phase === 'question' ? practiceView(session, questions) : null;
  const answeredSoFar = session.answers.filter((a) => a.length > 0).length;
  const correctSoFar = session.answers.filter((a, i) => a.length > 0 && isRight(session, i, questions)).length;
  const rows = regionHeight();

  let status: string;
  let lines: Line[];
  let hint: string;
  let window = null as ReturnType<typeof scrollWindow> | null;
  if (state.phase === 'summary') {
    status = `${label} finished`;
    lines = summaryLines(practiceResult(session, questions), width, label);
    hint = `Enter ${doneLabel} · Esc back`;
  } else if (state.phase === 'feedback' && state.feedback) {
    status = `${label} · Question ${session.current + 1} of ${session.items.length} · ${topicTitle(state.feedback.topic)}`;
    lines = reviewLines(state.feedback, width);
    window = scrollWindow(lines.length, rows, state.answer.feedbackTop);
    const last = session.current + 1 >= session.items.length;
    hint = feedbackHasMoreBelow(state.answer, feedbackSize(state))
      ? 'More below: Enter scrolls down, then moves on'
      : last
        ? 'Enter: see your score'
        : 'Enter: next question';
  } else if (view) {
    const soFar = answeredSoFar > 0 ? ` · ${correctSoFar} of ${answeredSoFar} right` : '';
    status = `${label} · Question ${view.number} of ${view.total} · ${topicTitle(view.question.topic)}${soFar}`;
    const { cursor, chosen, multiple } = state.answer;
    const layout = questionLines(view, { selected: chosen, cursor }, width);
    lines = layout.lines;
    window = scroll.window(lines.length, rows, layout.optionRows[cursor] ?? null);
    hint = multiple
      ? `Choose ${view.choose} (${chosen.length} chosen) · Space toggles · Enter submits`
      : instant
        ? 'Press the option’s number or letter to answer · or ↑↓ and Enter'
        : 'Choose with the option’s number or letter, or ↑↓ · Enter answers';
  } else {
    status = label;
    lines = [line('This session has no questions.')];
    hint = '';
  }

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {status}
      </Text>
      <Text> </Text>
      <ScrollView lines={lines} window={window ?? scroll.window(lines.length, rows)} height={rows} />
      <StatusLine message={state.message} hint={hint} width={width} />
    </Box>
  );
}
