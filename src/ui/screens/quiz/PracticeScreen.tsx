import { Box, Text } from 'ink';
import { spokenMarks } from '../../accessibility/spoken.js';
import { useMemo, useState } from 'react';
import type { Question } from '../../../content/index.js';
import { builtinTopics } from '../../../content/topics.js';
import { weakTopics } from '../../../quiz/attempts.js';
import type { SessionStart } from '../../../quiz/index.js';
import { createPractice, type PracticeState } from '../../../quiz/practice.js';
import type { ListItem } from '../../widgets/list/index.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { Routes } from '../../shell/routes.js';
import type { ScreenProps } from '../../shell/screenTypes.js';

type QuizParams = Routes['quiz'];
import { useKeymap, useModel, useReleaseKeys } from '../../shell/useModel.js';
import { symbols, theme } from '../../theme.js';
import { loadCardsFor, MissingQuizData, sessionSeed } from './common.js';
import { PracticeSession } from './PracticeSession.js';
import { type QuizData, useQuizData } from './quizData.js';
import { topicTitle } from './scoreLines.js';
import {
  type Count,
  countRow,
  type Selection,
  type SetupEnv,
  type SetupState,
  setupKeymap,
  setupReduce,
  setupStarts,
  startRow,
  type TopicRow,
} from './practiceSetupModel.js';
import { StatusLine, statusRows } from '../../widgets/status-line/index.js';

const COUNT_CHOICES: Count[] = [5, 10, 20, 'all'];

interface Running {
  start: SessionStart<PracticeState>;
  cards: ReturnType<typeof loadCardsFor>['cards'];
  notice?: string;
  serial: number;
}

/** Route `quiz`: choose topics and a length, then practise with feedback after every answer. */
export function PracticeScreen({ params }: ScreenProps<'quiz'>) {
  const data = useQuizData();
  if (!data) return <MissingQuizData />;
  return <Practice data={data} params={params} />;
}

/**
 * A lesson's `[text](quiz:<question-id>)` link: that one question at once, with feedback; Enter
 * afterwards leads to the setup for more. An id the bank does not have opens the setup and says so.
 */
function linkedQuestion(
  data: QuizData,
  params: QuizParams,
  services: ReturnType<typeof useServices>,
): { running: Running | null; missing?: string } {
  const id = params.questionId;
  if (id === undefined) return { running: null };
  const question = data.questions.find((q) => q.id === id);
  if (question === undefined) return { running: null, missing: id };
  const created = createPractice({
    questions: [question],
    topics: 'all',
    count: 1,
    seed: params.seed ?? sessionSeed(services),
    now: services.now(),
  });
  if (!created.ok) return { running: null, missing: id };
  const loaded = loadCardsFor(data.progress);
  return {
    running: {
      start: created.value,
      cards: loaded.cards,
      serial: -1,
      ...(loaded.problem ? { notice: loaded.problem } : {}),
    },
  };
}

function Practice({ data, params }: { data: QuizData; params: QuizParams }) {
  const services = useServices();
  const [linked] = useState(() => linkedQuestion(data, params, services));
  const [running, setRunning] = useState<Running | null>(linked.running);
  const [serial, setSerial] = useState(0);
  const release = useReleaseKeys();
  if (running) {
    return (
      <PracticeSession
        key={running.serial}
        data={data}
        start={running.start}
        cards={running.cards}
        {...(running.notice ? { notice: running.notice } : {})}
        onDone={() => {
          release();
          setRunning(null);
        }}
        doneLabel="practise again"
      />
    );
  }
  return (
    <PracticeSetup
      data={data}
      params={params}
      {...(linked.missing !== undefined
        ? { notice: `The linked question “${linked.missing}” is not in the question bank.` }
        : {})}
      onStart={(start, loaded) => {
        const notes = [...start.notes, ...(loaded.problem ? [loaded.problem] : [])];
        setRunning({ start, cards: loaded.cards, serial, ...(notes.length > 0 ? { notice: notes.join(' ') } : {}) });
        setSerial((s) => s + 1);
      }}
    />
  );
}

function topicRows(questions: readonly Question[]): TopicRow[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  const rows = builtinTopics.map((t) => ({ id: t.id, title: `${t.order}. ${t.title}`, count: counts.get(t.id) ?? 0 }));
  // Author packs may bring topics of their own; they follow the curriculum.
  for (const [id, count] of counts) if (!rows.some((r) => r.id === id)) rows.push({ id, title: id, count });
  return rows;
}

function initialSelection(params: QuizParams, rows: readonly TopicRow[]): Selection {
  // A workshop step passes several topics; a lesson link or `iam-tutor quiz TOPIC` passes one.
  const listed = params.topics ?? [];
  const id = params.id ?? params.topic;
  const wanted = [...listed, ...(id === undefined ? [] : [id])].filter((t, i, all) => all.indexOf(t) === i);
  const known = wanted.filter((t) => rows.some((r) => r.id === t));
  if (known.length > 0) return { mode: 'topics', topics: known };
  return { mode: 'all' };
}

