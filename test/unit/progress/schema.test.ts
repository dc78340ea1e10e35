import { describe, expect, it } from 'vitest';
import { emptyProgress, progressSchema } from '../../../src/progress/index.js';
import { sampleProgress } from './support/sample-data.js';

describe('progress schema', () => {
  it('accepts empty progress and the sample with every section filled', () => {
    expect(progressSchema.safeParse(emptyProgress(0)).success).toBe(true);
    expect(progressSchema.safeParse(sampleProgress()).success).toBe(true);
  });

  it('survives a JSON round trip unchanged', () => {
    const data = sampleProgress();
    expect(progressSchema.parse(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it.each([
    ['a future version', ['version'], 3],
    ['an exam date that is not a real date', ['settings', 'examDate'], '2026-02-30'],
    ['more correct than total in an attempt', ['quiz', 'attempts', 0, 'correct'], 9],
    ['more correct than total per topic', ['quiz', 'attempts', 0, 'perTopic', 'x'], { total: 1, correct: 2 }],
    ['a scaled score above 1000', ['quiz', 'attempts', 0, 'scaled'], 1001],
    ['an unknown quiz mode', ['quiz', 'answers', 0, 'mode'], 'quick'],
    ['a negative option index', ['quiz', 'answers', 0, 'chosen'], [-1]],
    ['a timestamp that is not ISO 8601', ['meta', 'updatedAt'], 'yesterday'],
    ['an exam in progress that is not an object', ['quiz', 'examInProgress'], [1, 2]],
    ['a colour setting other than auto or never', ['settings', 'color'], 'always'],
  ] as const)('rejects %s', (_name, where, value) => {
    const data: unknown = sampleProgress();
    let target = data as Record<string | number, unknown>;
    for (const key of where.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[where[where.length - 1]!] = value;
    expect(progressSchema.safeParse(data).success).toBe(false);
  });
});
