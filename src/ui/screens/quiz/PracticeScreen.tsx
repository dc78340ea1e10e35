import { useMemo, useState } from 'react';
import { weakTopics } from '../../../quiz/attempts.js';
import type { SessionStart } from '../../../quiz/index.js';
import { createPractice, type PracticeState } from '../../../quiz/practice.js';
import { useServices } from '../../services.js';
import type { Routes } from '../../shell/routes.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeymap, useModel, useReleaseKeys } from '../../shell/useModel.js';
import { loadCardsFor, MissingQuizData, sessionSeed } from './common.js';
import { PracticeResumeChoice } from './PracticeResumeChoice.js';
import { readSavedPractice } from './practiceResume.js';
import { PracticeSession } from './PracticeSession.js';
import { type QuizData, trySave, useQuizData } from './quizData.js';
import { topicTitle } from './scoreLines.js';
import {
  askedCount,
  countChoices,
  initialCountIndex,
  initialSelection,
  poolSize,
  practiceSettingsOf,
  type SetupEnv,
  type SetupState,
  setupKeymap,
  setupReduce,
  setupStarts,
  topicRows,
  wantedCount,
} from './practiceSetupModel.js';
import { PracticeSetupView } from './PracticeSetupView.js';

type QuizParams = Routes['quiz'];

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
  // A session left mid-way (not for a lesson's linked question or a workshop's fixed quiz).
  const [saved, setSaved] = useState(() => {
    if (linked.running || params.seed !== undefined) return { kind: 'none' } as const;
    const found = readSavedPractice(data.progress.loadPractice?.() ?? null, data.questions);
    if (found.kind === 'stale') trySave(() => data.progress.savePractice?.(null), 'the practice session');
    return found;
  });
  const release = useReleaseKeys();
  if (!running && saved.kind === 'ok') {
    return (
      <PracticeResumeChoice
        answered={saved.answered}
        total={saved.total}
        onResume={() => {
          release();
          const loaded = loadCardsFor(data.progress);
          const note = `Resumed at question ${saved.state.current + 1} of ${saved.total}.`;
          const notice = [note, ...(loaded.problem ? [loaded.problem] : [])].join(' ');
          setRunning({ start: { state: saved.state, notes: [] }, cards: loaded.cards, serial, notice });
          setSerial((s) => s + 1);
          setSaved({ kind: 'none' });
        }}
        onStartNew={() => {
          release();
          const problem = trySave(() => data.progress.savePractice?.(null), 'the practice session');
          setSaved(problem ? { kind: 'stale', problem } : { kind: 'none' });
        }}
      />
    );
  }
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
        : saved.kind === 'stale'
          ? { notice: saved.problem }
          : {})}
      onStart={(start, loaded, saving) => {
        const notes = [...start.notes, ...(loaded.problem ? [loaded.problem] : []), ...(saving ? [saving] : [])];
        setRunning({ start, cards: loaded.cards, serial, ...(notes.length > 0 ? { notice: notes.join(' ') } : {}) });
        setSerial((s) => s + 1);
      }}
    />
  );
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
  onStart(start: SessionStart<PracticeState>, cards: ReturnType<typeof loadCardsFor>, problem: string | null): void;
}) {
  const services = useServices();
  const { questions, progress } = data;
  const topics = useMemo(() => topicRows(questions, data.topicNames), [questions, data.topicNames]);
  const weak = useMemo(() => {
    try {
      return weakTopics(progress.attempts());
    } catch {
      return [];
    }
  }, [progress]);
  // The workshop's quiz step fixes the setup; elsewhere the last one started is preselected.
  const last = useMemo(() => (params.seed === undefined ? progress.lastPractice?.() : undefined), [params, progress]);
  const choices = useMemo(() => countChoices(wantedCount(params, last)), [params, last]);
  const env = useMemo<SetupEnv>(() => {
    const { seed, topics: fixedTopics, count: fixedCount } = params;
    const fixed =
      typeof seed === 'number' && fixedTopics && fixedCount !== undefined
        ? { fixed: { topics: [...fixedTopics], count: fixedCount, seed } }
        : {};
    const title = (id: string) => data.topicNames?.get(id) ?? topicTitle(id);
    return { topics, weak, choices, topicTitle: title, ...fixed };
  }, [topics, weak, choices, params, data.topicNames]);
  const model = useModel(setupReduce(env), () => ({
    cursor: 0,
    selection: initialSelection(params, topics, weak, last),
    countIndex: initialCountIndex(choices, wantedCount(params, last)),
    message: notice === undefined ? null : { text: notice, tone: 'error' as const },
  }));
  const { selection, countIndex } = model.state;
  const count = choices[countIndex] ?? 10;
  const pool = poolSize(questions, selection, weak);

  // Starts from the newest state, which may be several keys ahead of this render.
  const start = (state: SetupState) => {
    const wanted = choices[state.countIndex] ?? 10;
    const matching = poolSize(questions, state.selection, weak);
    const created = createPractice({
      questions,
      topics: state.selection.mode === 'topics' ? state.selection.topics : state.selection.mode,
      weakTopics: weak,
      count: askedCount(wanted, matching),
      // A workshop's quiz step fixes its seed so every attendee gets the same questions.
      seed: typeof params.seed === 'number' ? params.seed : sessionSeed(services),
      now: services.now(),
    });
    if (!created.ok) {
      model.dispatch({ type: 'message', message: { text: created.message, tone: 'error' } });
      return;
    }
    const saving =
      params.seed === undefined && progress.saveLastPractice
        ? trySave(
            () => progress.saveLastPractice?.(practiceSettingsOf(state.selection, wanted, matching)),
            'this setup',
          )
        : null;
    // Keys typed after this one (in the same read) belong to the session, which registers anew.
    keys.release();
    onStart(created.value, loadCardsFor(progress), saving);
  };

  const keymap = useMemo(() => setupKeymap(env), [env]);
  const keys = useKeymap(model, keymap, {
    onAction: (action, state) => {
      if (setupStarts(env, state, action)) start(state);
    },
  });
  return <PracticeSetupView env={env} state={model.state} total={questions.length} pool={pool} count={count} />;
}
