import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import { examReadiness, gradeQuestion, READINESS_MIN_QUESTIONS, readinessVerdict } from '../../../src/quiz/index.js';
import { acrossDomain2Tasks, many } from './fixtures.js';

/** Reviews for `questions`: the first `right` answered correctly, the next `wrong` wrongly, the rest unanswered. */
function reviews(questions: readonly Question[], right: number, wrong = 0) {
  return questions.map((q, i) => {
    const order = q.options.map((_, k) => k);
    const chosen = i < right ? [0] : i < right + wrong ? [1] : [];
    return gradeQuestion(q, order, chosen);
  });
}

describe('readinessVerdict', () => {
  it('never calls a section ready on fewer than the one rule minimum of 5 questions, however good', () => {
    expect(READINESS_MIN_QUESTIONS).toBe(5);
    expect(readinessVerdict(1, 1)).toBe('too-few');
    expect(readinessVerdict(4, 4)).toBe('too-few');
    expect(readinessVerdict(0, 0)).toBe('too-few');
    expect(readinessVerdict(0, 3)).toBe('too-few');
  });

  it('meets at 70% on 5 or more questions, and is below 70% otherwise', () => {
    expect(readinessVerdict(6, 8)).toBe('meets'); // 75%
    expect(readinessVerdict(5, 8)).toBe('below'); // 62.5%
    expect(readinessVerdict(7, 10)).toBe('meets'); // exactly 70%
    expect(readinessVerdict(6, 9)).toBe('below'); // 66.7%
    expect(readinessVerdict(4, 5)).toBe('meets'); // 80%
    expect(readinessVerdict(3, 5)).toBe('below'); // 60%
  });
});

describe('examReadiness', () => {
  it('reports each domain and each of its tasks, in guide order, with the counts they rest on', () => {
    const d2 = acrossDomain2Tasks('d2', 8); // 2.1, 2.2, 2.3, 2.4, 2.1, ...
    const d1 = many('d1', 1, { domain: 1, task: '1.3' });
    const qs = [...d1, ...d2];
    const result = examReadiness(reviews(qs, 7), qs); // d1 right, d2: 6 right, 2 unanswered
    expect(result.untasked).toBe(0);
    expect(result.rows.map((r) => [r.key, r.correct, r.total, r.answered, r.verdict])).toEqual([
      ['1', 1, 1, 1, 'too-few'],
      ['1.3', 1, 1, 1, 'too-few'],
      ['2', 6, 8, 6, 'meets'],
      ['2.1', 2, 2, 2, 'too-few'],
      ['2.2', 2, 2, 2, 'too-few'],
      ['2.3', 1, 2, 1, 'too-few'],
      ['2.4', 1, 2, 1, 'too-few'],
    ]);
    expect(result.rows[2]).toMatchObject({ kind: 'domain', title: 'Security and Compliance', percent: 75 });
    expect(result.rows[3]).toMatchObject({ kind: 'task', title: 'Shared responsibility model' });
  });

  it('does not let a strong domain hide a weak task: 2.3 is below while the domain meets', () => {
    const strong = many('a', 10, { domain: 2, task: '2.1' });
    const weak = many('b', 8, { domain: 2, task: '2.3' });
    const qs = [...strong, ...weak];
    const r = examReadiness([...reviews(strong, 10), ...reviews(weak, 5, 3)], qs);
    expect(r.rows.map((row) => [row.key, row.verdict])).toEqual([
      ['2', 'meets'], // 15 of 18 = 83%
      ['2.1', 'meets'],
      ['2.3', 'below'], // 5 of 8 = 62.5%
    ]);
  });

  it('counts unanswered questions as wrong, so a section with no answers is below, not ready', () => {
    const qs = many('n', 9, { domain: 2, task: '2.2' });
    const r = examReadiness(reviews(qs, 0), qs);
    expect(r.rows).toEqual([
      expect.objectContaining({ key: '2', answered: 0, correct: 0, total: 9, percent: 0, verdict: 'below' }),
      expect.objectContaining({ key: '2.2', answered: 0, correct: 0, total: 9, verdict: 'below' }),
    ]);
  });

  it('has no rows for an exam without in-scope questions, and counts untasked ones in their domain only', () => {
    const beyond = many('bx', 4);
    expect(examReadiness(reviews(beyond, 4), beyond)).toEqual({ rows: [], untasked: 0 });
    const odd = many('u', 2, { domain: 2, task: '2.9' });
    const r = examReadiness(reviews(odd, 2), odd);
    expect(r.untasked).toBe(2);
    expect(r.rows.map((row) => row.key)).toEqual(['2']);
  });
});
