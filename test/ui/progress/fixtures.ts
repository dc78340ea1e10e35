import type { Question } from '../../../src/content/types.js';
import {
  type AnswerInput,
  completeLesson,
  createMemoryProgressStore,
  type ProgressStore,
  recordAnswers,
  recordAttempt,
  setFsrsCards,
} from '../../../src/progress/index.js';
import { recordAnswer as rateAnswer } from '../../../src/quiz/srs.js';

/** fakeServices' clock: 2026-11-22 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
const DAY = 86_400_000;

export function question(id: string, topic: string): Question {
  return {
    id,
    topic,
    scope: 'beyond',
    difficulty: 1,
    type: 'single',
    stem: `Question ${id}?`,
    options: [
      { text: 'Right', correct: true, why: 'Yes.' },
      { text: 'Wrong A', correct: false, why: 'No.', misconception: 'mix-up' },
      { text: 'Wrong B', correct: false, why: 'No.' },
      { text: 'Wrong C', correct: false, why: 'No.' },
    ],
    docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html'],
    verified: '2026-11-22',
    source: { file: 'test.yaml', line: 1 },
  };
}

export const questions: Question[] = [
  question('trust-policies-900', 'trust-policies'),
  question('ecs-roles-900', 'ecs-roles'),
];

function answers(topic: string, right: number, wrong: number, at: number): AnswerInput[] {
  const list: AnswerInput[] = [];
  for (let i = 0; i < right + wrong; i++) {
    list.push({
      questionId: `${topic}-9${i}`,
      topic,
      correct: i < right,
      chosen: [i < right ? 0 : 1],
      mode: 'practice',
      at: at + i * 1000,
    });
  }
  return list;
}

function exam(id: string, finishedAt: number, correct: number, scaled: number) {
  return {
    id,
    mode: 'exam' as const,
    startedAt: finishedAt - 3_600_000,
    finishedAt,
    total: 10,
    correct,
    scaled,
    passed: scaled >= 700,
    perTopic: {},
    perDomain: {},
  };
}

/**
 * A learner three lessons in: trust policies practised well (8/10), ECS roles weak (2/6),
 * three mock exams (640, 720, 810), and one review due since yesterday.
 */
export function seededStore(): ProgressStore {
  let clock = NOW - 10 * DAY;
  const store = createMemoryProgressStore({ now: () => clock });
  for (const id of ['iam-basics', 'roles-and-sts', 'trust-policies']) completeLesson(store, id);
  recordAnswers(store, [...answers('trust-policies', 8, 2, clock), ...answers('ecs-roles', 2, 4, clock + 60_000)]);
  recordAttempt(store, exam('exam-1', Date.UTC(2026, 10, 1, 10), 6, 640));
  recordAttempt(store, exam('exam-2', Date.UTC(2026, 10, 9, 10), 7, 720));
  recordAttempt(store, exam('exam-3', Date.UTC(2026, 10, 20, 10), 8, 810));
  // A wrong answer yesterday: its concept is due again ten minutes later.
  const cards = rateAnswer({}, questions[1]!, [1], NOW - DAY);
  setFsrsCards(store, cards as unknown as Parameters<typeof setFsrsCards>[1]);
  clock = NOW;
  return store;
}

/** A learner with 2 of 6 right on each of `topics`: every one of them below the line. */
export function storeWithWeakTopics(topics: readonly string[]): ProgressStore {
  const store = createMemoryProgressStore({ now: () => NOW });
  recordAnswers(
    store,
    topics.flatMap((topic, i) => answers(topic, 2, 4, NOW - DAY + i * 60_000)),
  );
  return store;
}

/** A practice or drill session that finished at `finishedAt`, `correct` of `total` right. */
export function session(id: string, mode: 'practice' | 'drill', finishedAt: number, correct: number, total: number) {
  return { id, mode, startedAt: finishedAt - 600_000, finishedAt, total, correct, perTopic: {}, perDomain: {} };
}

/** The seeded learner plus six practice and drill sessions over the last week (oldest first). */
export function storeWithSessions(withExams = true): ProgressStore {
  const store = withExams ? seededStore() : createMemoryProgressStore({ now: () => NOW });
  const scores: Array<['practice' | 'drill', number, number]> = [
    ['practice', 4, 10],
    ['practice', 6, 10],
    ['drill', 2, 4],
    ['practice', 7, 10],
    ['drill', 3, 3],
    ['practice', 9, 12],
  ];
  scores.forEach(([mode, correct, total], i) => {
    recordAttempt(store, session(`${mode}-${i}`, mode, NOW - (6 - i) * DAY, correct, total));
  });
  return store;
}

/** The seeded learner plus a stored 2-question exam (one right, one wrong and flagged), reopenable. */
export function storeWithStoredExam() {
  const store = seededStore();
  recordAttempt(store, {
    id: 'exam-4',
    mode: 'exam',
    startedAt: NOW - 7_200_000,
    finishedAt: NOW - 3_600_000,
    total: 2,
    correct: 1,
    scaled: 550,
    passed: false,
    perTopic: {},
    perDomain: {},
    items: [
      { questionId: questions[0]!.id, optionOrder: [0, 1, 2, 3], chosen: [0], flagged: false },
      { questionId: questions[1]!.id, optionOrder: [0, 1, 2, 3], chosen: [1], flagged: true },
    ],
  });
  return store;
}
