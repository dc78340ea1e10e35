// The progress store on disk: one JSON file, our own schema and migrations, a cross-process
// lock around every change (lock.ts: a change commits only while the lock is still ours, else it
// is applied again to what is on disk now), and broken files set aside instead of being fatal.
//
// Every change is "read the latest file, apply this mutation, write", under the lock. The data
// last read or written is kept with the file's identity (dev, inode, size, mtime in ns), so a
// read or a save re-parses the file only when another process replaced it: on a 100 MB store,
// parsing and validating took most of the ~4 s each save held the lock.
import fs from 'node:fs';
import path from 'node:path';
import { applyMutator, draftOf } from './apply-mutator.js';
import { isTempFileOf, writeAll } from './atomic-write.js';
import { defaultProgressDir } from './default-dir.js';
import { emptyProgress } from './empty-progress.js';
import { ProgressError, ProgressLockError, ProgressProtectedError, ProgressWriteError } from './errors.js';
import { currentIdentity, type Loaded, loadProgressFile } from './load-progress.js';
import { DEFAULT_LOCK_STALE_MS, type HeldLock, LockLostError, withFileLock } from './lock.js';
import { movedNotice, stuckNotice } from './notices.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';
import { type AnswersText, serializeProgress } from './serialize.js';
import { keepCopy, setAside } from './set-aside.js';
import type { ProgressStore, UpdateOptions } from './store-types.js';

export interface OpenProgressOptions {
  /** From resolveDataDir(); undefined means the default (~/.config/iam-tutor on Linux). */
  dataDir?: string;
  now: () => number;
  /**
   * How old a lock whose holder cannot be asked whether it lives (no holder file, another host)
   * must be before it is taken over. A holder on this host is never taken over while it lives.
   */
  lockStaleMs?: number;
  /** For the default directory (HOME, XDG_CONFIG_HOME, APPDATA); process.env when omitted. */
  env?: NodeJS.ProcessEnv;
}

type Usable = Exclude<Loaded, { kind: 'problem' }>;

interface Cached {
  identity: string | undefined;
  loaded: Usable;
  answersText?: AnswersText;
}

/** A take-over between our read and our rename makes us apply the change again; this often at most. */
const MAX_COMMIT_TRIES = 5;

class FileProgressStore implements ProgressStore {
  readonly path: string;
  readonly #now: () => number;
  readonly #staleMs: number;
  readonly #openedAt: number;
  readonly #notices: string[] = [];
  #cache: Cached | undefined;
  #tempsSwept = false;
  #updating = false;

  constructor(filePath: string, now: () => number, staleMs: number) {
    this.path = filePath;
    this.#now = now;
    this.#staleMs = staleMs;
    this.#openedAt = now();
  }

  get notice(): string | undefined {
    return this.#notices.length === 0 ? undefined : this.#notices.join(' ');
  }

  now(): number {
    return this.#now();
  }

