import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import {
  apportion,
  drawByTaskWeights,
  fillByWeights,
  mulberry32,
  questionsForTopics,
  selectExamQuestions,
  taskShareOfDomain,
} from '../../../src/quiz/index.js';
import { acrossDomain2Tasks, bigBank, many } from './fixtures.js';

function countByTask(qs: readonly Question[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of qs) out[q.task ?? 'none'] = (out[q.task ?? 'none'] ?? 0) + 1;
  return out;
}

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
      ...acrossDomain2Tasks('d2', 60),
      ...many('d3', 5, { domain: 3 }),
      ...many('bx', 30),
    ];
    const { questions, notes } = selectExamQuestions(bank, 40, mulberry32(2));
    expect(countByDomain(questions)).toEqual({ '1': 2, '2': 33, '3': 5 });
    expect(notes).toEqual([]);
  });

  it('falls back to the whole bank when in-scope questions run out, and says so', () => {
    const bank = [...acrossDomain2Tasks('d2', 10), ...many('bx', 30)];
    const { questions, notes } = selectExamQuestions(bank, 25, mulberry32(3));
    expect(countByDomain(questions)).toEqual({ '2': 10, beyond: 15 });
    expect(notes).toContainEqual(expect.stringMatching(/Only 10 questions are in the CLF-C02 scope; 15 beyond-scope/));
  });

  it('caps the count at the bank size', () => {
    const bank = many('bx', 7);
    const { questions, notes } = selectExamQuestions(bank, 65, mulberry32(4));
    expect(questions).toHaveLength(7);
    expect(notes[0]).toMatch(/has 7 questions/);
  });
});

describe('fillByWeights', () => {
  it('gives a short key’s share to the others and never takes more than is available', () => {
    const available: Record<string, number> = { a: 1, b: 100, c: 0 };
    const taken = fillByWeights(
      ['a', 'b', 'c'],
      () => 1,
      (k) => available[k]!,
      30,
    );
    expect(Object.fromEntries(taken)).toEqual({ a: 1, b: 29, c: 0 });
    const all = fillByWeights(
      ['a', 'b'],
      () => 1,
      (k) => available[k]!,
      500,
    );
    expect(Object.fromEntries(all)).toEqual({ a: 1, b: 100 });
  });
});

describe('domain 2 drawn by task weights', () => {
  const ids = ['2.1', '2.2', '2.3', '2.4'];
  const bank = acrossDomain2Tasks('d2', 200); // 50 per task: never short

  it('weights tasks by the exam guide’s item counts (6, 9, 10, 6 of 31)', () => {
    expect(ids.map(taskShareOfDomain)).toEqual([6 / 31, 9 / 31, 10 / 31, 6 / 31]);
  });

  it('gives each task its share, on every seed, with the same draw for the same seed', () => {
    const expected = apportion(31, ids.map(taskShareOfDomain)); // [6, 9, 10, 6]
    expect(expected).toEqual([6, 9, 10, 6]);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const { questions, notes } = drawByTaskWeights(bank, 2, 31, mulberry32(seed));
      expect(countByTask(questions)).toEqual({ '2.1': 6, '2.2': 9, '2.3': 10, '2.4': 6 });
      expect(notes).toEqual([]);
      seen.add(questions.map((q) => q.id).join());
      const again = drawByTaskWeights(bank, 2, 31, mulberry32(seed));
      expect(again.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    }
    // Different seeds draw different questions within each task's share.
    expect(seen.size).toBe(40);
  });

  it('keeps the shares in a full 65-question exam: the task mix over many seeds matches the weights', () => {
    const full = [
      ...bank,
      ...many('d1', 30, { domain: 1 }),
      ...many('d3', 30, { domain: 3 }),
      ...many('d4', 30, { domain: 4 }),
    ];
    const totals: Record<string, number> = {};
    for (let seed = 1; seed <= 30; seed++) {
      const { questions } = selectExamQuestions(full, 65, mulberry32(seed));
      const d2 = questions.filter((q) => q.domain === 2);
      expect(d2).toHaveLength(19);
      for (const [task, n] of Object.entries(countByTask(d2))) totals[task] = (totals[task] ?? 0) + n;
    }
    // 19 split 6/31, 9/31, 10/31, 6/31 by largest remainder is 4, 5, 6, 4 every time.
    expect(totals).toEqual({ '2.1': 120, '2.2': 150, '2.3': 180, '2.4': 120 });
  });

  it('lets the other tasks fill in for a thin task, and says which one', () => {
    const thin = [
      ...acrossDomain2Tasks('d2', 120).filter((q) => q.task !== '2.4'),
      ...acrossDomain2Tasks('x4', 8).slice(3, 4),
    ];
    expect(countByTask(thin)['2.4']).toBe(1);
    const { questions, notes } = drawByTaskWeights(thin, 2, 31, mulberry32(5));
    expect(questions).toHaveLength(31);
    expect(countByTask(questions)['2.4']).toBe(1);
    expect(notes).toEqual([
      'Domain 2 is drawn by task weight, but the bank is short for task 2.4 (1 of 6); the other tasks of the domain fill the gap.',
    ]);
  });

  it('uses questions without a listed task only when the listed tasks run out', () => {
    const odd = [...acrossDomain2Tasks('d2', 8), ...many('u', 5, { domain: 2, task: '2.9' })];
    expect(countByTask(drawByTaskWeights(odd, 2, 8, mulberry32(1)).questions)['2.9']).toBeUndefined();
    const all = drawByTaskWeights(odd, 2, 11, mulberry32(1)).questions;
    expect(all).toHaveLength(11);
    expect(countByTask(all)['2.9']).toBe(3);
  });
});

describe('questionsForTopics', () => {
  it('filters by topic', () => {
    const bank = [...many('a', 3, { topic: 'ecs-roles' }), ...many('b', 2, { topic: 'iam-basics' })];
    expect(questionsForTopics(bank, ['iam-basics']).map((q) => q.id)).toEqual(['b-001', 'b-002']);
    expect(questionsForTopics(bank, 'all')).toHaveLength(5);
  });
});
