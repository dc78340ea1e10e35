import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore, recordAnswer } from '../../../src/progress/index.js';
import { buildChild } from './support/child-build.js';
import { runInReadOnlyDir } from './support/run-read-only.js';
import { listDir, createTempDirs } from './support/temp-dirs.js';

let child: ReturnType<typeof buildChild>;
beforeAll(() => {
  child = buildChild('child-read-only');
});
afterAll(() => child.cleanup());

const tempDir = createTempDirs();
const NOW = Date.UTC(2026, 10, 22, 21, 30, 0);
const clock = () => NOW;

function withFile(content: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'progress.json'), content);
  return dir;
}

const answer = { questionId: 'q1', topic: 't', correct: true, chosen: [0], mode: 'drill' } as const;

describe('a broken progress file is never fatal', () => {
  it('sets a file that is not JSON aside, starts fresh and says where the old one went', () => {
    const dir = withFile('{"version": 1, "lessons": ');
    const store = openProgressStore({ dataDir: dir, now: clock });
    const moved = path.join(dir, 'progress.corrupt-2026-11-22T21-30-00.json');
    expect(store.notice).toBe(
      `Your progress file was unreadable (it is not valid JSON); it was moved to ${moved} and a fresh one started. ` +
        // The hint is new: the review (LOW-2) found this notice gave no way back.
        'If it was edited by hand, fix it and bring it back with `iam-tutor progress import` and that file.',
    );
    expect(fs.readFileSync(moved, 'utf8')).toBe('{"version": 1, "lessons": ');
    expect(listDir(dir)).toEqual(['progress.corrupt-2026-11-22T21-30-00.json']);
    expect(store.read().quiz.answers).toEqual([]);
    recordAnswer(store, answer);
    expect(store.read().quiz.answers).toHaveLength(1);
  });

  it('treats an empty file as not JSON', () => {
    const store = openProgressStore({ dataDir: withFile(''), now: clock });
    expect(store.notice).toMatch(/not valid JSON/);
  });

  it('sets a schema-invalid file aside and names the first problem', () => {
    const dir = withFile(JSON.stringify({ version: 1, lessons: 'lots' }));
    const store = openProgressStore({ dataDir: dir, now: clock });
    expect(store.notice).toMatch(
      /^Your progress file was unreadable \(it does not match the progress format: lessons: /,
    );
    expect(store.notice).toContain('progress.corrupt-2026-11-22T21-30-00.json');
    expect(listDir(dir)).toEqual(['progress.corrupt-2026-11-22T21-30-00.json']);
  });

  it('sets aside a file from a newer iam-tutor and tells the learner how to get it back', () => {
    const dir = withFile(JSON.stringify({ version: 99, whatever: true }));
    const store = openProgressStore({ dataDir: dir, now: clock });
    expect(store.notice).toMatch(/written by a newer iam-tutor, format 99; this one reads format 2/);
    expect(store.notice).toMatch(/Update iam-tutor and move that file back to keep its progress\.$/);
  });

  it('never overwrites an earlier corrupt file with the same timestamp', () => {
    const dir = withFile('garbage');
    fs.writeFileSync(path.join(dir, 'progress.corrupt-2026-11-22T21-30-00.json'), 'older garbage');
    openProgressStore({ dataDir: dir, now: clock });
    expect(fs.readFileSync(path.join(dir, 'progress.corrupt-2026-11-22T21-30-00.json'), 'utf8')).toBe('older garbage');
    expect(fs.readFileSync(path.join(dir, 'progress.corrupt-2026-11-22T21-30-00-2.json'), 'utf8')).toBe('garbage');
  });

  it('gives the notice only to the instance that moved the file', () => {
    const dir = withFile('garbage');
    expect(openProgressStore({ dataDir: dir, now: clock }).notice).toBeDefined();
    expect(openProgressStore({ dataDir: dir, now: clock }).notice).toBeUndefined();
  });

  it('recovers when the file is damaged while the store is open, on update as on read', () => {
    const dir = tempDir();
    const store = openProgressStore({ dataDir: dir, now: clock });
    recordAnswer(store, answer);
    fs.writeFileSync(store.path, '\u0000\u0000\u0000');
    recordAnswer(store, { ...answer, questionId: 'q2' });
    expect(store.read().quiz.answers.map((a) => a.questionId)).toEqual(['q2']);
    expect(store.notice).toMatch(/moved to .*progress\.corrupt-/);

    const reader = openProgressStore({ dataDir: dir, now: clock });
    fs.writeFileSync(reader.path, '[1, 2');
    expect(reader.read().quiz.answers).toEqual([]);
    expect(reader.notice).toMatch(/not valid JSON/);
  });

  it('in a read-only directory carries on with fresh data and says why, once', () => {
    const dir = withFile('garbage');
    const outcome = runInReadOnlyDir(child.file, dir);
    expect(outcome.answers).toBe(0);
    expect(outcome.notice).toBe(
      `Your progress file ${path.join(dir, 'progress.json')} is unreadable (it is not valid JSON) and could not be moved ` +
        `aside (there is no permission to write in ${dir}). Progress will not be saved until that is fixed.`,
    );
    expect(outcome.saved).toBe(false);
    expect(outcome.message).toMatch(/no permission to write/);
    expect(fs.readFileSync(path.join(dir, 'progress.json'), 'utf8')).toBe('garbage');
  });

  it('keeps the existing file when it is valid JSON, even with extra whitespace', () => {
    const dir = tempDir();
    const store = openProgressStore({ dataDir: dir, now: clock });
    recordAnswer(store, answer);
    fs.writeFileSync(store.path, `\n\n${fs.readFileSync(store.path, 'utf8')}\n\n`);
    const again = openProgressStore({ dataDir: dir, now: clock });
    expect(again.notice).toBeUndefined();
    expect(again.read().quiz.answers).toHaveLength(1);
  });
});
