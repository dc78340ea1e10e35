import { emptyProgress, type ProgressData } from '../../../../src/progress/index.js';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute)).toISOString();

/** Progress with something in every section. */
export function sampleProgress(): ProgressData {
  const data = emptyProgress(Date.UTC(2026, 10, 20, 9, 0));
  data.lessons.byId['trust-policies'] = {
    completed: true,
    completedAt: t(10),
    section: 4,
    scroll: 12,
    checks: { 'trust-check-1': { correct: true, answeredAt: t(5) } },
    lastOpenedAt: t(10),
  };
  data.lessons.byId['instance-profiles'] = { completed: false, section: 1, checks: {}, lastOpenedAt: t(20) };
  data.lessons.lastLessonId = 'instance-profiles';
  data.quiz.answers.push(
    {
      questionId: 'trust-policies-001',
      topic: 'trust-policies',
      correct: false,
      chosen: [0, 2],
      misconceptions: ['instance-arn-principal'],
      mode: 'exam',
      attemptId: 'exam-1',
      at: t(30),
    },
    {
      questionId: 'ecs-roles-004',
      topic: 'ecs-roles',
      correct: true,
      chosen: [1],
      misconceptions: [],
      mode: 'exam',
      attemptId: 'exam-1',
      at: t(31),
    },
  );
  data.quiz.attempts.push({
    id: 'exam-1',
    mode: 'exam',
    startedAt: t(29),
    finishedAt: t(32),
    total: 2,
    correct: 1,
    scaled: 550,
    passed: false,
    perTopic: { 'trust-policies': { total: 1, correct: 0 }, 'ecs-roles': { total: 1, correct: 1 } },
    perDomain: { '2': { total: 2, correct: 1 } },
  });
  data.quiz.fsrsCards['trust-principal'] = { due: t(50), stability: 2.5, state: 1 };
  data.sandbox.challenges['trust-instance-arn'] = { completed: true, completedAt: t(40), hintsUsed: 1 };
  data.sandbox.lastWorld = { roles: ['app-role'] };
  data.settings.examDate = '2026-12-31';
  data.meta.updatedAt = t(45);
  return data;
}
