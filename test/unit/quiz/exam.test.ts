import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import {
  createExam,
  type ExamAction,
  examGrid,
  examQuestionView,
  examReducer,
  examResult,
  type ExamState,
  examTimeLimitMinutes,
  formatClock,
  parseExamState,
  remainingMs,
  validateSelection,
} from '../../../src/quiz/index.js';
import { bigBank, MIN, many, multiple, single, T0 } from './fixtures.js';

function newExam(questions: Question[], count: number, seed = 7): ExamState {
  const created = createExam({ questions, count, seed });
  if (!created.ok) throw new Error(created.message);
  return created.value.state;
}

function run(state: ExamState, actions: ExamAction[]): ExamState {
  return actions.reduce(examReducer, state);
}

/** Answers the current question with its key (right) or the first wrong option. */
function answerCurrent(state: ExamState, bank: Question[], right: boolean, now: number): ExamState {
  const view = examQuestionView(state, bank);
  const q = view.question;
  const key = q.options.flatMap((o, i) => (o.correct ? [i] : []));
  const wrongIndex = q.options.findIndex((o) => !o.correct);
  const choice = right ? key : [wrongIndex, ...key.slice(1)];
  return examReducer(state, { type: 'answer', choice, now });
}

const smallBank = [
  single('s-001', { domain: 2 }),
  single('s-002', { domain: 2 }),
  multiple('s-003', { domain: 2 }),
  single('s-004', { domain: 1, topic: 'iam-basics' }),
  single('s-005', { topic: 'ecs-roles' }),
];