function countChoices(params: QuizParams): Count[] {
  const asked = params.count;
  if (asked !== undefined && Number.isInteger(asked) && asked > 0 && !COUNT_CHOICES.includes(asked)) {
    const numbers = [...COUNT_CHOICES.filter((c): c is number => c !== 'all'), asked].sort((a, b) => a - b);
    return [...numbers, 'all'];
  }
  return COUNT_CHOICES;
}

function PracticeSetup({
  data,
  params,
  onStart,
  notice,
}: {
  data: QuizData;
  params: QuizParams;
  notice?: string;
  onStart(start: SessionStart<PracticeState>, cards: ReturnType<typeof loadCardsFor>): void;
}) {
  const services = useServices();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const { questions, progress } = data;
  const topics = useMemo(() => topicRows(questions), [questions]);
  const weak = useMemo(() => {
    try {
      return weakTopics(progress.attempts());
    } catch {
      return [];
    }
  }, [progress]);
  const choices = useMemo(() => countChoices(params), [params]);
  const env = useMemo<SetupEnv>(() => ({ topics, weak, choices, topicTitle }), [topics, weak, choices]);
  const model = useModel(setupReduce(env), () => {
    const found = params.count === undefined ? -1 : choices.indexOf(params.count);
    return {
      cursor: 0,
      selection: initialSelection(params, topics),
      countIndex: found >= 0 ? found : choices.indexOf(10),
      message: notice === undefined ? null : { text: notice, tone: 'error' as const },
    };
  });
  const { selection, countIndex, message } = model.state;
  const count = choices[countIndex] ?? 10;
  const poolOf = (chosen: Selection) => {
    const chosenTopics = chosen.mode === 'all' ? null : chosen.mode === 'weak' ? weak : chosen.topics;
    return chosenTopics === null ? questions.length : questions.filter((q) => chosenTopics.includes(q.topic)).length;
  };
  const pool = poolOf(selection);

  // Starts from the newest state, which may be several keys ahead of this render.
  const start = (state: SetupState) => {
    const wanted = choices[state.countIndex] ?? 10;
    const matching = poolOf(state.selection);
    // The setup already shows how many questions match, so never ask for more than that.
    const asked = wanted === 'all' ? Math.max(1, matching) : Math.max(1, Math.min(wanted, matching));
    const created = createPractice({
      questions,
      topics: state.selection.mode === 'topics' ? state.selection.topics : state.selection.mode,
      weakTopics: weak,
      count: asked,
      // A workshop's quiz step fixes its seed so every attendee gets the same questions.
      seed: typeof params.seed === 'number' ? params.seed : sessionSeed(services),
      now: services.now(),
    });
    if (!created.ok) {
      model.dispatch({ type: 'message', message: { text: created.message, tone: 'error' } });
      return;
    }
    // Keys typed after this one (in the same read) belong to the session, which registers anew.
    keys.release();
    onStart(created.value, loadCardsFor(progress));
  };

  const keymap = useMemo(() => setupKeymap(env), [env]);
  const keys = useKeymap(model, keymap, {
    onAction: (action, state) => {
      if (setupStarts(env, state, action)) start(state);
    },
  });
  const cursorIndex = model.state.cursor;
  const countRowIndex = countRow(env);
  const startRowIndex = startRow(env);

  const box = (on: boolean) => (on ? '[x]' : '[ ]');
  const weakDetail = weak.length > 0 ? weak.map(topicTitle).join(', ') : 'none yet';
  const items: ListItem[] = [
    { id: 'all', mark: box(selection.mode === 'all'), label: 'All topics', detail: `${questions.length} questions` },
    { id: 'weak', mark: box(selection.mode === 'weak'), label: 'Weak topics', detail: weakDetail },
    ...topics.map((t) => ({
      id: `topic-${t.id}`,
      mark: box(selection.mode === 'topics' && selection.topics.includes(t.id)),
      label: t.title,
      detail: t.count === 0 ? 'no questions' : `${t.count} ${t.count === 1 ? 'question' : 'questions'}`,
    })),
  ];

  // The topic list scrolls if it must; the count and Start rows below it never leave the screen.
  const listHeight = Math.max(2, height - 4 - statusRows(message, width));
  const overflow = items.length > listHeight;
  const visible = overflow ? listHeight - 1 : items.length;
  const anchor = cursorIndex < items.length ? cursorIndex : items.length - 1;
  const first = Math.min(Math.max(0, anchor - Math.floor(visible / 2)), items.length - visible);
  const shown = items.slice(first, first + visible);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">Space picks topics, ←/→ sets how many, Enter starts.</Text>
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
          <Text color={theme.muted} wrap="truncate-end">
            {`  ↑↓ more topics · ${first + 1}-${first + visible} of ${items.length}`}
          </Text>
        ) : null}
      </Box>
      <Row
        here={cursorIndex === countRowIndex}
        text={`    Questions: ‹ ${count === 'all' ? 'all' : count} ›`}
        detail={`${pool} match · ←/→ to change`}
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
