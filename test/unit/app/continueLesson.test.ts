import { describe, expect, it } from 'vitest';
import { type LessonMark, lessonToContinue } from '../../../src/app/continueLesson.js';

const lessons = ['one', 'two', 'three', 'four'].map((id) => ({ id }));
const pick = (marks: Record<string, LessonMark>, last?: string) =>
  lessonToContinue(lessons, (id) => marks[id], last)?.id;

describe('lessonToContinue', () => {
  it('offers nothing before any lesson was opened', () => {
    expect(pick({})).toBeUndefined();
  });

  it('offers the lesson opened last while it is unfinished', () => {
    expect(pick({ two: { completed: false, lastOpenedAt: '2026-01-02T00:00:00.000Z' } }, 'two')).toBe('two');
  });

  it('keeps the half-read lesson after a finished lesson is reopened (issue #16)', () => {
    const marks = {
      one: { completed: true, lastOpenedAt: '2026-01-05T00:00:00.000Z' },
      three: { completed: false, lastOpenedAt: '2026-01-04T00:00:00.000Z' },
    };
    // The next unread lesson after "one" is "two"; the half-read "three" wins.
    expect(pick(marks, 'one')).toBe('three');
  });

  it('picks the half-read lesson opened most recently, curriculum order on a tie', () => {
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    expect(
      pick(
        {
          one: { completed: true, lastOpenedAt: at(9) },
          two: { completed: false, lastOpenedAt: at(1) },
          four: { completed: false, lastOpenedAt: at(3) },
        },
        'one',
      ),
    ).toBe('four');
    expect(pick({ one: { completed: true }, two: { completed: false }, four: { completed: false } }, 'one')).toBe(
      'two',
    );
  });

  it('offers the next unfinished lesson after a finished last one when nothing is half-read', () => {
    expect(pick({ one: { completed: true }, two: { completed: true } }, 'one')).toBe('three');
  });

  it('offers nothing when every lesson after the finished last one is finished', () => {
    const done = { completed: true };
    expect(pick({ one: done, two: done, three: done, four: done }, 'two')).toBeUndefined();
  });

  it('ignores a last lesson id that is not in the list (a removed pack lesson)', () => {
    expect(pick({}, 'gone')).toBeUndefined();
    expect(pick({ two: { completed: false } }, 'gone')).toBe('two');
  });
});