  read(): ProgressData {
    const loaded = this.#load(this.#now());
    // Before any write, "fresh" data keeps the time the store was opened, so reads agree.
    return draftOf(this.#dataOf(loaded.kind === 'problem' ? this.#recover() : loaded, this.#openedAt));
  }

  update(mutator: (draft: ProgressData) => void, options: UpdateOptions = {}): ProgressData {
    // The lock is not re-entrant: a nested update would wait for itself.
    if (this.#updating) throw new ProgressError('A progress update was started inside another one; nothing was saved.');
    this.#updating = true;
    try {
      for (let tries = 1; ; tries++) {
        try {
          return draftOf(
            withFileLock(this.path, this.#staleMs, (lock) =>
              this.#updateLocked(lock, mutator, options.keepsAnswers === true),
            ),
          );
        } catch (error) {
          if (!(error instanceof LockLostError)) throw error;
          // Our lock was taken over while we were stopped: nothing was written. Apply again.
          this.#cache = undefined;
          if (tries >= MAX_COMMIT_TRIES) throw new ProgressLockError(`${this.path}.lock`);
        }
      }
    } finally {
      this.#updating = false;
    }
  }

  #updateLocked(lock: HeldLock, mutator: (draft: ProgressData) => void, keepsAnswers: boolean): ProgressData {
    this.#sweepTempsLocked();
    this.#checkReplaceable();
    const nowMs = this.#now();
    // Re-read under the lock (cheap when the file is the one we last saw).
    let loaded = this.#load(nowMs);
    if (loaded.kind === 'problem') loaded = this.#recoverLocked();
    const base = this.#dataOf(loaded, nowMs);
    const next = applyMutator(draftOf(base, keepsAnswers), mutator, nowMs, keepsAnswers ? base.quiz.answers : []);
    this.#commit(lock, next);
    return next;
  }

  #commit(lock: HeldLock, data: ProgressData): void {
    const { chunks, answersText } = serializeProgress(data, this.#cache?.answersText);
    const identity = lock.commit((fd) => {
      for (const chunk of chunks) writeAll(fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    });
    this.#cache = { identity, loaded: { kind: 'ok', data, fromVersion: CURRENT_VERSION }, answersText };
  }

  /** The latest data: the kept copy while the file is the one we last read or wrote. */
  #load(nowMs: number): Loaded {
    const cached = this.#cache;
    if (cached !== undefined && cached.identity === currentIdentity(this.path)) return cached.loaded;
    const { loaded, identity, answersText } = loadProgressFile(this.path, nowMs);
    this.#cache = loaded.kind === 'problem' ? undefined : { identity, loaded, ...(answersText ? { answersText } : {}) };
    return loaded;
  }

  /** At open: set a broken file aside now (so the notice shows at once), persist a migration. */
  checkAtOpen(): void {
    const loaded = this.#load(this.#now());
    if (loaded.kind === 'problem') this.#recover();
    else if (loaded.kind === 'ok' && loaded.fromVersion < CURRENT_VERSION) this.#persistMigration();
    try {
      this.#checkReplaceable();
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      this.#addNotice(error.message);
    }
  }

  /**
   * A write-protected progress.json (mode 0444) is a choice the learner made, and a symbolic link
   * is usually a dotfile manager's: replacing either (as the rename of a save would) silently
   * undid it. Neither is replaced; saving fails with a message, so the learner sees each change
   * is not saved and the file keeps what it had. Writing through the link was not chosen: its
   * lock, temp and set-aside files would sit beside the link, not beside the file they protect.
   */
  #checkReplaceable(): void {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new ProgressWriteError(this.path, error);
    }
    if (stat.isSymbolicLink()) {
      let target: string | undefined;
      try {
        target = fs.realpathSync(this.path);
      } catch {
        target = undefined;
      }
      const use = target === undefined ? '' : ` To save there, run with --data-dir ${path.dirname(target)}.`;
      throw new ProgressProtectedError(
        `${this.path} is a symbolic link${target === undefined ? '' : ` to ${target}`}; iam-tutor does not ` +
          `replace a link with a plain file, so progress is not saved.${use}`,
      );
    }
    if (stat.isFile() && (stat.mode & 0o222) === 0) {
      throw new ProgressProtectedError(
        `${this.path} is write-protected (mode ${(stat.mode & 0o777).toString(8)}), so iam-tutor leaves it as ` +
          `it is and progress is not saved. To save again: chmod u+w ${this.path}`,
      );
    }
  }

  #dataOf(loaded: Usable, freshAt: number): ProgressData {
    return loaded.kind === 'ok' ? loaded.data : emptyProgress(freshAt);
  }

  #recover(): Usable {
    try {
      return withFileLock(this.path, this.#staleMs, () => this.#recoverLocked());
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      // Read-only directory and the like: carry on with fresh data in memory and say so.
      const { loaded } = loadProgressFile(this.path, this.#now());
      if (loaded.kind !== 'problem') return loaded;
      this.#addNotice(
        stuckNotice(this.path, loaded.why, error instanceof ProgressWriteError ? error.reason : error.message),
      );
      return { kind: 'empty' };
    }
  }

  /** Lock held. Checks again (another instance may have fixed it) and sets the file aside. */
  #recoverLocked(): Usable {
    const { loaded } = loadProgressFile(this.path, this.#now());
    if (loaded.kind !== 'problem') return loaded;
    let movedTo: string;
    try {
      movedTo = setAside(this.path, 'corrupt', this.#now());
    } catch (error) {
      throw new ProgressWriteError(this.path, error);
    }
    this.#cache = undefined;
    this.#addNotice(movedNotice(loaded.why, movedTo, loaded.hint));
    return { kind: 'empty' };
  }

  #persistMigration(): void {
    try {
      withFileLock(this.path, this.#staleMs, (lock) => {
        this.#checkReplaceable();
        const { loaded } = loadProgressFile(this.path, this.#now());
        if (loaded.kind !== 'ok' || loaded.fromVersion >= CURRENT_VERSION) return;
        try {
          // A copy of the old file, in case a migration turns out to be wrong.
          keepCopy(this.path, `v${loaded.fromVersion}-backup`, this.#now());
        } catch (error) {
          throw new ProgressWriteError(this.path, error);
        }
        this.#commit(lock, loaded.data);
      });
    } catch (error) {
      // Not fatal: reads migrate in memory; the next update reports the write problem.
      if (!(error instanceof ProgressError) && !(error instanceof LockLostError)) throw error;
    }
  }

  /** Lock held: temp files of older versions (`progress.json.tmp-*`) left by a killed writer. */
  #sweepTempsLocked(): void {
    if (this.#tempsSwept) return;
    this.#tempsSwept = true;
    const dir = path.dirname(this.path);
    const base = path.basename(this.path);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const doomedLock = name.startsWith(`${base}.lock.stale-`);
      if (!isTempFileOf(base, name) && !doomedLock) continue;
      try {
        fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      } catch {
        // Someone else swept it.
      }
    }
  }

  #addNotice(message: string): void {
    // A file that cannot be moved is met again on every read; say it once.
    if (!this.#notices.includes(message)) this.#notices.push(message);
  }
}

function describeDirProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way (a directory is needed)';
    case 'EROFS':
      return 'it is on a read-only file system';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

export function openProgressStore(options: OpenProgressOptions): ProgressStore {
  const staleMs = options.lockStaleMs ?? DEFAULT_LOCK_STALE_MS;
  const { dir, hint } =
    options.dataDir !== undefined
      ? { dir: options.dataDir, hint: 'Choose a directory you can write with --data-dir DIR.' }
      : defaultProgressDir(options.env ?? process.env);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ProgressError(`Could not create the progress directory ${dir}: ${describeDirProblem(error)}. ${hint}`);
  }
  const store = new FileProgressStore(path.join(dir, 'progress.json'), options.now, staleMs);
  store.checkAtOpen();
  return store;
}
