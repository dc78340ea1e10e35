import { describe, expect, it } from 'vitest';
import { studyPlan, type StoredCard } from '../../../src/quiz/index.js';

const card = (due: string): StoredCard => ({
  due,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
});

const base = {
  today: '2026-12-07',
  examDate: '2026-12-11',
  cards: {
    overdue: card('2026-12-01T09:00:00.000Z'),
    tomorrow: card('2026-12-08T23:00:00.000Z'),
    afterExam: card('2026-12-20T09:00:00.000Z'),
  },
  weakTopics: ['ecs-roles', 'trust-policies'],
  unreadLessons: ['l1', 'l2', 'l3', 'l4'],
  openMistakes: 6,
};

describe('studyPlan', () => {
  it('gives one entry per day until the exam, the last one a mock exam with nothing new', () => {
    const plan = studyPlan(base);
    if (plan.kind !== 'plan') throw new Error(plan.message);
    expect(plan.days.map((d) => d.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']);
    const last = plan.days[3]!;
    expect(last).toMatchObject({ mockExam: true, lessons: [], reviewMistakes: 0 });
    expect(last.weakTopic).toBeUndefined();
    expect(plan.days.slice(0, 3).every((d) => !d.mockExam)).toBe(true);
  });

  it('puts due cards on the day they fall due (overdue today) and none after the exam', () => {
    const plan = studyPlan(base);
    if (plan.kind !== 'plan') throw new Error(plan.message);
    expect(plan.days.map((d) => d.dueConcepts)).toEqual([['overdue'], ['tomorrow'], [], []]);
  });

  it('spreads every unread lesson once, in order, and rotates weak topics; mistakes on day one', () => {
    const plan = studyPlan(base);
    if (plan.kind !== 'plan') throw new Error(plan.message);
    expect(plan.days.map((d) => d.lessons)).toEqual([['l1', 'l2'], ['l3'], ['l4'], []]);
    expect(plan.days.map((d) => d.weakTopic)).toEqual(['ecs-roles', 'trust-policies', 'ecs-roles', undefined]);
    expect(plan.days.map((d) => d.reviewMistakes)).toEqual([6, 0, 0, 0]);
  });

  it('with one day left, that day holds the lessons and the mock exam', () => {
    const plan = studyPlan({ ...base, examDate: '2026-12-08' });
    if (plan.kind !== 'plan') throw new Error(plan.message);
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0]).toMatchObject({ lessons: ['l1', 'l2', 'l3', 'l4'], mockExam: true });
  });

  it('says so when the exam is today or has passed', () => {
    expect(studyPlan({ ...base, examDate: '2026-12-07' }).kind).toBe('today');
    expect(studyPlan({ ...base, examDate: '2026-12-01' })).toEqual({
      kind: 'past',
      message: 'The exam date 2026-12-01 has passed; set a new one.',
    });
    expect(studyPlan({ ...base, examDate: 'soon' }).kind).toBe('invalid');
  });
});
