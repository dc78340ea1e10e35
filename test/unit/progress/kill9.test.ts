// A real process records answers in a loop and is killed with SIGKILL at random moments.
// Every answer it acknowledged (printed after recordAnswer returned) must be in the file,
// and the file must always parse.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore, recordAnswer } from '../../../src/progress/index.js';
import { buildChild } from './support/child-build.js';
import { runChild, seededRandom } from './support/run-child.js';
import { listDir, createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
let child: ReturnType<typeof buildChild>;

beforeAll(() => {
  child = buildChild('child-answers');
});
afterAll(() => child.cleanup());

const ITERATIONS = 10;
const SEED = 20261122;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kill -9 while recording answers', () => {
  it('never loses an acknowledged answer and never leaves a broken file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.json');
    const random = seededRandom(SEED);
    const lock = `${file}.lock`;
    const acknowledged: string[] = [];
    let locksLeft = 0;

    for (let i = 0; i < ITERATIONS; i++) {
      const run = runChild(process.execPath, [child.file, dir, `k${i}`, '0', '2000']);
      await run.waitForLines(1);
      await sleep(Math.floor(random() * 250));
      run.child.kill('SIGKILL');
      const result = await run.finished;
      expect(result.signal).toBe('SIGKILL');
      expect(result.stderr).toBe('');
      acknowledged.push(...run.lines());
      // A kill while the lock was held leaves the lock behind; the next child takes it over
      // once it is stale. Backdating it stands in for waiting out the stale period.
      if (fs.existsSync(lock)) {
        locksLeft++;
        const longAgo = new Date(Date.now() - 60_000);
        fs.utimesSync(lock, longAgo, longAgo);
      }

      const text = fs.readFileSync(file, 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
      const stored = new Set(JSON.parse(text).quiz.answers.map((a: { questionId: string }) => a.questionId));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
    }

    expect(acknowledged.length).toBeGreaterThanOrEqual(ITERATIONS);
    // The child spends most of its time inside the locked write, so kills land there too.
    expect(locksLeft).toBeGreaterThan(0);
    // A store opened afterwards reads it as it is, with no notice, and the next write
    // sweeps any temp file a killed writer left.
    const store = openProgressStore({ dataDir: dir, now: () => Date.UTC(2026, 10, 23), lockStaleMs: 2000 });
    expect(store.notice).toBeUndefined();
    recordAnswer(store, { questionId: 'after', topic: 't', correct: true, chosen: [0], mode: 'drill' });
    expect(store.read().quiz.answers.length).toBeGreaterThan(acknowledged.length);
    expect(listDir(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 120_000);
});
