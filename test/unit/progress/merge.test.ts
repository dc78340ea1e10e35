import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, mergeProgress, type ProgressData, progressSchema } from '../../../src/progress/index.js';
import { progressData } from './support/arbitraries.js';
import { sampleProgress } from './support/sample-data.js';

const answerKey = (a: { questionId: string; at: string }) => `${a.questionId}@${Date.parse(a.at)}`;

function withLesson(data: ProgressData, id: string, lesson: ProgressData['lessons']['byId'][string]): ProgressData {
  const copy = structuredClone(data);
  copy.lessons.byId[id] = lesson;
  return copy;
}

describe('mergeProgress', () => {
  it('merging a file with itself changes nothing', () => {
    fc.assert(
      fc.property(progressData, (data) => {
        expect(mergeProgress(data, data)).toEqual(data);
      }),
    );
  });

  it('keeps every answer and attempt of both sides, once', () => {
    fc.assert(
      fc.property(progressData, progressData, (a, b) => {
        const merged = mergeProgress(a, b);
        const keys = new Set(merged.quiz.answers.map(answerKey));
        for (const answer of [...a.quiz.answers, ...b.quiz.answers]) expect(keys.has(answerKey(answer))).toBe(true);
        const ids = merged.quiz.attempts.map((attempt) => attempt.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a.quiz.attempts, ...b.quiz.attempts].map((attempt) => attempt.id)));
        // Sorted by time, so the log still reads oldest first.
        const times = merged.quiz.answers.map((answer) => Date.parse(answer.at));
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
    );
  });

  it('keeps two equal answers from one side (a batch stamped with one clock reading)', () => {
    const data = sampleProgress();
    data.quiz.answers.push({ ...data.quiz.answers[1]! });
    expect(mergeProgress(emptyProgress(0), data).quiz.answers).toHaveLength(3);
    expect(mergeProgress(data, data).quiz.answers).toHaveLength(3);
  });

  it('ORs lesson completion and always yields valid data', () => {
    fc.assert(
      fc.property(progressData, progressData, (a, b) => {
        const merged = mergeProgress(a, b);
        expect(progressSchema.safeParse(merged).success).toBe(true);
        for (const id of new Set([...Object.keys(a.lessons.byId), ...Object.keys(b.lessons.byId)])) {
          const expected = Boolean(a.lessons.byId[id]?.completed) || Boolean(b.lessons.byId[id]?.completed);
          expect(merged.lessons.byId[id]?.completed).toBe(expected);
        }
      }),
    );
  });

  it('takes the position from the later visit and keeps the first completion', () => {
    const base = emptyProgress(Date.UTC(2026, 0, 1));
    const mine = withLesson(base, 'ecs-roles', {
      completed: true,
      completedAt: '2026-01-05T00:00:00.000Z',
      section: 6,
      checks: { c1: { correct: false, answeredAt: '2026-01-05T00:00:00.000Z' } },
      lastOpenedAt: '2026-01-05T00:00:00.000Z',
    });
    const theirs = withLesson(base, 'ecs-roles', {
      completed: true,
      completedAt: '2026-01-03T00:00:00.000Z',
      section: 2,
      scroll: 9,
      checks: {
        c1: { correct: true, answeredAt: '2026-01-07T00:00:00.000Z' },
        c2: { correct: true, answeredAt: '2026-01-02T00:00:00.000Z' },
      },
      lastOpenedAt: '2026-01-07T00:00:00.000Z',
    });
    expect(mergeProgress(mine, theirs).lessons.byId['ecs-roles']).toEqual({
      completed: true,
      completedAt: '2026-01-03T00:00:00.000Z',
      section: 2,
      scroll: 9,
      checks: {
        c1: { correct: true, answeredAt: '2026-01-07T00:00:00.000Z' },
        c2: { correct: true, answeredAt: '2026-01-02T00:00:00.000Z' },
      },
      lastOpenedAt: '2026-01-07T00:00:00.000Z',
    });
  });

  it('continues with the lesson opened most recently on either side', () => {
    const lesson = (lastOpenedAt: string) => ({ completed: false, section: 0, checks: {}, lastOpenedAt });
    const mine = withLesson(emptyProgress(0), 'iam-basics', lesson('2026-01-01T00:00:00.000Z'));
    mine.lessons.lastLessonId = 'iam-basics';
    const theirs = withLesson(emptyProgress(0), 'ecs-roles', lesson('2026-02-01T00:00:00.000Z'));
    theirs.lessons.lastLessonId = 'ecs-roles';
    expect(mergeProgress(mine, theirs).lessons.lastLessonId).toBe('ecs-roles');
    expect(mergeProgress(theirs, mine).lessons.lastLessonId).toBe('ecs-roles');
  });

  it('merges challenges, settings and the state other modules own', () => {
    const mine = emptyProgress(Date.UTC(2026, 0, 1));
    mine.sandbox.challenges.x = { completed: false, hintsUsed: 3, checksFailed: 2 };
    mine.settings = { color: 'never' };
    mine.quiz.fsrsCards = { c1: { reps: 1 } };
    const theirs = sampleProgress();
    theirs.sandbox.challenges.x = {
      completed: true,
      completedAt: '2026-01-02T00:00:00.000Z',
      hintsUsed: 1,
      solvedWorld: { scenarioId: 'x' },
    };
    theirs.settings = { color: 'auto', examDate: '2026-12-31' };
    theirs.quiz.fsrsCards.c1 = { reps: 5 };

    const merged = mergeProgress(mine, theirs);
    expect(merged.sandbox.challenges.x).toEqual({
      completed: true,
      completedAt: '2026-01-02T00:00:00.000Z',
      hintsUsed: 3,
      // Either side's solved world; the failed checks the side that counted more of them.
      solvedWorld: { scenarioId: 'x' },
      checksFailed: 2,
    });
    expect(merged.settings).toEqual({ color: 'never', examDate: '2026-12-31' });
    // Theirs was updated more recently, so their card and world win; our null exam yields.
    expect(merged.quiz.fsrsCards.c1).toEqual({ reps: 5 });
    expect(merged.sandbox.lastWorld).toEqual(theirs.sandbox.lastWorld);
    expect(merged.meta.createdAt).toBe(mine.meta.createdAt);
    expect(merged.meta.updatedAt).toBe(theirs.meta.updatedAt);
  });
});
