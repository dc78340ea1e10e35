import { describe, expect, it } from 'vitest';
import {
  completeChallenge,
  completeLesson,
  createMemoryProgressStore,
  openProgressStore,
  ProgressDataError,
  ProgressError,
  type ProgressStore,
  recordAnswer,
  recordAnswers,
  recordAttempt,
  recordCheck,
  recordHintUsed,
  resetProgress,
  setColor,
  setExamDate,
  setExamInProgress,
  setFsrsCard,
  setFsrsCards,
  setLastWorld,
  setLessonPosition,
} from '../../../src/progress/index.js';
import { steppingClock, createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
const T0 = Date.UTC(2026, 10, 22, 21, 30, 0);
const iso = (secondsAfter: number) => new Date(T0 + secondsAfter * 1000).toISOString();

// Every helper goes through `update`, so they behave the same on both stores.
const stores: [string, () => ProgressStore][] = [
  ['memory store', () => createMemoryProgressStore({ now: steppingClock(T0) })],
  ['file store', () => openProgressStore({ dataDir: tempDir(), now: steppingClock(T0) })],
];

describe.each(stores)('helpers on the %s', (_name, makeStore) => {
  it('recordAnswer appends with the store clock, or the time given', () => {
    const store = makeStore();
    recordAnswer(store, {
      questionId: 'q1',
      topic: 'ecs-roles',
      correct: false,
      chosen: [2, 0],
      misconceptions: ['keys-injected'],
      mode: 'exam',
      attemptId: 'x1',
    });
    const data = recordAnswer(store, {
      questionId: 'q2',
      topic: 'ecs-roles',
      correct: true,
      chosen: [1],
      mode: 'practice',
      at: T0 - 5000,
    });
    expect(data.quiz.answers).toEqual([
      {
        questionId: 'q1',
        topic: 'ecs-roles',
        correct: false,
        chosen: [2, 0],
        misconceptions: ['keys-injected'],
        mode: 'exam',
        attemptId: 'x1',
        at: expect.any(String),
      },
      {
        questionId: 'q2',
        topic: 'ecs-roles',
        correct: true,
        chosen: [1],
        misconceptions: [],
        mode: 'practice',
        at: iso(-5),
      },
    ]);
    expect(store.read()).toEqual(data);
  });

  it('recordAnswers appends several in one write', () => {
    const store = makeStore();
    const data = recordAnswers(store, [
      { questionId: 'a', topic: 't', correct: true, chosen: [0], mode: 'drill' },
      { questionId: 'b', topic: 't', correct: false, chosen: [], mode: 'drill' },
    ]);
    expect(data.quiz.answers.map((a) => a.questionId)).toEqual(['a', 'b']);
  });

  it('recordAttempt stores times as ISO, replaces by id and can clear the exam in progress', () => {
    const store = makeStore();
    setExamInProgress(store, { questionIds: ['q1', 'q2'], index: 1 });
    const attempt = {
      id: 'exam-1',
      mode: 'exam' as const,
      startedAt: T0,
      finishedAt: T0 + 90 * 60_000,
      total: 65,
      correct: 50,
      scaled: 780,
      passed: true,
      perTopic: { 'ecs-roles': { total: 5, correct: 4 } },
      perDomain: { '2': { total: 20, correct: 15 } },
    };
    recordAttempt(store, attempt);
    const data = recordAttempt(store, { ...attempt, correct: 51 }, { clearExamInProgress: true });
    expect(data.quiz.attempts).toHaveLength(1);
    expect(data.quiz.attempts[0]).toMatchObject({ correct: 51, startedAt: iso(0), finishedAt: iso(5400) });
    expect(data.quiz.examInProgress).toBeNull();
  });

  it('recordAttempt refuses an impossible score without touching the data', () => {
    const store = makeStore();
    const attempt = {
      id: 'p',
      mode: 'practice' as const,
      startedAt: T0,
      finishedAt: T0,
      total: 1,
      correct: 2,
      perTopic: {},
      perDomain: {},
    };
    expect(() => recordAttempt(store, attempt)).toThrow(ProgressDataError);
    expect(store.read().quiz.attempts).toEqual([]);
  });

  it('setLessonPosition creates the lesson, moves it and makes it the last lesson', () => {
    const store = makeStore();
    setLessonPosition(store, 'trust-policies', { section: 2, scroll: 30 });
    const data = setLessonPosition(store, 'trust-policies', { section: 3 });
    expect(data.lessons.byId['trust-policies']).toEqual({
      completed: false,
      section: 3,
      checks: {},
      lastOpenedAt: expect.any(String),
    });
    expect(data.lessons.lastLessonId).toBe('trust-policies');
  });

  it('completeLesson keeps the first completion time', () => {
    const store = makeStore();
    const first = completeLesson(store, 'iam-basics').lessons.byId['iam-basics']!;
    const second = completeLesson(store, 'iam-basics').lessons.byId['iam-basics']!;
    expect(second.completed).toBe(true);
    expect(second.completedAt).toBe(first.completedAt);
    expect(Date.parse(second.lastOpenedAt)).toBeGreaterThan(Date.parse(first.lastOpenedAt));
  });

  it('recordCheck keeps the latest answer per check', () => {
    const store = makeStore();
    recordCheck(store, 'iam-basics', 'c1', false);
    const data = recordCheck(store, 'iam-basics', 'c1', true);
    expect(data.lessons.byId['iam-basics']?.checks).toEqual({ c1: { correct: true, answeredAt: expect.any(String) } });
  });

  it('keeps the quiz engine state it is given', () => {
    const store = makeStore();
    setFsrsCard(store, 'trust-principal', { due: '2026-11-23T00:00:00.000Z', reps: 1 });
    setFsrsCards(store, { 'imds-hop-limit': { reps: 0 } });
    const data = setFsrsCard(store, 'trust-principal', { reps: 2 });
    expect(data.quiz.fsrsCards).toEqual({ 'trust-principal': { reps: 2 }, 'imds-hop-limit': { reps: 0 } });
    expect(setExamInProgress(store, null).quiz.examInProgress).toBeNull();
  });

  it('tracks sandbox challenges and the last world', () => {
    const store = makeStore();
    recordHintUsed(store, 'implicit-deny');
    recordHintUsed(store, 'implicit-deny');
    completeChallenge(store, 'implicit-deny');
    const data = setLastWorld(store, { instances: [{ id: 'i-1' }] });
    expect(data.sandbox.challenges['implicit-deny']).toEqual({
      completed: true,
      completedAt: expect.any(String),
      hintsUsed: 2,
    });
    expect(data.sandbox.lastWorld).toEqual({ instances: [{ id: 'i-1' }] });
  });

  it('sets and clears settings, and rejects an exam date that is not a date', () => {
    const store = makeStore();
    setExamDate(store, '2027-02-28');
    expect(setColor(store, 'never').settings).toEqual({ examDate: '2027-02-28', color: 'never' });
    expect(() => setExamDate(store, '2027-02-29')).toThrow(ProgressError);
    expect(() => setExamDate(store, '28/02/2027')).toThrow('write the exam date as YYYY-MM-DD');
    setExamDate(store, undefined);
    expect(setColor(store, undefined).settings).toEqual({});
  });

  it('resetProgress forgets progress but keeps settings unless told otherwise', () => {
    const store = makeStore();
    setExamDate(store, '2027-01-15');
    const before = recordAnswer(store, { questionId: 'q', topic: 't', correct: true, chosen: [0], mode: 'drill' });
    completeLesson(store, 'iam-basics');
    const reset = resetProgress(store);
    expect(reset.quiz.answers).toEqual([]);
    expect(reset.lessons.byId).toEqual({});
    expect(reset.settings).toEqual({ examDate: '2027-01-15' });
    // A reset starts a new history.
    expect(Date.parse(reset.meta.createdAt)).toBeGreaterThan(Date.parse(before.meta.updatedAt));
    expect(resetProgress(store, { keepSettings: false }).settings).toEqual({});
  });
});

describe('createMemoryProgressStore', () => {
  it('hands out copies, so a caller cannot change the data behind its back', () => {
    const store = createMemoryProgressStore({ now: () => T0 });
    store.read().quiz.answers.push({
      questionId: 'x',
      topic: 't',
      correct: true,
      chosen: [],
      misconceptions: [],
      mode: 'drill',
      at: iso(0),
    });
    expect(store.read().quiz.answers).toEqual([]);
    expect(store.path).toBe(':memory:');
  });
});
