import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { Question } from '../../../content/types.js';
import { builtinTopics } from '../../../content/topics.js';
import { weakTopics } from '../../../quiz/attempts.js';
import type { SessionStart } from '../../../quiz/exam.js';
import { createPractice, type PracticeState } from '../../../quiz/practice.js';
import type { MenuItem } from '../../components/Menu.js';
import { useListCursor } from '../../hooks/useListCursor.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { symbols, theme } from '../../theme.js';
import { loadCardsFor, MissingQuizData, sessionSeed } from './common.js';
import { PracticeSession } from './PracticeSession.js';
import { type QuizData, useQuizData } from './quizData.js';
import { topicTitle } from './scoreLines.js';
import { type Message, StatusLine, statusRows } from './StatusLine.js';

type Selection = { mode: 'all' } | { mode: 'weak' } | { mode: 'topics'; topics: string[] };
type Count = number | 'all';

const COUNT_CHOICES: Count[] = [5, 10, 20, 'all'];

interface Running {
  start: SessionStart<PracticeState>;
  cards: ReturnType<typeof loadCardsFor>['cards'];
  notice?: string;
  serial: number;
}

/** Route `quiz`: choose topics and a length, then practise with feedback after every answer. */
export function PracticeScreen({ params }: ScreenProps) {
  const data = useQuizData();
  if (!data) return <MissingQuizData />;
  return <Practice data={data} params={params} />;
}

function Practice({ data, params }: { data: QuizData; params: Record<string, unknown> }) {
  const [running, setRunning] = useState<Running | null>(null);
  const [serial, setSerial] = useState(0);
  if (running) {
    return (
      <PracticeSession
        key={running.serial}
        data={data}
        start={running.start}
        cards={running.cards}
        {...(running.notice ? { notice: running.notice } : {})}
        onDone={() => setRunning(null)}
        doneLabel="practise again"
      />
    );
  }
  return (
    <PracticeSetup
      data={data}
      params={params}
      onStart={(start, loaded) => {
        const notes = [...start.notes, ...(loaded.problem ? [loaded.problem] : [])];
        setRunning({ start, cards: loaded.cards, serial, ...(notes.length > 0 ? { notice: notes.join(' ') } : {}) });
        setSerial((s) => s + 1);
      }}
    />
  );
}

interface TopicRow {
  id: string;
  title: string;
  count: number;
}

function topicRows(questions: readonly Question[]): TopicRow[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  const rows = builtinTopics.map((t) => ({ id: t.id, title: `${t.order}. ${t.title}`, count: counts.get(t.id) ?? 0 }));
  // Author packs may bring topics of their own; they follow the curriculum.
  for (const [id, count] of counts) if (!rows.some((r) => r.id === id)) rows.push({ id, title: id, count });
  return rows;
}

function initialSelection(params: Record<string, unknown>, rows: readonly TopicRow[]): Selection {
  // A workshop step passes several topics; a lesson link or `iam-tutor quiz TOPIC` passes one.
  const listed = Array.isArray(params.topics) ? params.topics.filter((t): t is string => typeof t === 'string') : [];
  const id = params.id ?? params.topic;
  const wanted = [...listed, ...(typeof id === 'string' ? [id] : [])].filter((t, i, all) => all.indexOf(t) === i);
  const known = wanted.filter((t) => rows.some((r) => r.id === t));
  if (known.length > 0) return { mode: 'topics', topics: known };
  return { mode: 'all' };
}

function countChoices(params: Record<string, unknown>): Count[] {
  const asked = typeof params.count === 'string' ? Number(params.count) : params.count;
  if (typeof asked === 'number' && Number.isInteger(asked) && asked > 0 && !COUNT_CHOICES.includes(asked)) {
    const numbers = [...COUNT_CHOICES.filter((c): c is number => c !== 'all'), asked].sort((a, b) => a - b);
    return [...numbers, 'all'];
  }
  return COUNT_CHOICES;
}

