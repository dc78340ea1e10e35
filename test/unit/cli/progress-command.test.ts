import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeSummary,
  progressExportCommand,
  progressImportCommand,
  progressResetCommand,
} from '../../../src/cli/commands/progress.js';
import {
  CSV_COLUMNS,
  CURRENT_VERSION,
  completeLesson,
  openProgressStore,
  recordAnswer,
  recordAttempt,
  setExamDate,
} from '../../../src/progress/index.js';

const now = () => Date.UTC(2026, 10, 22, 12, 0, 0);

/** A data dir with one finished lesson, two answers and an exam attempt. */
function seededDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-cli-progress-'));
  const store = openProgressStore({ dataDir: dir, now });
  completeLesson(store, 'trust-policies');
  recordAnswer(store, {
    questionId: 'trust-policies-001',
    topic: 'trust-policies',
    correct: true,
    chosen: [0],
    mode: 'practice',
  });
  recordAnswer(store, {
    questionId: 'trust-policies-002',
    topic: 'trust-policies',
    correct: false,
    chosen: [3],
    misconceptions: ['instance-arn-principal'],
    mode: 'practice',
    at: now() + 1000,
  });
  recordAttempt(store, {
    id: 'exam-1',
    mode: 'exam',
    startedAt: now() - 3_600_000,
    finishedAt: now(),
    total: 10,
    correct: 8,
    scaled: 800,
    passed: true,
    perTopic: { 'trust-policies': { total: 10, correct: 8 } },
    perDomain: { '2': { total: 10, correct: 8 } },
  });
  setExamDate(store, '2026-12-31');
  return dir;
}

describe('iam-tutor progress export', () => {
  it('prints the full JSON to stdout by default', () => {
    const dir = seededDir();
    const t = captureIo();
    expect(progressExportCommand([], flags({ dataDir: dir }), t.io, { now })).toBe(0);
    const data = JSON.parse(t.out());
    expect(data.version).toBe(CURRENT_VERSION);
    expect(data.quiz.answers).toHaveLength(2);
    expect(data.lessons.byId['trust-policies'].completed).toBe(true);
    expect(t.err()).toBe('');
  });

  it('prints CSV with --format csv and Markdown with --format md', () => {
    const dir = seededDir();
    const csv = captureIo();
    expect(progressExportCommand([], flags({ dataDir: dir, format: 'csv' }), csv.io, { now })).toBe(0);
    const rows = csv.out().trimEnd().split('\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows.filter((r) => r.startsWith('answer,'))).toHaveLength(2);
    expect(rows.filter((r) => r.startsWith('attempt,'))).toHaveLength(1);
    const md = captureIo();
    expect(progressExportCommand([], flags({ dataDir: dir, format: 'md' }), md.io, { now })).toBe(0);
    expect(md.out()).toMatch(/^# /);
    expect(md.out()).toContain('trust-policies');
  });

  it('writes --out FILE, taking the format from its extension', () => {
    const dir = seededDir();
    const out = mkdtempSync(join(tmpdir(), 'iam-tutor-out-'));
    const t = captureIo({ cwd: out });
    expect(progressExportCommand([], flags({ dataDir: dir, out: 'mine.csv' }), t.io, { now })).toBe(0);
    expect(readFileSync(join(out, 'mine.csv'), 'utf8').split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/as csv to mine\.csv/);
  });

  it('takes the data dir from IAM_TUTOR_DATA_DIR when there is no --data-dir', () => {
    const dir = seededDir();
    const t = captureIo({ env: { IAM_TUTOR_DATA_DIR: dir } });
    expect(progressExportCommand([], flags(), t.io, { now })).toBe(0);
    expect(JSON.parse(t.out()).quiz.attempts).toHaveLength(1);
  });

  it('rejects an unknown format and stray arguments with exit 2', () => {
    const t = captureIo();
    expect(progressExportCommand([], flags({ format: 'xml' }), t.io, { now })).toBe(2);
    expect(t.err()).toBe("iam-tutor: --format must be one of json, csv, md (got 'xml')\n");
    const extra = captureIo();
    expect(progressExportCommand(['file.json'], flags(), extra.io, { now })).toBe(2);
  });
});

describe('iam-tutor progress import', () => {
  it('merges an export into another store and says what was added', () => {
    const source = seededDir();
    const exported = captureIo();
    progressExportCommand([], flags({ dataDir: source }), exported.io, { now });
    const file = join(mkdtempSync(join(tmpdir(), 'iam-tutor-in-')), 'alice.json');
    writeFileSync(file, exported.out());

    const target = mkdtempSync(join(tmpdir(), 'iam-tutor-target-'));
    const mine = openProgressStore({ dataDir: target, now });
    recordAnswer(mine, { questionId: 'ecs-roles-001', topic: 'ecs-roles', correct: true, chosen: [1], mode: 'drill' });

    const t = captureIo();
    expect(progressImportCommand([file], flags({ dataDir: target }), t.io, { now })).toBe(0);
    expect(t.out()).toBe(
      `Imported ${file} into ${join(target, 'progress.json')}: added 2 answers, 1 quiz attempt, 1 lesson newly completed.\n`,
    );
    const merged = openProgressStore({ dataDir: target, now }).read();
    expect(merged.quiz.answers.map((a) => a.questionId).sort()).toEqual([
      'ecs-roles-001',
      'trust-policies-001',
      'trust-policies-002',
    ]);

    // Importing the same file again adds nothing.
    const again = captureIo();
    expect(progressImportCommand([file], flags({ dataDir: target }), again.io, { now })).toBe(0);
    expect(again.out()).toMatch(/: nothing new \(everything in it was already here\)\.\n$/);
  });

  it('refuses a file that is not an export, or missing, with exit 1 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-bad-'));
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'text.json'), 'not json');
    const bad = captureIo({ cwd: dir });
    expect(progressImportCommand(['bad.json'], flags({ dataDir: dir }), bad.io, { now })).toBe(1);
    expect(bad.err()).toMatch(
      /^iam-tutor: cannot import bad\.json: This file is not an iam-tutor progress export:\n {2}- /,
    );
    const text = captureIo({ cwd: dir });
    expect(progressImportCommand(['text.json'], flags({ dataDir: dir }), text.io, { now })).toBe(1);
    expect(text.err()).toMatch(/not valid JSON/);
    const missing = captureIo({ cwd: dir });
    expect(progressImportCommand(['gone.json'], flags({ dataDir: dir }), missing.io, { now })).toBe(1);
    expect(missing.err()).toBe('iam-tutor: cannot read gone.json: no such file\n');
    for (const t of [bad, text, missing]) expect(t.err()).not.toMatch(/\n\s+at /);
    // Nothing was written to the store.
    expect(existsSync(join(dir, 'progress.json'))).toBe(false);
  });

  it('needs exactly one file (exit 2)', () => {
    const t = captureIo();
    expect(progressImportCommand([], flags(), t.io, { now })).toBe(2);
  });

  it('summarises an import in words', () => {
    expect(
      describeSummary({ answersAdded: 1, attemptsAdded: 0, lessonsNewlyCompleted: 0, challengesNewlyCompleted: 2 }),
    ).toBe('added 1 answer, 2 sandbox challenges newly completed');
  });
});

