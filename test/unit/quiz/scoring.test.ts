import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakdown,
  gradeQuestion,
  passed,
  rawPercent,
  scaledScore,
  sectionScore,
  VERDICT_LABELS,
} from '../../../src/quiz/index.js';
import { single } from './fixtures.js';

describe('scaledScore', () => {
  it('maps the endpoints and the cut', () => {
    expect(scaledScore(0)).toBe(100);
    expect(scaledScore(70)).toBe(700);
    expect(scaledScore(100)).toBe(1000);
    expect(scaledScore(35)).toBe(400);
    expect(scaledScore(85)).toBe(850);
  });

  it('clamps out-of-range input', () => {
    expect(scaledScore(-5)).toBe(100);
    expect(scaledScore(120)).toBe(1000);
  });

  it('passes at exactly 70% raw and fails just below it', () => {
    expect(passed(scaledScore(rawPercent(7, 10)))).toBe(true);
    expect(passed(scaledScore(rawPercent(45, 65)))).toBe(false); // 69.2%
    expect(passed(scaledScore(rawPercent(46, 65)))).toBe(true); // 70.8%
    expect(scaledScore(69.99)).toBe(699);
  });

  it('is monotonic and passes exactly when raw >= 70%', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), fc.nat(), (total, a, b) => {
        const x = a % (total + 1);
        const y = b % (total + 1);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(scaledScore(rawPercent(lo, total))).toBeLessThanOrEqual(scaledScore(rawPercent(hi, total)));
        expect(passed(scaledScore(rawPercent(x, total)))).toBe(x * 100 >= 70 * total);
      }),
    );
  });
});

describe('section verdicts', () => {
  it('meets competencies at 70% or better on enough answers', () => {
    expect(sectionScore({ total: 10, correct: 7 }).verdict).toBe('meets');
    expect(sectionScore({ total: 10, correct: 6 }).verdict).toBe('below');
    expect(VERDICT_LABELS.below).toBe('Needs improvement');
  });

  it('never says "Meets competencies" for 1 of 1 correct (issue #16)', () => {
    expect(sectionScore({ total: 1, correct: 1 }).verdict).toBe('too-few');
    expect(VERDICT_LABELS['too-few']).not.toMatch(/meets/i);
  });
});

describe('breakdown', () => {
  it('counts per topic and per domain', () => {
    const qs = [
      single('a', { topic: 'iam-basics', domain: 2 }),
      single('b', { topic: 'iam-basics', domain: 2 }),
      single('c', { topic: 'ecs-roles' }),
    ];
    const reviews = [
      gradeQuestion(qs[0]!, [0, 1, 2, 3], [0]),
      gradeQuestion(qs[1]!, [0, 1, 2, 3], [1]),
      gradeQuestion(qs[2]!, [0, 1, 2, 3], [0]),
    ];
    const result = breakdown(reviews);
    expect(result.total).toBe(3);
    expect(result.correct).toBe(2);
    expect(result.perTopic['iam-basics']).toMatchObject({
      total: 2,
      correct: 1,
      percent: 50,
      verdict: 'too-few',
    });
    expect(result.perTopic['ecs-roles']).toMatchObject({ total: 1, correct: 1, verdict: 'too-few' });
    expect(result.perDomain['2']).toMatchObject({ total: 2, correct: 1 });
    expect(result.perDomain.beyond).toMatchObject({ total: 1, correct: 1 });
  });
});
