import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** Temp directories removed after each test of the file that calls this. */
export function createTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) {
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-tutor-progress-'));
    made.push(dir);
    return dir;
  };
}

/** A clock that only moves when told: 2026-11-22T21:30:00Z, then +1 s per call. */
export function steppingClock(startMs = Date.UTC(2026, 10, 22, 21, 30, 0), stepMs = 1000): () => number {
  let next = startMs;
  return () => {
    const now = next;
    next += stepMs;
    return now;
  };
}

export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
