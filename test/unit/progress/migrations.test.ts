import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  emptyProgress,
  fileVersion,
  type Migration,
  MigrationError,
  migrations,
  openProgressStore,
  progressSchema,
  runMigrations,
  upgradeProgress,
} from '../../../src/progress/index.js';
import { listDir, steppingClock, createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
const NOW = Date.UTC(2026, 10, 22, 21, 30, 0);
const ms = (iso: string) => Date.parse(iso);

/** A file as the pre-release builds wrote it: no version field, times in epoch ms. */
function versionZeroFile() {
  return {
    lessons: {
      'iam-basics': {
        done: true,
        section: 5,
        doneAt: ms('2026-10-01T10:00:00Z'),
        openedAt: ms('2026-10-01T10:05:00Z'),
      },
      'trust-policies': { done: false, section: 2 },
    },
    lastLesson: 'trust-policies',
    answers: [
      {
        questionId: 'iam-basics-001',
        topic: 'iam-basics',
        correct: true,
        chosen: [1],
        mode: 'practice',
        at: ms('2026-10-01T09:00:00Z'),
      },
      {
        questionId: 'trust-policies-002',
        topic: 'trust-policies',
        correct: false,
        chosen: [0, 3],
        mode: 'exam',
        at: ms('2026-10-02T09:00:00Z'),
      },
    ],
    attempts: [
      {
        id: 'a1',
        mode: 'exam',
        startedAt: ms('2026-10-02T08:50:00Z'),
        finishedAt: ms('2026-10-02T09:10:00Z'),
        total: 1,
        correct: 0,
      },
    ],
    examDate: '2026-12-15',
  };
}

describe('migrations', () => {
  it('has one entry for every version below the current one', () => {
    for (let version = 0; version < CURRENT_VERSION; version++) expect(migrations[version]).toBeTypeOf('function');
  });

  it('reads a file without a version field as version 0', () => {
    expect(fileVersion({})).toBe(0);
    expect(fileVersion({ version: 1 })).toBe(1);
    expect(fileVersion({ version: '1' })).toBeUndefined();
    expect(fileVersion([1])).toBeUndefined();
  });

  it('turns a hand-made version 0 file into valid current data', () => {
    const result = upgradeProgress(versionZeroFile(), { nowMs: NOW });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.fromVersion).toBe(0);
    const data = result.data;
    expect(progressSchema.safeParse(data).success).toBe(true);
    expect(data.version).toBe(CURRENT_VERSION);
    expect(data.lessons.byId['iam-basics']).toEqual({
      completed: true,
      completedAt: '2026-10-01T10:00:00.000Z',
      section: 5,
      checks: {},
      lastOpenedAt: '2026-10-01T10:05:00.000Z',
    });
    // Never opened according to version 0: the migration's clock stands in.
    expect(data.lessons.byId['trust-policies']?.lastOpenedAt).toBe(new Date(NOW).toISOString());
    expect(data.lessons.lastLessonId).toBe('trust-policies');
    expect(data.quiz.answers.map((a) => [a.questionId, a.at, a.misconceptions])).toEqual([
      ['iam-basics-001', '2026-10-01T09:00:00.000Z', []],
      ['trust-policies-002', '2026-10-02T09:00:00.000Z', []],
    ]);
    expect(data.quiz.answers[1]?.chosen).toEqual([0, 3]);
    expect(data.quiz.attempts[0]).toMatchObject({
      id: 'a1',
      perTopic: {},
      perDomain: {},
      finishedAt: '2026-10-02T09:10:00.000Z',
    });
    expect(data.settings).toEqual({ examDate: '2026-12-15' });
    expect(data.meta.createdAt).toBe('2026-10-01T09:00:00.000Z');
  });

  it('drops a version 0 exam date that version 1 would reject instead of failing the file', () => {
    const result = upgradeProgress({ examDate: 'next spring' }, { nowMs: NOW });
    expect(result.kind === 'ok' && result.data.settings).toEqual({});
  });

  it('reports a broken version 0 file as invalid with the place of the problem', () => {
    const result = upgradeProgress({ answers: [{ questionId: 'q', at: 'noon' }] }, { nowMs: NOW });
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.issues.join('\n')).toMatch(/answers\[0\]\./);
  });

  it('does not take a stranger JSON object for an empty version 0 file', () => {
    expect(upgradeProgress({ theme: 'dark' }, { nowMs: NOW }).kind).toBe('invalid');
  });

  it('explains a current-layout file that lost its version with the current schema', () => {
    const result = upgradeProgress({ quiz: {}, meta: {} }, { nowMs: NOW });
    expect(result.kind === 'invalid' && result.issues[0]).toMatch(/^version: /);
  });

  it('reports a file from a newer version as newer', () => {
    expect(upgradeProgress({ version: CURRENT_VERSION + 1 }, { nowMs: NOW })).toEqual({
      kind: 'newer',
      version: CURRENT_VERSION + 1,
    });
  });

  it('chains registered migrations in order, so a later version only adds an entry', () => {
    const registry: Record<number, Migration> = {
      0: (old) => ({ ...(old as object), version: 1, steps: ['0->1'] }),
      1: (old) => {
        const v1 = old as { steps: string[] };
        return { ...v1, version: 2, steps: [...v1.steps, '1->2'] };
      },
      2: (old, context) => ({ ...(old as object), version: 3, at: context.nowMs }),
    };
    expect(runMigrations({}, 0, 3, { nowMs: 7 }, registry)).toEqual({ version: 3, steps: ['0->1', '1->2'], at: 7 });
    expect(runMigrations({ version: 2, steps: [] }, 2, 3, { nowMs: 7 }, registry)).toEqual({
      version: 3,
      steps: [],
      at: 7,
    });
  });

  it('keeps a sandbox challenge through 1 -> 2, and reads the solved world and failed checks format 2 holds', () => {
    const v2 = emptyProgress(NOW);
    const { bookmarks: _b, ...v1 } = { ...v2, version: 1 };
    const { practiceInProgress: _p, ...v1Quiz } = v2.quiz;
    const challenge = { completed: true, completedAt: '2026-10-01T10:00:00.000Z', hintsUsed: 2 };
    const old = { ...v1, quiz: v1Quiz, sandbox: { ...v2.sandbox, challenges: { 'hop-limit-container': challenge } } };
    const upgraded = upgradeProgress(old, { nowMs: NOW });
    expect(upgraded.kind).toBe('ok');
    if (upgraded.kind !== 'ok') return;
    expect(upgraded.fromVersion).toBe(1);
    expect(upgraded.data.sandbox.challenges['hop-limit-container']).toEqual(challenge);
    const solved = {
      ...challenge,
      solvedWorld: { scenarioId: 'hop-limit-container', reached: [0, 1] },
      checksFailed: 3,
    };
    const current = { ...v2, sandbox: { ...v2.sandbox, challenges: { 'hop-limit-container': solved } } };
    const read = upgradeProgress(JSON.parse(JSON.stringify(current)), { nowMs: NOW });
    expect(read.kind === 'ok' && read.data.sandbox.challenges['hop-limit-container']).toEqual(solved);
  });

  it('refuses to skip a version that has no migration', () => {
    expect(() => runMigrations({}, 0, 2, { nowMs: 0 }, { 0: (old) => old })).toThrow(MigrationError);
  });

  it('migrates a version 0 file on open, keeps a copy of the original and writes the current version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.json');
    const original = JSON.stringify(versionZeroFile());
    fs.writeFileSync(file, original);

    const store = openProgressStore({ dataDir: dir, now: steppingClock() });
    expect(store.notice).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).version).toBe(CURRENT_VERSION);
    expect(store.read().quiz.answers).toHaveLength(2);
    const backups = listDir(dir).filter((name) => name.startsWith('progress.v0-backup-'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^progress\.v0-backup-2026-11-22T21-30-\d\d\.json$/);
    expect(fs.readFileSync(path.join(dir, backups[0]!), 'utf8')).toBe(original);
  });
});
