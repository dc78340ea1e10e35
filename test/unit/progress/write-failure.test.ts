// A write that fails (full disk, no permission, size limit) must leave the saved file as it
// was and explain itself. The real failure comes from a child process whose file-size limit
// (ulimit -f) is smaller than the progress file: its temp-file write fails with EFBIG, as a
// full disk fails with ENOSPC.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore, ProgressWriteError, recordAnswers } from '../../../src/progress/index.js';
import { buildChild } from './support/child-build.js';
import { runInReadOnlyDir } from './support/run-read-only.js';
import { listDir, createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
let child: ReturnType<typeof buildChild>;
let readOnlyChild: ReturnType<typeof buildChild>;

beforeAll(() => {
  child = buildChild('child-write-failure');
  readOnlyChild = buildChild('child-read-only');
});
afterAll(() => {
  child.cleanup();
  readOnlyChild.cleanup();
});

const clock = () => Date.UTC(2026, 10, 22);

function storeWithAnswers(dir: string, count: number) {
  const store = openProgressStore({ dataDir: dir, now: clock, lockStaleMs: 2000 });
  recordAnswers(
    store,
    Array.from({ length: count }, (_, i) => ({
      questionId: `q-${i}`,
      topic: 't',
      correct: true,
      chosen: [0],
      mode: 'drill' as const,
    })),
  );
  return store;
}

describe('a failed write', () => {
  it('keeps the saved file byte for byte and reports a ProgressWriteError the UI can show', () => {
    const dir = tempDir();
    const store = storeWithAnswers(dir, 60);
    const before = fs.readFileSync(store.path);
    expect(before.length).toBeGreaterThan(8 * 1024);

    // bash's ulimit -f counts 1024-byte blocks: 8 KiB is less than the file.
    const result = spawnSync('bash', ['-c', 'ulimit -f 8 && exec "$0" "$1" "$2"', process.execPath, child.file, dir], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const outcome = JSON.parse(result.stdout);
    expect(outcome).toMatchObject({ saved: false, name: 'ProgressWriteError', code: 'EFBIG' });
    expect(outcome.message).toBe(
      `Could not save your progress: the file would exceed the size this system allows. Progress saved earlier is unchanged in ${store.path}.`,
    );

    expect(fs.readFileSync(store.path).equals(before)).toBe(true);
    expect(store.read().quiz.answers).toHaveLength(60);
    // No half-written temp file left behind, and the lock was released.
    expect(listDir(dir)).toEqual(['progress.json']);
  });

  it('in a read-only directory says so and leaves the file alone', () => {
    const dir = tempDir();
    const store = storeWithAnswers(dir, 3);
    const before = fs.readFileSync(store.path, 'utf8');
    const outcome = runInReadOnlyDir(readOnlyChild.file, dir);
    expect(outcome.answers).toBe(3);
    expect(outcome).toMatchObject({ saved: false, name: 'ProgressWriteError' });
    expect(outcome.message).toContain(`there is no permission to write in ${dir}`);
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'your disk quota is used up'],
    ['EROFS', '/data is on a read-only file system'],
    ['EACCES', 'there is no permission to write in /data'],
    ['EIO', 'i/o error'],
  ])('explains %s in words', (code, words) => {
    const error = new ProgressWriteError(
      path.join('/data', 'progress.json'),
      Object.assign(new Error('i/o error'), { code }),
    );
    expect(error.message).toBe(
      `Could not save your progress: ${words}. Progress saved earlier is unchanged in /data/progress.json.`,
    );
    expect(error.code).toBe(code);
  });
});
