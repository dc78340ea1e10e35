import fc from 'fast-check';
import type { AnswerRecord, LessonProgress, ProgressData, QuizAttempt } from '../../../../src/progress/index.js';

const BASE = Date.UTC(2026, 0, 1);
// Whole seconds within a day, so clashes (same question, same instant) really happen.
const time = fc.integer({ min: 0, max: 86_400 }).map((s) => new Date(BASE + s * 1000).toISOString());
const mode = fc.constantFrom('practice', 'exam', 'drill' as const);
const lessonId = fc.constantFrom('iam-basics', 'trust-policies', 'ecs-roles');

const answer: fc.Arbitrary<AnswerRecord> = fc.record({
  questionId: fc.constantFrom('q1', 'q2', 'q3'),
  topic: fc.constantFrom('trust-policies', 'ecs-roles'),
  correct: fc.boolean(),
  chosen: fc.array(fc.nat({ max: 4 }), { maxLength: 3 }),
  misconceptions: fc.array(fc.constantFrom('m1', 'm2'), { maxLength: 2 }),
  mode,
  at: time,
});

const attempt: fc.Arbitrary<QuizAttempt> = fc
  .record({ id: fc.constantFrom('a1', 'a2', 'a3'), mode, startedAt: time, total: fc.nat({ max: 10 }) })
  .map(({ id, mode: m, startedAt, total }) => ({
    id,
    mode: m,
    startedAt,
    finishedAt: startedAt,
    total,
    correct: Math.floor(total / 2),
    perTopic: {},
    perDomain: {},
  }));

const lesson: fc.Arbitrary<LessonProgress> = fc
  .record({ completed: fc.boolean(), completedAt: time, section: fc.nat({ max: 6 }), lastOpenedAt: time })
  .map(({ completed, completedAt, section, lastOpenedAt }) => ({
    completed,
    ...(completed ? { completedAt } : {}),
    section,
    checks: {},
    lastOpenedAt,
  }));

const byTime =
  <T>(key: (item: T) => string) =>
  (items: T[]) =>
    [...items].sort((a, b) => Date.parse(key(a)) - Date.parse(key(b)));

export const progressData: fc.Arbitrary<ProgressData> = fc
  .record({
    answers: fc.array(answer, { maxLength: 12 }).map(byTime((a: AnswerRecord) => a.at)),
    attempts: fc
      .uniqueArray(attempt, { selector: (a) => a.id, maxLength: 3 })
      .map(byTime((a: QuizAttempt) => a.startedAt)),
    lessons: fc.dictionary(lessonId, lesson),
    lastLessonId: fc.option(lessonId, { nil: undefined }),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ answers, attempts, lessons, lastLessonId, createdAt, updatedAt }) => ({
    version: 2 as const,
    lessons: { byId: lessons, ...(lastLessonId !== undefined && lastLessonId in lessons ? { lastLessonId } : {}) },
    quiz: { attempts, answers, examInProgress: null, practiceInProgress: null, fsrsCards: {} },
    bookmarks: [],
    sandbox: { challenges: {}, lastWorld: null },
    settings: {},
    meta: { createdAt, updatedAt },
  }));
