import { describe, expect, it } from 'vitest';
import {
  quizStepLabel,
  requestQuizChange,
  stepTitle,
  topicTitle,
  workshopQuizSettings,
} from '../../../src/workshop/index.js';
import type { QuizStep } from '../../../src/workshop/schema.js';

const step: QuizStep = {
  kind: 'quiz',
  topics: ['trust-policies', 'ecs-roles'],
  count: 10,
  seed: 42,
  index: 0,
  line: 1,
};

describe('the pack fixes the quiz', () => {
  it('starts with the pack topics, count and seed, locked', () => {
    expect(workshopQuizSettings(step)).toEqual({
      topics: ['trust-policies', 'ecs-roles'],
      count: 10,
      seed: 42,
      locked: true,
    });
  });

  it('gives every attendee the same seed when the pack names none', () => {
    const { seed: _seed, ...noSeed } = step;
    const a = workshopQuizSettings(noSeed);
    expect(a.seed).toBe(workshopQuizSettings({ ...noSeed, topics: [...noSeed.topics] }).seed);
    expect(a.seed).not.toBe(workshopQuizSettings({ ...noSeed, count: 11 }).seed);
  });

  it('refuses another count, topic or seed and says why; the same values pass', () => {
    for (const change of [{ count: 20 }, { topics: ['iam-basics'] }, { seed: 1 }]) {
      const result = requestQuizChange(step, change);
      expect(result).toEqual({
        ok: false,
        message: expect.stringMatching(/^This workshop fixes the quiz \(10 questions/),
      });
    }
    expect(requestQuizChange(step, { topics: ['ecs-roles', 'trust-policies'], count: 10 }).ok).toBe(true);
  });
});

describe('titles, never raw ids', () => {
  it('names topics by their lesson title, then the curriculum title', () => {
    expect(topicTitle('trust-policies')).toBe('Trust policies');
    expect(topicTitle('pack-topic', [{ id: 'pack-topic', title: 'A pack lesson' }])).toBe('A pack lesson');
    expect(quizStepLabel({ topics: ['trust-policies'], count: 1 })).toBe('Quiz: 1 question on Trust policies');
    expect(stepTitle({ ...step, title: undefined } as QuizStep, { lessons: [] })).toBe(
      'Quiz: 10 questions on Trust policies, ECS: instance role, task role, task execution role',
    );
  });
});
