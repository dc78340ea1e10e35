import { describe, expect, it } from 'vitest';
import { daysUntil, estimateReadiness, type ReadinessInput } from '../../../src/ui/screens/progress/readiness.js';

const now = Date.UTC(2026, 10, 22, 18, 30);
const topics = ['a', 'b', 'c', 'd'];
const base: ReadinessInput = {
  examScores: [],
  topicTallies: {},
  topicIds: topics,
  lessonsCompleted: 0,
  lessonsTotal: 4,
  examDate: '2026-12-20',
  now,
};

describe('readiness estimate', () => {
  it('counts whole days to the exam date in UTC', () => {
    expect(daysUntil('2026-11-22', now)).toBe(0);
    expect(daysUntil('2026-11-23', now)).toBe(1);
    expect(daysUntil('2026-11-20', now)).toBe(-2);
  });

  it('is 0 for a learner who has done nothing, and asks for lessons first', () => {
    const r = estimateReadiness(base);
    expect(r).toMatchObject({ score: 0, label: 'not yet', daysLeft: 28 });
    expect(r.advice).toBe('4 lessons left: about 1 a week keeps you on pace.');
  });

  it('weighs the last three mock exams at half, mapped from 400 to 800', () => {
    // Only the last three count: (700 + 800 + 900) / 3 = 800 -> the full 50.
    expect(estimateReadiness({ ...base, examScores: [100, 700, 800, 900] }).exams).toEqual({
      recentMean: 800,
      points: 50,
    });
    expect(estimateReadiness({ ...base, examScores: [600] }).exams).toEqual({ recentMean: 600, points: 25 });
    expect(estimateReadiness({ ...base, examScores: [350] }).exams.points).toBe(0);
  });

  it('counts a topic as covered at 5+ answers and 70%+', () => {
    const r = estimateReadiness({
      ...base,
      topicTallies: {
        a: { total: 5, correct: 4 },
        b: { total: 4, correct: 4 },
        c: { total: 10, correct: 6 },
        d: { total: 10, correct: 7 },
      },
    });
    expect(r.coverage).toEqual({ covered: 2, total: 4, points: 15 });
  });

  it('reaches "on track" with good exams, coverage and every lesson', () => {
    const tallies = Object.fromEntries(topics.map((t) => [t, { total: 10, correct: 9 }]));
    const r = estimateReadiness({ ...base, examScores: [760, 780, 800], topicTallies: tallies, lessonsCompleted: 4 });
    expect(r).toMatchObject({ score: 98, label: 'on track' });
    expect(r.advice).toBe('Keep it steady: a mock exam a week until the exam.');
  });

  it('says when the date has passed or is today', () => {
    expect(estimateReadiness({ ...base, examDate: '2026-11-01' }).advice).toBe(
      'Your exam date has passed: set the next one in Settings.',
    );
    expect(estimateReadiness({ ...base, examDate: '2026-11-22' }).advice).toBe('The exam is today. Good luck!');
  });
});