function PracticeSetup({
  data,
  params,
  onStart,
}: {
  data: QuizData;
  params: Record<string, unknown>;
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
  const [selection, setSelection] = useState<Selection>(() => initialSelection(params, topics));
  const [countIndex, setCountIndex] = useState(() => {
    const asked = typeof params.count === 'string' ? Number(params.count) : params.count;
    const found = choices.indexOf(asked as Count);
    return found >= 0 ? found : choices.indexOf(10);
  });
  const [message, setMessage] = useState<Message | null>(null);

  const rowCount = 2 + topics.length + 2;
  const countRow = 2 + topics.length;
  const startRow = countRow + 1;
  const cursor = useListCursor(rowCount);
  const count = choices[countIndex] ?? 10;

  const chosenTopics = selection.mode === 'all' ? null : selection.mode === 'weak' ? weak : selection.topics;
  const pool =
    chosenTopics === null ? questions.length : questions.filter((q) => chosenTopics.includes(q.topic)).length;

  const toggle = (row: number) => {
    setMessage(null);
    if (row === 0) setSelection({ mode: 'all' });
    else if (row === 1) {
      if (weak.length === 0) {
        setMessage({
          text: 'No weak topics yet: answer at least 5 questions in a topic first, or pick topics yourself.',
          tone: 'error',
        });
        return;
      }
      setSelection({ mode: 'weak' });
    } else {
      const topic = topics[row - 2];
      if (!topic) return;
      if (topic.count === 0) {
        setMessage({ text: `“${topicTitle(topic.id)}” has no questions yet.`, tone: 'error' });
        return;
      }
      setSelection((s) => {
        const current = s.mode === 'topics' ? s.topics : [];
        const next = current.includes(topic.id) ? current.filter((t) => t !== topic.id) : [...current, topic.id];
        return next.length === 0 ? { mode: 'all' } : { mode: 'topics', topics: next };
      });
    }
  };

  const start = () => {
    // The setup already shows how many questions match, so never ask for more than that.
    const asked = count === 'all' ? Math.max(1, pool) : Math.max(1, Math.min(count, pool));
    const created = createPractice({
      questions,
      topics: selection.mode === 'topics' ? selection.topics : selection.mode,
      weakTopics: weak,
      count: asked,
      // A workshop's quiz step fixes its seed so every attendee gets the same questions.
      seed: typeof params.seed === 'number' ? params.seed : sessionSeed(services),
      now: services.now(),
    });
    if (!created.ok) {
      setMessage({ text: created.message, tone: 'error' });
      return;
    }
    onStart(created.value, loadCardsFor(progress));
  };

  useKeys(
    (input, key) => {
      if (cursor.handleKey(input, key)) return true;
      if (key.leftArrow || key.rightArrow) {
        const step = key.leftArrow ? -1 : 1;
        setCountIndex((i) => (i + step + choices.length) % choices.length);
        setMessage(null);
        return true;
      }
      if (input === ' ') {
        if (cursor.index < countRow) toggle(cursor.index);
        else if (cursor.index === countRow) setCountIndex((i) => (i + 1) % choices.length);
        else start();
        return true;
      }
      if (key.return) {
        start();
        return true;
      }
      return false;
    },
    [
      { keys: 'Space', label: 'pick topic' },
      { keys: '←/→', label: 'how many' },
      { keys: 'Enter', label: 'start' },
    ],
  );

  const box = (on: boolean) => (on ? '[x]' : '[ ]');
  const weakDetail = weak.length > 0 ? weak.map(topicTitle).join(', ') : 'none yet';
  const items: MenuItem[] = [
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
  const anchor = cursor.index < items.length ? cursor.index : items.length - 1;
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
            here={first + i === cursor.index}
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
        here={cursor.index === countRow}
        text={`    Questions: ‹ ${count === 'all' ? 'all' : count} ›`}
        detail={`${pool} match · ←/→ to change`}
      />
      <Row here={cursor.index === startRow} text="    Start practice ▸" />
      <StatusLine
        message={message}
        hint={
          cursor.index === startRow
            ? 'Enter starts the session.'
            : 'Feedback and explanations come right after each answer.'
        }
        width={width}
      />
    </Box>
  );
}

function Row({ here, text, detail }: { here: boolean; text: string; detail?: string | undefined }) {
  return (
    <Text color={here ? theme.selected : undefined} bold={here} wrap="truncate-end">
      {here ? `${symbols.pointer} ` : '  '}
      {text}
      {detail ? <Text color={theme.muted}>{`  ${detail}`}</Text> : null}
    </Text>
  );
}
