import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import {
  answerPractice,
  createPractice,
  finishPractice,
  isPracticeFinished,
  nextPractice,
  type PracticeState,
  parsePracticeState,
  practiceResult,
  practiceView,
} from '../../../src/quiz/index.js';
import { many, multiple, T0 } from './fixtures.js';

const bank: Question[] = [
  ...many('trust', 6, { topic: 'trust-policies', domain: 2 }),
  ...many('ecs', 4, { topic: 'ecs-roles' }),
  multiple('multi-001', { topic: 'iam-basics', domain: 2 }),
];

function practice(options: Partial<Parameters<typeof createPractice>[0]> = {}): PracticeState {
  const created = createPractice({ questions: bank, topics: 'all', count: 5, seed: 3, now: T0, ...options });
  if (!created.ok) throw new Error(created.message);
  return created.value.state;
}

function keyOf(q: Question): number[] {
  return q.options.flatMap((o, i) => (o.correct ? [i] : []));
}

describe('createPractice', () => {
  it('picks from the chosen topics only', () => {
    const s = practice({ topics: ['ecs-roles'], count: 10 });
    expect(s.items).toHaveLength(4);
    expect(s.items.every((i) => i.questionId.startsWith('ecs'))).toBe(true);
    const created = createPractice({ questions: bank, topics: ['ecs-roles'], count: 10, seed: 3, now: T0 });
    expect(created.ok && created.value.notes[0]).toMatch(/Only 4 questions match/);
  });

  it('uses the weak topics when asked', () => {
    const s = practice({ topics: 'weak', weakTopics: ['iam-basics'], count: 5 });
    expect(s.items.map((i) => i.questionId)).toEqual(['multi-001']);
    expect(s.topics).toEqual(['iam-basics']);
  });

  it('explains why it cannot start', () => {
    expect(createPractice({ questions: bank, topics: 'weak', seed: 1, now: T0 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No weak topics yet/),
    });
    expect(createPractice({ questions: bank, topics: ['nope'], seed: 1, now: T0 })).toEqual({
      ok: false,
      message: 'No questions on topic: nope.',
    });
    expect(createPractice({ questions: bank, topics: 'all', count: 0, seed: 1, now: T0 }).ok).toBe(false);
    expect(createPractice({ questions: [], topics: 'all', seed: 1, now: T0 }).ok).toBe(false);
  });

  it('is reproducible with a seed', () => {
    expect(practice({ seed: 11 }).items).toEqual(practice({ seed: 11 }).items);
    expect(practice({ seed: 11, count: 11 }).items).not.toEqual(practice({ seed: 12, count: 11 }).items);
  });
});

describe('answering with immediate feedback', () => {
  it('returns right/wrong, every explanation and the docs', () => {
    const s = practice();
    const view = practiceView(s, bank)!;
    expect(view.number).toBe(1);
    expect(view.total).toBe(5);
    const answered = answerPractice(s, bank, keyOf(view.question));
    expect(answered.ok).toBe(true);
    if (!answered.ok) return;
    const { feedback } = answered.value;
    expect(feedback.correct).toBe(true);
    expect(feedback.options).toHaveLength(view.question.options.length);
    expect(feedback.options.map((o) => o.why)).toEqual(view.options.map((o) => view.question.options[o.index]!.why));
    expect(feedback.docs).toEqual(view.question.docs);
  });

  it('refuses the wrong number of choices on multiple response', () => {
    const s = practice({ topics: ['iam-basics'] });
    const refused = answerPractice(s, bank, [0, 1, 2]);
    expect(refused).toEqual({ ok: false, message: 'Choose exactly 2 answers (you chose 3).' });
    expect(answerPractice(s, bank, [0, 1]).ok).toBe(true);
  });

  it('refuses a second answer to the same question', () => {
    const s = practice();
    const first = answerPractice(s, bank, [0]);
    if (!first.ok) throw new Error(first.message);
    expect(answerPractice(first.value.state, bank, [1])).toEqual({
      ok: false,
      message: 'You already answered this question.',
    });
  });

  it('finishes after the last question and scores only what was answered', () => {
    let s = practice({ count: 3 });
    const q0 = practiceView(s, bank)!.question;
    const a = answerPractice(s, bank, keyOf(q0));
    if (!a.ok) throw new Error(a.message);
    s = nextPractice(a.value.state, T0 + 1000);
    s = nextPractice(s, T0 + 2000); // skipped
    const q2 = practiceView(s, bank)!.question;
    const wrong = q2.options.findIndex((o) => !o.correct);
    const b = answerPractice(s, bank, q2.type === 'single' ? [wrong] : [wrong, 0]);
    if (!b.ok) throw new Error(b.message);
    s = nextPractice(b.value.state, T0 + 3000);
    expect(isPracticeFinished(s)).toBe(true);
    expect(s.finishedAt).toBe(T0 + 3000);
    expect(practiceView(s, bank)).toBeNull();
    expect(answerPractice(s, bank, [0])).toEqual({ ok: false, message: 'This session is over.' });
    const result = practiceResult(s, bank);
    expect(result).toMatchObject({ total: 2, correct: 1, percent: 50, unanswered: 1 });
  });

  it('can end early and survives a JSON round trip', () => {
    const s = finishPractice(practice(), T0 + 5000);
    expect(isPracticeFinished(s)).toBe(true);
    const loaded = parsePracticeState(JSON.parse(JSON.stringify(s)));
    expect(loaded).toEqual({ ok: true, value: s });
    expect(parsePracticeState({ kind: 'practice' }).ok).toBe(false);
  });
});
