// A cross-process lock around every read-modify-write of the progress file. conf does not
// lock: two processes that each read, change and write will drop each
// other's changes (2 x 200 increments ended at 208 without this).
import lockfile from 'proper-lockfile';
import { ProgressLockError, ProgressWriteError } from './errors.js';
import { sleepSync } from './sleep-sync.js';

/**
 * A lock older than this is taken to be left by a killed process (proper-lockfile's minimum
 * is 2000). Holders keep it for well under a second even with a large file and a slow disk,
 * and the next update waits at most this long after a kill -9, with the screen frozen.
 */
export const DEFAULT_LOCK_STALE_MS = 5_000;

function acquire(filePath: string, staleMs: number): () => void {
  // lockSync has no retries, so we spin. Holders keep the lock for milliseconds, so start with
  // short sleeps; keep trying for longer than `staleMs` in total, so that a lock left behind by
  // a process killed with SIGKILL goes stale and proper-lockfile takes it over.
  const budgetMs = staleMs + 5_000;
  let waitedMs = 0;
  let delayMs = 1;
  for (;;) {
    try {
      return lockfile.lockSync(filePath, {
        realpath: false,
        stale: staleMs,
        // The mtime refresh timer cannot fire while we hold the lock synchronously; if it
        // ever did, throwing from a timer would crash the app for nothing.
        onCompromised: () => {},
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ELOCKED') throw new ProgressWriteError(filePath, error);
      if (waitedMs >= budgetMs) throw new ProgressLockError(`${filePath}.lock`);
    }
    sleepSync(delayMs);
    waitedMs += delayMs;
    delayMs = Math.min(delayMs * 2, 20);
  }
}

/** Runs `fn` holding the lock `<filePath>.lock` (a directory). The file need not exist. */
export function withFileLock<T>(filePath: string, staleMs: number, fn: () => T): T {
  const release = acquire(filePath, staleMs);
  try {
    return fn();
  } finally {
    try {
      release();
    } catch {
      // Already released or taken over as stale: nothing of ours left to clean up.
    }
  }
}
