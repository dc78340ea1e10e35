import { describe, expect, it } from 'vitest';
import { summariseHome } from '../../../src/app/summary.js';

const lessons = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
  { id: 'three', title: 'Three' },
];
const NOW = Date.parse('2026-02-01T00:00:00.000Z');
const entry = (completed: boolean, lastOpenedAt: string) => ({ completed, section: 1, checks: {}, lastOpenedAt });

describe('summariseHome', () => {
  it('offers the half-read lesson after a finished one is reopened, as the lesson list does', () => {
    const progress = {
      lessons: {
        byId: { one: entry(true, '2026-01-05T00:00:00.000Z'), three: entry(false, '2026-01-04T00:00:00.000Z') },
        lastLessonId: 'one',
      },
    };
    const summary = summariseHome(progress, lessons, NOW);
    expect(summary.continueLesson).toBe('Three');
    expect(summary.lessonsDone).toBe(1);
    expect(summary.lessonsTotal).toBe(3);
  });

  it('offers the next unread lesson after a finished last one when none is half-read', () => {
    const progress = { lessons: { byId: { one: entry(true, '2026-01-05T00:00:00.000Z') }, lastLessonId: 'one' } };
    expect(summariseHome(progress, lessons, NOW).continueLesson).toBe('Two');
  });

  it('counts odd or missing progress as nothing', () => {
    for (const progress of [null, 'text', { lessons: { byId: 'x', lastLessonId: 5 } }]) {
      const summary = summariseHome(progress, lessons, NOW);
      expect(summary).toEqual({
        lessonsDone: 0,
        lessonsTotal: 3,
        due: 0,
        dueConcepts: 0,
        examInProgress: false,
        mistakes: 0,
      });
    }
  });

  it('counts open mistakes from the file as read, leaving out answers of an odd shape', () => {
    const answer = (questionId: string, correct: boolean, at: string) => ({
      questionId,
      topic: 't',
      correct,
      chosen: [1],
      at,
    });
    const progress = {
      quiz: {
        answers: [
          answer('q1', false, '2026-01-01T00:00:00Z'),
          answer('q2', false, '2026-01-01T00:01:00Z'),
          answer('q2', true, '2026-01-01T00:02:00Z'),
          answer('q3', false, '2026-01-01T00:03:00Z'),
          { questionId: 'q4', correct: false },
          'junk',
        ],
      },
    };
    expect(summariseHome(progress, lessons, NOW).mistakes).toBe(2);
  });

  it('counts due concepts and leaves due questions unknown until counted', () => {
    const progress = {
      quiz: { fsrsCards: { a: { due: '2026-01-01T00:00:00.000Z' }, b: { due: '2026-03-01T00:00:00.000Z' } } },
    };
    expect(summariseHome(progress, lessons, NOW)).toMatchObject({ dueConcepts: 1, due: undefined });
    expect(summariseHome(progress, lessons, NOW, 4)).toMatchObject({ dueConcepts: 1, due: 4 });
  });
});
