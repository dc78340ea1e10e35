import { describe, expect, it } from 'vitest';
import {
  createMemoryProgressStore,
  isBookmarked,
  progressSchema,
  recordAnswerWithCards,
  setLastPractice,
  setPracticeInProgress,
  toggleBookmark,
  upgradeProgress,
} from '../../../src/progress/index.js';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const store = () => createMemoryProgressStore({ now: () => NOW });

/** A version-1 file as the builds before issue #16 wrote it, with one exam attempt and an answer. */
const versionOne = {
  version: 1,
  lessons: { byId: {}, lastLessonId: 'iam-basics' },
  quiz: {
    attempts: [
      {
        id: 'exam-1',
        mode: 'exam',
        startedAt: '2026-11-01T10:00:00.000Z',
        finishedAt: '2026-11-01T11:00:00.000Z',
        total: 2,
        correct: 1,
        perTopic: { 'iam-basics': { total: 2, correct: 1 } },
        perDomain: {},
      },
    ],
    answers: [
      {
        questionId: 'q1',
        topic: 'iam-basics',
        correct: false,
        chosen: [1],
        misconceptions: [],
        mode: 'exam',
        attemptId: 'exam-1',
        at: '2026-11-01T10:10:00.000Z',
      },
    ],
    examInProgress: null,
    fsrsCards: {},
  },
  sandbox: { challenges: {}, lastWorld: null },
  settings: { examDate: '2027-01-15', instantAnswers: true },
  meta: { createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-11-01T11:00:00.000Z' },
};

describe('version 1 -> 2', () => {
  it('keeps everything the learner did and adds empty bookmarks and no practice in progress', () => {
    const result = upgradeProgress(structuredClone(versionOne), { nowMs: NOW });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.fromVersion).toBe(1);
    expect(result.data.version).toBe(2);
    expect(result.data.quiz.attempts).toEqual(versionOne.quiz.attempts);
    expect(result.data.quiz.answers).toEqual(versionOne.quiz.answers);
    expect(result.data.settings).toEqual(versionOne.settings);
    expect(result.data.lessons).toEqual(versionOne.lessons);
    expect(result.data.bookmarks).toEqual([]);
    expect(result.data.quiz.practiceInProgress).toBeNull();
  });

  it('still names the real problem of a broken version-1 file', () => {
    const result = upgradeProgress({ version: 1, lessons: 'lots' }, { nowMs: NOW });
    expect(result.kind === 'invalid' && result.issues[0]).toMatch(/^lessons: /);
  });

  it('accepts an exam attempt with its items (questions, option order, choices, flags)', () => {
    const result = upgradeProgress(structuredClone(versionOne), { nowMs: NOW });
    if (result.kind !== 'ok') throw new Error('not ok');
    result.data.quiz.attempts[0]!.items = [
      { questionId: 'q1', optionOrder: [2, 0, 1, 3], chosen: [1], flagged: true },
      { questionId: 'q2', optionOrder: [0, 1, 2, 3], chosen: [], flagged: false },
    ];
    expect(progressSchema.safeParse(result.data).success).toBe(true);
  });
});

describe('bookmarks', () => {
  it('adds a lesson section and a question, and a second toggle removes only that one', () => {
    const s = store();
    toggleBookmark(s, { kind: 'lesson', lessonId: 'trust-policies', section: 2 });
    toggleBookmark(s, { kind: 'question', questionId: 'q7' });
    let data = s.read();
    expect(data.bookmarks).toEqual([
      { kind: 'lesson', lessonId: 'trust-policies', section: 2, addedAt: '2026-12-01T10:00:00.000Z' },
      { kind: 'question', questionId: 'q7', addedAt: '2026-12-01T10:00:00.000Z' },
    ]);
    expect(isBookmarked(data, { kind: 'lesson', lessonId: 'trust-policies', section: 3 })).toBe(false);
    toggleBookmark(s, { kind: 'lesson', lessonId: 'trust-policies', section: 2 });
    data = s.read();
    expect(data.bookmarks.map((b) => b.kind)).toEqual(['question']);
    expect(isBookmarked(data, { kind: 'question', questionId: 'q7' })).toBe(true);
  });
});

describe('practice settings and the session in progress', () => {
  it('remembers the last topics, count and mode', () => {
    const s = store();
    setLastPractice(s, { topics: ['ecs-roles'], count: 12, mode: 'practice' });
    expect(s.read().settings.lastPractice).toEqual({ topics: ['ecs-roles'], count: 12, mode: 'practice' });
    setLastPractice(s, { topics: 'weak', count: 5, mode: 'mistakes' });
    expect(s.read().settings.lastPractice).toEqual({ topics: 'weak', count: 5, mode: 'mistakes' });
  });

  it('saves the snapshot in the same write as the answer, and clears it', () => {
    const s = store();
    let writes = 0;
    const counting = {
      now: s.now,
      update: (...args: Parameters<typeof s.update>) => {
        writes += 1;
        return s.update(...args);
      },
    };
    const answer = {
      questionId: 'q1',
      topic: 'iam-basics',
      correct: true,
      chosen: [0],
      misconceptions: [],
      mode: 'practice' as const,
      at: NOW,
    };
    recordAnswerWithCards(counting, answer, () => ({}), { practiceInProgress: { index: 1, answers: [[0]] } });
    expect(writes).toBe(1);
    expect(s.read().quiz.answers).toHaveLength(1);
    expect(s.read().quiz.practiceInProgress).toEqual({ index: 1, answers: [[0]] });
    recordAnswerWithCards(counting, answer, () => ({}));
    expect(s.read().quiz.practiceInProgress).toEqual({ index: 1, answers: [[0]] });
    setPracticeInProgress(s, null);
    expect(s.read().quiz.practiceInProgress).toBeNull();
  });
});
