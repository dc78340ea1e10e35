// The progress store on disk: one conf file, our own schema and migrations, a cross-process
// lock around every change, and broken files set aside instead of being fatal. conf finds the
// file (its default location, --data-dir) and reads it; writes go through writeFileAtomic.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { applyMutator } from './apply-mutator.js';
import { isTempFileOf, writeFileAtomic } from './atomic-write.js';
import { emptyProgress } from './empty-progress.js';
import { ProgressError, ProgressReadError, ProgressWriteError } from './errors.js';
import { isSyntaxError, type Loaded, loadProgress, type RawConf } from './load-progress.js';
import { DEFAULT_LOCK_STALE_MS, withFileLock } from './lock.js';
import { movedNotice, stuckNotice } from './notices.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';
import { keepCopy, setAside } from './set-aside.js';
import type { ProgressStore } from './store-types.js';

export interface OpenProgressOptions {
  /** From resolveDataDir(); undefined means conf's default (~/.config/iam-tutor on Linux). */
  dataDir?: string;
  now: () => number;
  /**
   * How old the lock may get before it counts as left behind by a killed process and is
   * taken over. proper-lockfile's minimum is 2000; tests use that to stay quick.
   */
  lockStaleMs?: number;
}

function confOptions(dataDir: string | undefined) {
  return {
    projectName: 'iam-tutor',
    projectSuffix: '',
    configName: 'progress',
    // Never wipe a file conf cannot parse: we set it aside ourselves.
    clearInvalidConfig: false,
    // No `schema`: conf would compile it with ajv on every start. zod validates instead.
    ...(dataDir !== undefined ? { cwd: dataDir } : {}),
  };
}

type Usable = Exclude<Loaded, { kind: 'problem' }>;

class FileProgressStore implements ProgressStore {
  readonly path: string;
  readonly #conf: RawConf;
  readonly #now: () => number;
  readonly #staleMs: number;
  readonly #openedAt: number;
  readonly #notices: string[] = [];
  #tempsSwept = false;
  #updating = false;

  constructor(conf: RawConf, now: () => number, staleMs: number) {
    this.#conf = conf;
    this.path = conf.path;
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
    const loaded = loadProgress(this.#conf, this.#now());
    // Before any write, "fresh" data keeps the time the store was opened, so reads agree.
    return this.#dataOf(loaded.kind === 'problem' ? this.#recover() : loaded, this.#openedAt);
  }

  update(mutator: (draft: ProgressData) => void): ProgressData {
    // The lock is not re-entrant: a nested update would wait for itself until the lock went stale.
    if (this.#updating) throw new ProgressError('A progress update was started inside another one; nothing was saved.');
    this.#updating = true;
    try {
      return this.#updateLocked(mutator);
    } finally {
      this.#updating = false;
    }
  }

  #updateLocked(mutator: (draft: ProgressData) => void): ProgressData {
    return withFileLock(this.path, this.#staleMs, () => {
      this.#sweepTempsLocked();
      const nowMs = this.#now();
      // Re-read under the lock: another instance may have written since we last looked.
      let loaded = loadProgress(this.#conf, nowMs);
      if (loaded.kind === 'problem') loaded = this.#recoverLocked();
      const next = applyMutator(this.#dataOf(loaded, nowMs), mutator, nowMs);
      this.#write(next);
      return next;
    });
  }

  /** At open: set a broken file aside now (so the notice shows at once), persist a migration. */
  checkAtOpen(): void {
    const loaded = loadProgress(this.#conf, this.#now());
    if (loaded.kind === 'problem') this.#recover();
    else if (loaded.kind === 'ok' && loaded.fromVersion < CURRENT_VERSION) this.#persistMigration();
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
      const loaded = loadProgress(this.#conf, this.#now());
      if (loaded.kind !== 'problem') return loaded;
      this.#addNotice(
        stuckNotice(this.path, loaded.why, error instanceof ProgressWriteError ? error.reason : error.message),
      );
      return { kind: 'empty' };
    }
  }

  /** Lock held. Checks again (another instance may have fixed it) and sets the file aside. */
  #recoverLocked(): Usable {
    const loaded = loadProgress(this.#conf, this.#now());
    if (loaded.kind !== 'problem') return loaded;
    let movedTo: string;
    try {
      movedTo = setAside(this.path, 'corrupt', this.#now());
    } catch (error) {
      throw new ProgressWriteError(this.path, error);
    }
    this.#addNotice(movedNotice(loaded.why, movedTo, loaded.hint));
    return { kind: 'empty' };
  }

  #persistMigration(): void {
    try {
      withFileLock(this.path, this.#staleMs, () => {
        const loaded = loadProgress(this.#conf, this.#now());
        if (loaded.kind !== 'ok' || loaded.fromVersion >= CURRENT_VERSION) return;
        try {
          // A copy of the old file, in case a migration turns out to be wrong.
          keepCopy(this.path, `v${loaded.fromVersion}-backup`, this.#now());
        } catch (error) {
          throw new ProgressWriteError(this.path, error);
        }
        this.#write(loaded.data);
      });
    } catch (error) {
      // Not fatal: reads migrate in memory; the next update reports the write problem.
      if (!(error instanceof ProgressError)) throw error;
    }
  }

  #write(data: ProgressData): void {
    try {
      // Not `conf.store = data`: see atomic-write.ts for why conf's writer is not safe here.
      writeFileAtomic(this.path, `${JSON.stringify(data, null, '\t')}\n`);
    } catch (error) {
      throw new ProgressWriteError(this.path, error);
    }
  }

  /** Lock held, so no writer of ours is mid-write: any temp file is left from a killed one. */
  #sweepTempsLocked(): void {
    if (this.#tempsSwept) return;
    this.#tempsSwept = true;
    const dir = path.dirname(this.path);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!isTempFileOf(path.basename(this.path), name)) continue;
      try {
        fs.unlinkSync(path.join(dir, name));
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

function constructConf(dataDir: string | undefined): RawConf {
  const guess = path.join(dataDir ?? 'the iam-tutor config directory', 'progress.json');
  try {
    return new Conf<Record<string, unknown>>(confOptions(dataDir));
  } catch (error) {
    if (!isSyntaxError(error)) throw new ProgressReadError(guess, error);
  }
  // conf parses the file in its constructor and throws SyntaxError on bad JSON before it tells
  // us its path. Construct again with a parser that skips the content during construction
  // only; from then on it parses as usual, so checkAtOpen() meets the broken file and sets it
  // aside under the lock like any other unreadable file.
  let constructing = true;
  try {
    return new Conf<Record<string, unknown>>({
      ...confOptions(dataDir),
      deserialize: (text: string) => (constructing ? {} : JSON.parse(text)),
    });
  } catch (error) {
    throw new ProgressReadError(guess, error);
  } finally {
    constructing = false;
  }
}

export function openProgressStore(options: OpenProgressOptions): ProgressStore {
  const staleMs = options.lockStaleMs ?? DEFAULT_LOCK_STALE_MS;
  const conf = constructConf(options.dataDir);
  const store = new FileProgressStore(conf, options.now, staleMs);
  store.checkAtOpen();
  return store;
}
