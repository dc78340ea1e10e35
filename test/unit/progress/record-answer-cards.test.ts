import { describe, expect, it } from 'vitest';
import {
  createMemoryProgressStore,
  type ProgressStore,
  recordAnswerWithCards,
  setFsrsCards,
} from '../../../src/progress/index.js';

/** Counts the store's locked update cycles. */
function counting(store: ProgressStore): ProgressStore & { updates: number } {
  const counted = {
    ...store,
    updates: 0,
    update(...args: Parameters<ProgressStore['update']>) {
      counted.updates += 1;
      return store.update(...args);
    },
  };
  return counted;
}

const answer = {
  questionId: 'trust-policies-001',
  topic: 'trust-policies',
  correct: true,
  chosen: [0],
  mode: 'practice' as const,
  at: Date.parse('2026-12-01T10:00:00Z'),
};

describe('recordAnswerWithCards', () => {
  it('appends the answer and changes the cards in one update', () => {
    const store = counting(createMemoryProgressStore({ now: () => Date.parse('2026-12-01T10:00:00Z') }));
    const data = recordAnswerWithCards(store, answer, () => ({ 'trust-principal': { due: '2026-12-02' } }));
    expect(store.updates).toBe(1);
    expect(data.quiz.answers).toEqual([expect.objectContaining({ questionId: 'trust-policies-001', correct: true })]);
    expect(data.quiz.fsrsCards).toEqual({ 'trust-principal': { due: '2026-12-02' } });
  });

  it('takes several answers (a submitted exam) in the same one update', () => {
    const store = counting(createMemoryProgressStore({ now: () => Date.parse('2026-12-01T10:00:00Z') }));
    const data = recordAnswerWithCards(
      store,
      [answer, { ...answer, questionId: 'trust-policies-002', correct: false }],
      () => ({
        'trust-principal': { due: '2026-12-02' },
      }),
    );
    expect(store.updates).toBe(1);
    expect(data.quiz.answers.map((a) => a.questionId)).toEqual(['trust-policies-001', 'trust-policies-002']);
    expect(Object.keys(data.quiz.fsrsCards)).toEqual(['trust-principal']);
  });

  it('changes the cards saved now and leaves the cards it does not return alone', () => {
    const store = createMemoryProgressStore({ now: () => Date.parse('2026-12-01T10:00:00Z') });
    // Another instance saved these after this session loaded its copy.
    setFsrsCards(store, { other: { due: '2026-12-05' }, 'trust-principal': { reps: 1 } });
    let seen: unknown;
    const data = recordAnswerWithCards(store, answer, (saved) => {
      seen = structuredClone(saved);
      return { 'trust-principal': { reps: Number(saved['trust-principal']?.reps ?? 0) + 1 } };
    });
    expect(seen).toEqual({ other: { due: '2026-12-05' }, 'trust-principal': { reps: 1 } });
    expect(data.quiz.fsrsCards).toEqual({ other: { due: '2026-12-05' }, 'trust-principal': { reps: 2 } });
  });

  it('writes neither the answer nor the cards when the cards break the schema', () => {
    const store = createMemoryProgressStore({ now: () => Date.parse('2026-12-01T10:00:00Z') });
    expect(() => recordAnswerWithCards(store, answer, () => ({ broken: 'not a card' as never }))).toThrow();
    expect(store.read().quiz.answers).toEqual([]);
    expect(store.read().quiz.fsrsCards).toEqual({});
  });
});

describe('the instant answers setting', () => {
  it('is stored in the settings, and cleared back to the default with undefined', async () => {
    const { setInstantAnswers } = await import('../../../src/progress/index.js');
    const store = createMemoryProgressStore({ now: () => Date.parse('2026-12-01T10:00:00Z') });
    expect(store.read().settings.instantAnswers).toBeUndefined();
    expect(setInstantAnswers(store, true).settings.instantAnswers).toBe(true);
    expect(store.read().settings.instantAnswers).toBe(true);
    expect('instantAnswers' in setInstantAnswers(store, undefined).settings).toBe(false);
  });
});
