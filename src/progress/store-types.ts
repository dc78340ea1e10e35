import type { ProgressData } from './schema.js';

export interface ProgressStore {
  /** The progress file (`progress.json` in the data dir); ':memory:' for the in-memory store. */
  readonly path: string;
  /**
   * Set when this store had to set a broken progress file aside: says where it went. Show it
   * to the learner once; only the process that moved the file has it.
   */
  readonly notice: string | undefined;
  /** The clock the store stamps changes with (epoch milliseconds). */
  now(): number;
  /** The current data, read fresh from disk (another instance may have written since). */
  read(): ProgressData;
  /**
   * Locks, re-reads from disk, lets `mutator` change the data in place, validates it, writes
   * it atomically and unlocks. Returns what was written. Throws ProgressWriteError (nothing
   * changed on disk), ProgressLockError or ProgressDataError (the mutator broke the schema).
   */
  update(mutator: (draft: ProgressData) => void, options?: UpdateOptions): ProgressData;
}

export interface UpdateOptions {
  /**
   * The mutator never changes an answer already in the log (appending is fine). The store then
   * shares the existing records with the draft and validates only new ones: on a store of 470k
   * answers, cloning and validating them all took seconds per save.
   */
  keepsAnswers?: boolean;
}

/** What the small helpers (recordAnswer, completeLesson...) need from a store. */
export type ProgressWriter = Pick<ProgressStore, 'update' | 'now'>;

/** For helpers whose mutator only appends answers, if it touches them at all. */
export const KEEPS_ANSWERS: UpdateOptions = Object.freeze({ keepsAnswers: true });
