// A writer stopped with SIGSTOP while it holds the lock (a laptop suspend, a debugger, Ctrl+Z)
// must not cost anyone an answer. Before, a lock older than 5 s was taken over and the stopped
// writer, once continued, wrote the data it had read before: the other instance's saved answer
// was lost (5 of 5 trials in the review). Real processes, real signals, bounded in time.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProgressStore, recordAnswer } from '../../../src/progress/index.js';
import { buildChild } from './support/child-build.js';
import { runChild, seededRandom } from './support/run-child.js';
import { createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();
let child: ReturnType<typeof buildChild>;

beforeAll(() => {
  child = buildChild('child-answers');
});
afterAll(() => child.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function storedIds(file: string): Set<string> {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Set(data.quiz.answers.map((a: { questionId: string }) => a.questionId));
}

/** Stops `pid` at a moment when it holds the lock (retrying at random moments); false if never caught. */
async function stopWhileHolding(pid: number, lockDir: string, random: () => number): Promise<boolean> {
  for (let tries = 0; tries < 200; tries++) {
    process.kill(pid, 'SIGSTOP');
    let names: string[] = [];
    try {
      names = fs.readdirSync(lockDir);
    } catch {
      // Not held right now.
    }
    if (names.some((name) => name.includes(`-${pid}-`))) return true;
    process.kill(pid, 'SIGCONT');
    await sleep(Math.floor(random() * 15));
  }
  return false;
}

describe('a writer stopped while it holds the lock', () => {
  it('is waited for, not taken over, while its process lives; both answers are kept', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.json');
    const random = seededRandom(7);
    const a = runChild(process.execPath, [child.file, dir, 'a', '0', '2000']);
    await a.waitForLines(3);
    expect(await stopWhileHolding(a.child.pid as number, `${file}.lock`, random)).toBe(true);
    // B must wait: A is alive, only stopped.
    const b = runChild(process.execPath, [child.file, dir, 'b', '1', '2000']);
    await sleep(2500);
    expect(b.lines()).toEqual([]);
    a.child.kill('SIGCONT');
    const bDone = await b.finished;
    expect(bDone.stderr).toBe('');
    expect(bDone.code).toBe(0);
    await a.waitForLines(a.lines().length + 2);
    a.child.kill('SIGKILL');
    await a.finished;
    const stored = storedIds(file);
    expect([...a.lines(), 'b-0'].filter((id) => !stored.has(id))).toEqual([]);
  }, 60_000);

  it('never writes stale data after its lock was taken from it, at any moment of its save', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.json');
    const lockDir = `${file}.lock`;
    const random = seededRandom(20261206);
    const other = openProgressStore({ dataDir: dir, now: () => Date.now() });
    const a = runChild(process.execPath, [child.file, dir, 'a', '0', '2000']);
    await a.waitForLines(2);
    const mine: string[] = [];
    let caught = 0;
    for (let round = 0; round < 8; round++) {
      if (!(await stopWhileHolding(a.child.pid as number, lockDir, random))) continue;
      caught++;
      // What the message tells a learner to do when no other tutor seems to run, and what an
      // instance on another host does after the stale time: the lock is removed.
      fs.rmSync(lockDir, { recursive: true, force: true });
      const id = `other-${round}`;
      recordAnswer(other, { questionId: id, topic: 'stall', correct: true, chosen: [0], mode: 'drill' });
      mine.push(id); // confirmed: recordAnswer returned
      a.child.kill('SIGCONT');
      await a.waitForLines(a.lines().length + 2);
      const stored = storedIds(file);
      expect(mine.filter((answer) => !stored.has(answer))).toEqual([]);
    }
    a.child.kill('SIGKILL');
    const result = await a.finished;
    expect(result.stderr).toBe('');
    expect(caught).toBeGreaterThanOrEqual(4);
    const stored = storedIds(file);
    expect([...mine, ...a.lines()].filter((answer) => !stored.has(answer))).toEqual([]);
  }, 90_000);
});
