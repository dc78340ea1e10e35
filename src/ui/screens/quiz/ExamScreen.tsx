import { useState } from 'react';
import { createExam, type ExamState, examReducer } from '../../../quiz/exam.js';
import { EXAM_QUESTION_COUNT } from '../../../quiz/index.js';
import { useServices } from '../../services.js';
import { useReleaseKeys } from '../../shell/useModel.js';
import type { Routes } from '../../shell/routes.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { MissingQuizData, sessionSeed } from './common.js';
import { ExamIntro, SHORT_MOCK_COUNTS } from './ExamIntro.js';
import { ExamResultView } from './ExamResultView.js';
import { ExamRunner } from './ExamRunner.js';
import { recordFinishedExam } from './examFinish.js';
import { type QuizData, trySave, useQuizData } from './quizData.js';
import { loadSavedExam } from './savedExam.js';

type Phase =
  | { kind: 'intro' }
  | { kind: 'running'; state: ExamState; problem: string | null }
  | { kind: 'result'; state: ExamState; problems: string[] };

/** Route `exam` (params: `count`): the rules, the timed exam, then the score report. */
export function ExamScreen({ params }: ScreenProps<'exam'>) {
  const data = useQuizData();
  if (!data) return <MissingQuizData />;
  return <Exam data={data} params={params} />;
}

function Exam({ data, params }: { data: QuizData; params: Routes['exam'] }) {
  const services = useServices();
  const { questions, progress } = data;
  const [phase, setPhase] = useState<Phase>({ kind: 'intro' });
  const [setup] = useState(() => {
    // `--count N`: createExam refuses a count it cannot serve.
    const count = params.count;
    const fresh = createExam({ questions, seed: sessionSeed(services), ...(count !== undefined ? { count } : {}) });
    // Without `--count`, the intro also offers short mocks; createExam scales their time to the
    // real exam's pace (90 minutes for 65), as `exam --count N` does.
    const mocks =
      count === undefined
        ? SHORT_MOCK_COUNTS.filter((n) => n < Math.min(questions.length, EXAM_QUESTION_COUNT)).map((n) => ({
            count: n,
            fresh: createExam({ questions, seed: sessionSeed(services), count: n }),
          }))
        : [];
    return { fresh, mocks, saved: loadSavedExam(progress, questions) };
  });

  const release = useReleaseKeys();
  const run = (state: ExamState) => {
    release();
    const problem = trySave(() => progress.saveExam(state), 'the exam');
    setPhase({ kind: 'running', state, problem });
  };

  const finish = (state: ExamState) => {
    release();
    setPhase({ kind: 'result', state, problems: recordFinishedExam(state, questions, progress) });
  };

  if (phase.kind === 'running') {
    return <ExamRunner data={data} initial={phase.state} saveProblem={phase.problem} onSubmitted={finish} />;
  }
  if (phase.kind === 'result') {
    return <ExamResultView state={phase.state} questions={questions} problems={phase.problems} />;
  }
  return (
    <ExamIntro
      bankSize={questions.length}
      fresh={setup.fresh}
      mocks={setup.mocks}
      saved={setup.saved}
      onStart={(state) => run(examReducer(state, { type: 'start', now: services.now() }))}
      onResume={(state) => {
        // A saved exam is running (or, if it was saved before its start, ready): resume or start it.
        const action = state.status === 'ready' ? 'start' : 'resume';
        const resumed = examReducer(state, { type: action, now: services.now() });
        if (resumed.status === 'submitted') finish(resumed);
        else run(resumed);
      }}
      onShowResult={finish}
    />
  );
}
