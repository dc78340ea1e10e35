import { describe, expect, it } from 'vitest';
import {
  answerPractice,
  createExam,
  createPractice,
  examReducer,
  nextPractice,
  summariseAttempt,
  summariseExam,
  summarisePractice,
  weakTopics,
} from '../../../src/quiz/index.js';
import { many, MIN, T0 } from './fixtures.js';

const bank = [...many('a', 4, { topic: 'iam-basics', domain: 2 }), ...many('b', 4, { topic: 'ecs-roles' })];

describe('attempt summaries', () => {
  it('summarise an exam with scaled score, pass flag and breakdowns; JSON-safe', () => {
    const created = createExam({ questions: bank, count: 8, seed: 5 });
    if (!created.ok) throw new Error(created.message);
    let s = examReducer(created.value.state, { type: 'start', now: T0 });
    s.items.forEach((item, index) => {
      if (item.questionId.startsWith('a')) s = examReducer(s, { type: 'answer', index, choice: [0], now: T0 + MIN });
    });
    s = examReducer(s, { type: 'submit', now: T0 + 10 * MIN });
    const summary = summariseExam(s, bank);
    expect(summary).toMatchObject({
      id: 'exam-2026-01-01T09:00:00.000Z',
      mode: 'exam',
      startedAt: '2026-01-01T09:00:00.000Z',
      finishedAt: '2026-01-01T09:10:00.000Z',
      total: 8,
      correct: 4,
      scaled: 528,
      passed: false,
      perTopic: { 'iam-basics': { total: 4, correct: 4 }, 'ecs-roles': { total: 4, correct: 0 } },
      perDomain: { '2': { total: 4, correct: 4 }, beyond: { total: 4, correct: 0 } },
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('summarise practice from answered questions only, without a scaled score', () => {
    const created = createPractice({ questions: bank, topics: 'all', count: 3, seed: 1, now: T0 });
    if (!created.ok) throw new Error(created.message);
    const answered = answerPractice(created.value.state, bank, [0]);
    if (!answered.ok) throw new Error(answered.message);
    const s = nextPractice(answered.value.state, T0 + MIN);
    const summary = summarisePractice(s, bank, T0 + 2 * MIN, 'p1');
    expect(summary).toMatchObject({
      id: 'p1',
      mode: 'practice',
      total: 1,
      correct: 1,
      finishedAt: '2026-01-01T09:02:00.000Z',
    });
    expect(summary.scaled).toBeUndefined();
    expect(summary.passed).toBeUndefined();
  });
});

describe('summariseAttempt', () => {
  it('counts an empty session as 0 of 0 and gives drills no scaled score', () => {
    const summary = summariseAttempt({ mode: 'drill', startedAt: T0, finishedAt: T0 + MIN, reviews: [] });
    expect(summary).toEqual({
      id: 'drill-2026-01-01T09:00:00.000Z',
      mode: 'drill',
      startedAt: '2026-01-01T09:00:00.000Z',
      finishedAt: '2026-01-01T09:01:00.000Z',
      total: 0,
      correct: 0,
      perTopic: {},
      perDomain: {},
    });
  });
});

describe('weakTopics', () => {
  const attempt = (perTopic: Record<string, { total: number; correct: number }>) => ({ perTopic });

  it('returns the lowest-accuracy topics with enough answers, weakest first', () => {
    const history = [
      attempt({
        'iam-basics': { total: 4, correct: 1 },
        'ecs-roles': { total: 3, correct: 1 },
        'trust-policies': { total: 5, correct: 5 },
      }),
      attempt({
        'iam-basics': { total: 2, correct: 1 },
        'ecs-roles': { total: 3, correct: 0 },
        'lambda-and-services': { total: 2, correct: 0 },
      }),
    ];
    // ecs 1/6, iam 2/6, trust 5/5 (strong), lambda 0/2 (too few answers)
    expect(weakTopics(history)).toEqual(['ecs-roles', 'iam-basics']);
    expect(weakTopics(history, { limit: 1 })).toEqual(['ecs-roles']);
  });

  it('accepts per-topic tallies directly and returns nothing when nothing is weak', () => {
    expect(weakTopics({ 'iam-basics': { total: 10, correct: 9 } })).toEqual([]);
    expect(weakTopics({ 'iam-basics': { total: 10, correct: 2 } })).toEqual(['iam-basics']);
  });
});
