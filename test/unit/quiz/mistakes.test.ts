import { describe, expect, it } from 'vitest';
import {
  filterReport,
  mistakeReview,
  openMistakes,
  reopenAttempt,
  reportFilterCounts,
  summariseExam,
  type LoggedAnswer,
} from '../../../src/quiz/index.js';
import type { ExamState } from '../../../src/quiz/index.js';
import { single } from './fixtures.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute)).toISOString();
const answer = (questionId: string, correct: boolean, minute: number, chosen = correct ? [0] : [2]): LoggedAnswer => ({
  questionId,
  topic: 'iam-basics',
  correct,
  chosen,
  at: at(minute),
});

describe('openMistakes', () => {
  it('lists questions answered wrong and not right since, oldest first', () => {
    const log = [
      answer('b', false, 1),
      answer('a', false, 2),
      answer('c', false, 3),
      answer('c', true, 4), // cleared
      answer('d', true, 5),
    ];
    expect(openMistakes(log).map((m) => m.questionId)).toEqual(['b', 'a']);
  });

  it('keeps the first wrong time for order, and the latest choice for the explanation', () => {
    const log = [answer('a', false, 1, [1]), answer('b', false, 2), answer('a', false, 9, [3])];
    const [first, second] = openMistakes(log);
    expect(first).toMatchObject({
      questionId: 'a',
      chosen: [3],
      firstWrongAt: at(1),
      lastWrongAt: at(9),
      wrongCount: 2,
    });
    expect(second!.questionId).toBe('b');
  });

  it('opens a question again when it is answered wrong after a right answer', () => {
    const log = [answer('a', false, 1), answer('a', true, 2), answer('a', false, 3)];
    expect(openMistakes(log)).toEqual([
      expect.objectContaining({ questionId: 'a', firstWrongAt: at(3), wrongCount: 1 }),
    ]);
  });

  it('orders by time even when the log is not in order (a merged import)', () => {
    const log = [answer('a', true, 5), answer('a', false, 1)];
    expect(openMistakes(log)).toEqual([]);
  });
});

describe('mistakeReview', () => {
  it('marks the option chosen and the right one, each with its explanation', () => {
    const q = single('q1');
    const review = mistakeReview({ ...openMistakes([answer('q1', false, 1, [2])])[0]! }, [q])!;
    expect(review.correct).toBe(false);
    const chosen = review.options.find((o) => o.chosen)!;
    const right = review.options.find((o) => o.correct)!;
    expect(chosen.why).toBe('why q1 wrong 1');
    expect(right.why).toBe('why q1 right');
  });

  it('is undefined for a question no longer in the bank', () => {
    expect(mistakeReview(openMistakes([answer('gone', false, 1)])[0]!, [single('q1')])).toBeUndefined();
  });
});

describe('a stored exam attempt, reopened', () => {
  const qs = [single('q1'), single('q2'), single('q3'), single('q4')];
  const state: ExamState = {
    version: 1,
    kind: 'exam',
    seed: 1,
    status: 'submitted',
    items: qs.map((q) => ({ questionId: q.id, optionOrder: [3, 2, 1, 0], choose: 1 })),
    answers: [[0], [1], [], [0]],
    flags: [false, true, true, false],
    current: 0,
    timeLimitMs: 60_000,
    startedAt: 0,
    elapsedMs: 0,
    resumedAt: 0,
    finishedAt: 1000,
  } as unknown as ExamState;

  it('keeps every question, its display order, choice and flag in the summary', () => {
    const summary = summariseExam(state, qs);
    expect(summary.items).toEqual([
      { questionId: 'q1', optionOrder: [3, 2, 1, 0], chosen: [0], flagged: false },
      { questionId: 'q2', optionOrder: [3, 2, 1, 0], chosen: [1], flagged: true },
      { questionId: 'q3', optionOrder: [3, 2, 1, 0], chosen: [], flagged: true },
      { questionId: 'q4', optionOrder: [3, 2, 1, 0], chosen: [0], flagged: false },
    ]);
  });

  it('filters all / wrong / flagged / unanswered', () => {
    const reopened = reopenAttempt(summariseExam(state, qs), qs);
    if (!reopened.ok) throw new Error(reopened.reason);
    const report = reopened.value;
    expect(report.reviews.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(report.reviews[0]!.options[0]!.index).toBe(3); // shown in the order the exam showed
    expect(filterReport(report, 'all')).toEqual([0, 1, 2, 3]);
    expect(filterReport(report, 'wrong')).toEqual([1, 2]);
    expect(filterReport(report, 'flagged')).toEqual([1, 2]);
    expect(filterReport(report, 'unanswered')).toEqual([2]);
    expect(reportFilterCounts(report)).toEqual({ all: 4, wrong: 2, flagged: 2, unanswered: 1 });
  });

  it('says why an attempt saved before format 2 cannot be reopened', () => {
    const result = reopenAttempt({ id: 'old' }, qs);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/only its scores/) });
  });

  it('leaves out questions removed or edited since, and names them', () => {
    const summary = summariseExam(state, qs);
    const result = reopenAttempt(summary, [qs[0]!, { ...qs[1]!, options: qs[1]!.options.slice(0, 3) }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.reviews.map((r) => r.questionId)).toEqual(['q1']);
    expect(result.value.missing).toEqual(['q2', 'q3', 'q4']);
  });
});
