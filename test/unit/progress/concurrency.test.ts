// Two real processes write to one progress file at the same time. Without the lock, conf's
// read-modify-write lost most of the changes (2 x 200 increments ended at 208).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore } from '../../../src/progress/index.js';
import { buildChild } from './support/child-build.js';
import { runChild } from './support/run-child.js';
import { createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
let child: ReturnType<typeof buildChild>;

beforeAll(() => {
  child = buildChild('child-answers');
});
afterAll(() => child.cleanup());

const PER_PROCESS = 200;

describe('two processes recording answers at once', () => {
  it('keeps all 400 answers', async () => {
    const dir = tempDir();
    // Both start at the same instant, after both have had time to load.
    const startAt = String(Date.now() + 700);
    const runs = ['a', 'b'].map((prefix) =>
      runChild(process.execPath, [child.file, dir, prefix, String(PER_PROCESS), '2000', startAt]),
    );
    const results = await Promise.all(runs.map((run) => run.finished));
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(PER_PROCESS);
    }

    const data = JSON.parse(fs.readFileSync(`${dir}/progress.json`, 'utf8'));
    const ids: string[] = data.quiz.answers.map((a: { questionId: string }) => a.questionId);
    expect(ids).toHaveLength(2 * PER_PROCESS);
    const expected = ['a', 'b'].flatMap((prefix) => Array.from({ length: PER_PROCESS }, (_, i) => `${prefix}-${i}`));
    expect([...ids].sort()).toEqual(expected.sort());
    // Each process's own answers stay in the order it gave them.
    for (const prefix of ['a', 'b']) {
      expect(ids.filter((id) => id.startsWith(`${prefix}-`))).toEqual(
        Array.from({ length: PER_PROCESS }, (_, i) => `${prefix}-${i}`),
      );
    }
    expect(openProgressStore({ dataDir: dir, now: () => 0 }).read().quiz.answers).toHaveLength(2 * PER_PROCESS);
  }, 60_000);
});
