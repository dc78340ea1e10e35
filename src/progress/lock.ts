// The cross-process lock around every read-modify-write of the progress file, and the commit
// that makes a write count only while the lock is still ours.
//
// The lock is the directory `<file>.lock`, made with mkdir (atomic). Its holder puts one file
// in it, `holder-<host>-<pid>-<token>`, and that file is also the holder's temp file: the new
// progress is written into it and renamed over `<file>`. Whoever takes a lock over removes the
// whole directory first, so a holder that lost its lock (stopped with SIGSTOP or a laptop
// suspend, then its lock removed by hand or by an instance on another host) finds its temp
// file gone: the rename fails with ENOENT and nothing stale reaches the file. The rename is one
// system call, so there is no window between "still mine?" and "replace". The store then
// re-reads and applies its change again (compare-and-write without reading the file twice).
//
// Taking over (liveness only; correctness never depends on it): a holder on this host is
// asked with kill(pid, 0) and is never taken over while its process lives, however long it
// stalls. proper-lockfile (used before) took over any lock older than 5 s, and a holder stopped
// for longer wrote stale data when it resumed (5 of 5 trials in the review). A lock with no
// holder file (an older iam-tutor, or a holder killed between mkdir and creating the file), or
// one held on another host, is taken over once its mtime is older than `staleMs`, or when its
// mtime lies more than FUTURE_SKEW_MS in the future: no lock can be made in the future, so the
// clock was stepped back after it was left (before, such a lock blocked every save).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syncDirectory } from './atomic-write.js';
import { ProgressLockError, ProgressWriteError } from './errors.js';
import { sleepSync } from './sleep-sync.js';

/** How old a lock whose holder cannot be asked (see above) must be before it is taken over. */
export const DEFAULT_LOCK_STALE_MS = 5_000;
/** A lock dated further ahead than this was left before the clock went back. */
export const FUTURE_SKEW_MS = 2_000;
/** How long a save waits for a live holder before it gives up and says so. */
const WAIT_BUDGET_MS = 10_000;

const HOST = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);
/** Tokens of the locks this process holds right now (a holder named with our pid but not here is left over). */
const heldTokens = new Set<string>();

/** Thrown by commit() when the lock was taken over: nothing was written; read again and retry. */
export class LockLostError extends Error {
  override name = 'LockLostError';
}

interface Holder {
  host: string;
  pid: number;
  token: string;
}

function parseHolder(name: string): Holder | undefined {
  const match = /^holder-([0-9a-f]{8})-(\d+)-([0-9a-f]+)$/.exec(name);
  if (!match) return undefined;
  return { host: match[1] as string, pid: Number(match[2]), token: match[3] as string };
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether process `pid` on this host is alive. A zombie (killed, not yet reaped) is not. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ...": state Z or X means it has already ended.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

type LockState = { kind: 'gone' } | { kind: 'stale' } | { kind: 'held'; pid?: number };

function inspect(lockPath: string, staleMs: number): LockState {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(lockPath);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  let holders: Holder[] = [];
  if (stat.isDirectory()) {
    try {
      holders = fs.readdirSync(lockPath).flatMap((name) => parseHolder(name) ?? []);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { kind: 'gone' };
      throw error;
    }
  }
  const [only] = holders;
  if (holders.length === 1 && only && only.host === HOST) {
    const alive = only.pid === process.pid ? heldTokens.has(only.token) : processAlive(only.pid);
    return alive ? { kind: 'held', pid: only.pid } : { kind: 'stale' };
  }
  // Wall-clock time on purpose: file times are wall-clock, whatever clock the store stamps data with.
  const ageMs = Date.now() - stat.mtimeMs;
  if (ageMs < -FUTURE_SKEW_MS || ageMs > staleMs) return { kind: 'stale' };
  return only ? { kind: 'held', pid: only.pid } : { kind: 'held' };
}

function removeLock(lockPath: string): void {
  // Renamed away first, so a holder's temp file is gone from `lockPath` in one step.
  const doomed = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    fs.renameSync(lockPath, doomed);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return;
    // A plain file or a directory we cannot rename: remove it in place.
    fs.rmSync(lockPath, { recursive: true, force: true });
    return;
  }
  fs.rmSync(doomed, { recursive: true, force: true });
}