describe('createExam', () => {
  it('defaults to 65 questions in 90 minutes', () => {
    const created = createExam({ questions: bigBank(), seed: 1 });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.state.items).toHaveLength(65);
    expect(created.value.state.timeLimitMs).toBe(90 * MIN);
    expect(created.value.state.status).toBe('ready');
  });

  it('scales the time limit to the exam pace', () => {
    expect(examTimeLimitMinutes(65)).toBe(90);
    expect(examTimeLimitMinutes(5)).toBe(7);
    expect(examTimeLimitMinutes(30)).toBe(42);
    expect(examTimeLimitMinutes(0)).toBe(1);
    expect(newExam(smallBank, 5).timeLimitMs).toBe(7 * MIN);
  });

  it('refuses a bad count or an empty bank with a message', () => {
    expect(createExam({ questions: smallBank, count: 0, seed: 1 })).toMatchObject({ ok: false });
    expect(createExam({ questions: smallBank, count: 2.5, seed: 1 })).toMatchObject({ ok: false });
    const empty = createExam({ questions: [], seed: 1 });
    expect(empty).toEqual({ ok: false, message: 'The question bank is empty, so there is no exam to take.' });
  });

  it('is reproducible with a seed: same seed same order, different seed different order', () => {
    const bank = bigBank();
    const a = newExam(bank, 20, 99);
    const b = newExam(bank, 20, 99);
    const c = newExam(bank, 20, 100);
    expect(a.items).toEqual(b.items);
    expect(a.items.map((i) => i.questionId)).not.toEqual(c.items.map((i) => i.questionId));
  });

  it('shuffles option order per question, reproducibly', () => {
    const a = newExam(bigBank(), 30, 5);
    const orders = a.items.map((i) => i.optionOrder.join(''));
    expect(new Set(orders).size).toBeGreaterThan(1);
    for (const item of a.items) expect([...item.optionOrder].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('examReducer', () => {
  it('ignores everything but start until started', () => {
    const ready = newExam(smallBank, 5);
    expect(examReducer(ready, { type: 'answer', choice: [0], now: T0 })).toBe(ready);
    const started = examReducer(ready, { type: 'start', now: T0 });
    expect(started.status).toBe('running');
    expect(started.startedAt).toBe(T0);
  });

  it('answers, changes answers, flags and jumps; the grid shows it', () => {
    let s = run(newExam(smallBank, 5), [{ type: 'start', now: T0 }]);
    s = answerCurrent(s, smallBank, true, T0 + 1000);
    s = examReducer(s, { type: 'toggle-flag', now: T0 + 2000 });
    s = examReducer(s, { type: 'goto', index: 3, now: T0 + 3000 });
    s = examReducer(s, { type: 'toggle-flag', now: T0 + 4000 });
    s = examReducer(s, { type: 'toggle-flag', index: 0, now: T0 + 5000 });
    const grid = examGrid(s);
    expect(grid.answered).toBe(1);
    expect(grid.unanswered).toBe(4);
    expect(grid.flagged).toBe(1);
    expect(grid.cells[3]).toMatchObject({ number: 4, flagged: true, current: true, answered: false });
    expect(grid.cells[0]).toMatchObject({ answered: true, flagged: false });
    // Clearing an answer
    s = examReducer(s, { type: 'answer', index: 0, choice: [], now: T0 + 6000 });
    expect(examGrid(s).answered).toBe(0);
  });

  it('ignores a choice of the wrong size (the UI explains with validateSelection)', () => {
    let s = run(newExam(smallBank, 5), [{ type: 'start', now: T0 }]);
    const idx = s.items.findIndex((i) => i.choose === 2);
    s = examReducer(s, { type: 'goto', index: idx, now: T0 });
    const view = examQuestionView(s, smallBank);
    expect(view.choose).toBe(2);
    const tooMany = [0, 1, 2];
    expect(validateSelection(view.question, tooMany)).toEqual({
      ok: false,
      message: 'Choose exactly 2 answers (you chose 3).',
    });
    expect(examReducer(s, { type: 'answer', choice: tooMany, now: T0 }).answers[idx]).toEqual([]);
    expect(examReducer(s, { type: 'answer', choice: [4, 0], now: T0 }).answers[idx]).toEqual([0, 4]);
  });

  it('gives no feedback before submission and counts unanswered as wrong', () => {
    let s = run(newExam(smallBank, 5), [{ type: 'start', now: T0 }]);
    for (let i = 0; i < 3; i++) {
      s = examReducer(s, { type: 'goto', index: i, now: T0 });
      s = answerCurrent(s, smallBank, true, T0);
    }
    // The state carries answers only: nothing about correctness.
    expect(JSON.stringify(s)).not.toMatch(/correct/);
    s = examReducer(s, { type: 'submit', now: T0 + 5 * MIN });
    expect(s).toMatchObject({ status: 'submitted', submitReason: 'learner', finishedAt: T0 + 5 * MIN });
    const result = examResult(s, smallBank);
    expect(result).toMatchObject({ total: 5, answered: 3, correct: 3, percent: 60, scaledEstimate: 614 });
    // No single pass/fail: readiness per domain and task instead.
    expect(result).not.toHaveProperty('passed');
    expect(result.review).toHaveLength(5);
    expect(result.review.filter((r) => !r.answered).every((r) => !r.correct)).toBe(true);
    expect(result.review.every((r) => r.options.every((o) => o.why.length > 0))).toBe(true);
  });

  it('ignores every action after submission', () => {
    const s = run(newExam(smallBank, 5), [
      { type: 'start', now: T0 },
      { type: 'submit', now: T0 + MIN },
    ]);
    expect(examReducer(s, { type: 'answer', choice: [0], now: T0 + 2 * MIN })).toBe(s);
    expect(examReducer(s, { type: 'tick', now: T0 + 200 * MIN })).toBe(s);
  });

  it('scores a perfect exam 1000 and a pass at the cut', () => {
    const bank = many('p', 10, { domain: 2 });
    let s = run(newExam(bank, 10), [{ type: 'start', now: T0 }]);
    for (let i = 0; i < 10; i++) {
      s = examReducer(s, { type: 'goto', index: i, now: T0 });
      s = answerCurrent(s, bank, i < 7, T0);
    }
    const atCut = examResult(examReducer(s, { type: 'submit', now: T0 + MIN }), bank);
    expect(atCut).toMatchObject({ correct: 7, scaledEstimate: 700 });
    expect(atCut.readiness.rows).toEqual([
      expect.objectContaining({ key: '2', kind: 'domain', total: 10, correct: 7, verdict: 'meets' }),
      expect.objectContaining({ key: '2.1', kind: 'task', total: 10, correct: 7, verdict: 'meets' }),
    ]);
    expect(atCut.perDomain['2']).toMatchObject({ total: 10, correct: 7, verdict: 'meets' });
  });
});

describe('exam timing with a fake clock', () => {
  const start = (): ExamState => run(newExam(smallBank, 5), [{ type: 'start', now: T0 }]); // 7 minutes

  it('counts down', () => {
    const s = start();
    expect(remainingMs(s, T0)).toBe(7 * MIN);
    expect(remainingMs(s, T0 + 2 * MIN)).toBe(5 * MIN);
    const ticked = examReducer(s, { type: 'tick', now: T0 + 2 * MIN });
    expect(ticked.elapsedMs).toBe(2 * MIN);
    expect(remainingMs(ticked, T0 + 3 * MIN)).toBe(4 * MIN);
    expect(formatClock(remainingMs(ticked, T0 + 3 * MIN))).toBe('4:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(90 * MIN)).toBe('1:30:00');
  });

  it('auto-submits when time reaches zero', () => {
    const s = start();
    const before = examReducer(s, { type: 'tick', now: T0 + 7 * MIN - 1 });
    expect(before.status).toBe('running');
    const atZero = examReducer(before, { type: 'tick', now: T0 + 7 * MIN });
    expect(atZero).toMatchObject({ status: 'submitted', submitReason: 'time', finishedAt: T0 + 7 * MIN });
    expect(remainingMs(atZero, T0 + 8 * MIN)).toBe(0);
  });

  it('records the moment time ran out when the next tick comes late', () => {
    const late = examReducer(start(), { type: 'tick', now: T0 + 9 * MIN });
    expect(late).toMatchObject({
      status: 'submitted',
      submitReason: 'time',
      finishedAt: T0 + 7 * MIN,
      elapsedMs: 7 * MIN,
    });
  });

  it('does not accept an answer that arrives after time is up', () => {
    const s = examReducer(start(), { type: 'answer', choice: [0], now: T0 + 8 * MIN });
    expect(s.status).toBe('submitted');
    expect(s.answers.every((a) => a.length === 0)).toBe(true);
  });

  it('preserves remaining time across a resume: time while closed does not count', () => {
    let s = examReducer(start(), { type: 'tick', now: T0 + 3 * MIN });
    // The app is closed for an hour, then the saved state is loaded and resumed.
    const reopened = T0 + 63 * MIN;
    s = examReducer(s, { type: 'resume', now: reopened });
    expect(s.status).toBe('running');
    expect(remainingMs(s, reopened)).toBe(4 * MIN);
    expect(remainingMs(s, reopened + MIN)).toBe(3 * MIN);
    s = examReducer(s, { type: 'tick', now: reopened + 4 * MIN });
    expect(s).toMatchObject({ status: 'submitted', submitReason: 'time', finishedAt: reopened + 4 * MIN });
  });
});

describe('resume after a simulated crash', () => {
  it('continues from JSON to the same result as an uninterrupted run', () => {
    const bank = bigBank();
    const created = newExam(bank, 12, 2024);
    const play = (state: ExamState, from: number, to: number, clock: number): ExamState => {
      let s = state;
      for (let i = from; i < to; i++) {
        s = examReducer(s, { type: 'goto', index: i, now: clock + i * 1000 });
        s = answerCurrent(s, bank, i % 3 !== 0, clock + i * 1000);
        if (i % 4 === 0) s = examReducer(s, { type: 'toggle-flag', now: clock + i * 1000 });
      }
      return s;
    };

    const straight = examReducer(play(examReducer(created, { type: 'start', now: T0 }), 0, 12, T0), {
      type: 'submit',
      now: T0 + 20 * MIN,
    });

    // Same exam, but the process dies after question 6: only the saved JSON survives.
    const beforeCrash = play(examReducer(created, { type: 'start', now: T0 }), 0, 6, T0);
    const saved = JSON.stringify(beforeCrash);
    const loaded = parseExamState(JSON.parse(saved));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value).toEqual(beforeCrash);
    const restartedAt = T0 + 30 * MIN;
    let resumed = examReducer(loaded.value, { type: 'resume', now: restartedAt });
    expect(remainingMs(resumed, restartedAt)).toBe(remainingMs(beforeCrash, beforeCrash.resumedAt!));
    resumed = play(resumed, 6, 12, restartedAt);
    resumed = examReducer(resumed, { type: 'submit', now: restartedAt + 10 * MIN });

    expect(resumed.answers).toEqual(straight.answers);
    expect(resumed.flags).toEqual(straight.flags);
    const a = examResult(resumed, bank);
    const b = examResult(straight, bank);
    expect(a.scaledEstimate).toBe(b.scaledEstimate);
    expect(a.readiness).toEqual(b.readiness);
    expect(a.perTopic).toEqual(b.perTopic);
    expect(a.review).toEqual(b.review);
  });

  it('refuses a damaged save with a message', () => {
    const result = parseExamState({ version: 1, kind: 'exam', items: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The saved exam cannot be resumed \(/);
    const s = newExam(smallBank, 5);
    const broken = parseExamState({ ...s, flags: [] });
    expect(broken.ok).toBe(false);
  });
});