describe('iam-tutor progress reset', () => {
  it('refuses without a terminal and without --yes: exit 2, nothing deleted', async () => {
    const dir = seededDir();
    const t = captureIo({ stdinTTY: false, stdoutTTY: false });
    expect(await progressResetCommand([], flags({ dataDir: dir }), t.io, { now, ask: async () => 'y' })).toBe(2);
    expect(t.err()).toBe(
      `iam-tutor: progress reset would delete all progress in ${join(dir, 'progress.json')}.\nRun it in a terminal to confirm, or add --yes to skip the question.\n`,
    );
    expect(openProgressStore({ dataDir: dir, now }).read().quiz.answers).toHaveLength(2);
  });

  it('deletes with --yes and keeps the settings', async () => {
    const dir = seededDir();
    const t = captureIo({ stdinTTY: false, stdoutTTY: false });
    expect(await progressResetCommand([], flags({ dataDir: dir, yes: true }), t.io, { now })).toBe(0);
    const data = openProgressStore({ dataDir: dir, now }).read();
    expect(data.quiz.answers).toEqual([]);
    expect(data.lessons.byId).toEqual({});
    expect(data.settings.examDate).toBe('2026-12-31');
    expect(t.out()).toMatch(/^Progress deleted in .*progress\.json\. Settings \(exam date, colours\) were kept\.\n/);
  });

  it('keeps a copy of the old progress that progress import brings back', async () => {
    const dir = seededDir();
    const t = captureIo({ stdinTTY: false, stdoutTTY: false });
    expect(await progressResetCommand([], flags({ dataDir: dir, yes: true }), t.io, { now })).toBe(0);
    const copy = /The old progress is kept in (\S+);/.exec(t.out())?.[1];
    expect(copy).toBeDefined();
    expect(existsSync(copy!)).toBe(true);
    const back = captureIo({ cwd: dir });
    expect(progressImportCommand([copy!], flags({ dataDir: dir }), back.io, { now })).toBe(0);
    expect(openProgressStore({ dataDir: dir, now }).read().quiz.answers).toHaveLength(2);
  });

  it('asks on a terminal: "y" deletes, anything else keeps', async () => {
    const dir = seededDir();
    const questions: string[] = [];
    const no = captureIo({ stdinTTY: true, stdoutTTY: true });
    const ask = (answer: string) => async (question: string) => {
      questions.push(question);
      return answer;
    };
    expect(await progressResetCommand([], flags({ dataDir: dir }), no.io, { now, ask: ask('') })).toBe(0);
    expect(no.out()).toBe('Nothing was deleted.\n');
    expect(questions[0]).toBe(`Delete all progress in ${join(dir, 'progress.json')}? [y/N] `);
    expect(openProgressStore({ dataDir: dir, now }).read().quiz.answers).toHaveLength(2);

    const yes = captureIo({ stdinTTY: true, stdoutTTY: true });
    expect(await progressResetCommand([], flags({ dataDir: dir }), yes.io, { now, ask: ask('Y') })).toBe(0);
    expect(openProgressStore({ dataDir: dir, now }).read().quiz.answers).toEqual([]);
  });
});
