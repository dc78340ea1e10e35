import { describe, expect, it } from 'vitest';
import { apportion, mulberry32, questionsForTopics, selectExamQuestions } from '../../../src/quiz/index.js';
import { bigBank, many } from './fixtures.js';

function countByDomain(qs: { scope: string; domain?: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of qs) {
    const key = q.scope === 'clf-c02' ? String(q.domain) : 'beyond';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe('apportion', () => {
  it('splits by weight and always sums to the total', () => {
    expect(apportion(65, [0.24, 0.3, 0.34, 0.12])).toEqual([16, 19, 22, 8]);
    for (let total = 0; total < 80; total++) {
      expect(apportion(total, [0.24, 0.3, 0.34, 0.12]).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

describe('selectExamQuestions', () => {
  it('weights in-scope questions by CLF-C02 domain when the bank allows', () => {
    const { questions, notes } = selectExamQuestions(bigBank(), 65, mulberry32(1));
    expect(questions).toHaveLength(65);
    expect(new Set(questions.map((q) => q.id)).size).toBe(65);
    expect(countByDomain(questions)).toEqual({ '1': 16, '2': 19, '3': 22, '4': 8 });
    expect(notes).toEqual([]);
  });

  it('gives a short domain’s share to the other domains before using beyond-scope questions', () => {
    const bank = [
      ...many('d1', 2, { domain: 1 }),
      ...many('d2', 60, { domain: 2 }),
      ...many('d3', 5, { domain: 3 }),
      ...many('bx', 30),
    ];
    const { questions, notes } = selectExamQuestions(bank, 40, mulberry32(2));
    expect(countByDomain(questions)).toEqual({ '1': 2, '2': 33, '3': 5 });
    expect(notes).toEqual([]);
  });

  it('falls back to the whole bank when in-scope questions run out, and says so', () => {
    const bank = [...many('d2', 10, { domain: 2 }), ...many('bx', 30)];
    const { questions, notes } = selectExamQuestions(bank, 25, mulberry32(3));
    expect(countByDomain(questions)).toEqual({ '2': 10, beyond: 15 });
    expect(notes[0]).toMatch(/Only 10 questions are in the CLF-C02 scope; 15 beyond-scope/);
  });

  it('caps the count at the bank size', () => {
    const bank = many('bx', 7);
    const { questions, notes } = selectExamQuestions(bank, 65, mulberry32(4));
    expect(questions).toHaveLength(7);
    expect(notes[0]).toMatch(/has 7 questions/);
  });
});

describe('questionsForTopics', () => {
  it('filters by topic', () => {
    const bank = [...many('a', 3, { topic: 'ecs-roles' }), ...many('b', 2, { topic: 'iam-basics' })];
    expect(questionsForTopics(bank, ['iam-basics']).map((q) => q.id)).toEqual(['b-001', 'b-002']);
    expect(questionsForTopics(bank, 'all')).toHaveLength(5);
  });
});