export interface HeldLock {
  /**
   * Writes the new content into the holder's temp file and renames it over the progress file,
   * only if the lock is still ours; throws LockLostError otherwise (nothing changed).
   * Returns the new file's identity (see fileIdentity).
   */
  commit(write: (fd: number) => void): string;
}

/** dev, inode, size and mtime (ns): changes whenever any writer replaces the file. */
export function fileIdentity(stat: fs.BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

function renameWithRetry(from: string, to: string): void {
  // Windows refuses a rename while another program (a virus scanner) has the target open.
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = codeOf(error);
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? ''))
        throw error;
      sleepSync(attempt * 10);
    }
  }
}

function writeAllChunks(fd: number, write: (fd: number) => void): void {
  fs.ftruncateSync(fd, 0);
  write(fd);
  fs.fsyncSync(fd);
}

class Lock implements HeldLock {
  committed = false;
  constructor(
    readonly filePath: string,
    readonly holderPath: string,
  ) {}

  commit(write: (fd: number) => void): string {
    let fd: number;
    try {
      // 'r+' never creates: if the lock was taken over, the holder file is gone.
      fd = fs.openSync(this.holderPath, 'r+');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') throw new LockLostError('the lock was taken over');
      throw new ProgressWriteError(this.filePath, error);
    }
    let identity: string;
    try {
      writeAllChunks(fd, write);
      identity = fileIdentity(fs.fstatSync(fd, { bigint: true }));
    } catch (error) {
      throw new ProgressWriteError(this.filePath, error);
    } finally {
      fs.closeSync(fd);
    }
    try {
      renameWithRetry(this.holderPath, this.filePath);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') throw new LockLostError('the lock was taken over');
      throw new ProgressWriteError(this.filePath, error);
    }
    this.committed = true;
    syncDirectory(path.dirname(this.filePath));
    return identity;
  }
}

function acquire(filePath: string, staleMs: number): { lock: Lock; token: string } {
  const lockPath = `${filePath}.lock`;
  const token = randomBytes(6).toString('hex');
  const holderPath = path.join(lockPath, `holder-${HOST}-${process.pid}-${token}`);
  let waitedMs = 0;
  let delayMs = 1;
  let lastHolder: number | undefined;
  const wait = () => {
    if (waitedMs >= WAIT_BUDGET_MS) throw new ProgressLockError(lockPath, lastHolder);
    sleepSync(delayMs);
    waitedMs += delayMs;
    delayMs = Math.min(delayMs * 2, 20);
  };
  for (;;) {
    try {
      fs.mkdirSync(lockPath);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw new ProgressWriteError(filePath, error);
      let state: LockState;
      try {
        state = inspect(lockPath, staleMs);
      } catch (inspectError) {
        throw new ProgressWriteError(filePath, inspectError);
      }
      if (state.kind === 'stale') {
        try {
          removeLock(lockPath);
        } catch (removeError) {
          throw new ProgressWriteError(filePath, removeError);
        }
      } else if (state.kind === 'held') {
        lastHolder = state.pid;
        wait();
      }
      continue;
    }
    try {
      fs.closeSync(fs.openSync(holderPath, 'wx'));
    } catch (error) {
      if (codeOf(error) === 'ENOENT') continue; // our fresh directory was removed as stale: start again
      tryRmdir(lockPath);
      throw new ProgressWriteError(filePath, error);
    }
    // Create, then check: two processes that both think they made the directory (one slow
    // mkdir, one take-over in between) both see two holders, and at most one sees only itself.
    let names: string[] = [];
    try {
      names = fs.readdirSync(lockPath);
    } catch {
      // Removed under us: start again.
    }
    if (names.length === 1 && names[0] === path.basename(holderPath)) {
      heldTokens.add(token);
      return { lock: new Lock(filePath, holderPath), token };
    }
    tryUnlink(holderPath);
    wait();
  }
}

function tryUnlink(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function tryRmdir(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Gone, or someone else's files are in it now.
  }
}

/** Runs `fn` holding the lock `<filePath>.lock`. The file need not exist; its directory must. */
export function withFileLock<T>(filePath: string, staleMs: number, fn: (lock: HeldLock) => T): T {
  const { lock, token } = acquire(filePath, staleMs);
  try {
    return fn(lock);
  } finally {
    heldTokens.delete(token);
    if (!lock.committed) tryUnlink(lock.holderPath);
    tryRmdir(`${filePath}.lock`);
  }
}
