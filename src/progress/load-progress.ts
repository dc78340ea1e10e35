// Reading the progress file through conf and sorting the result into usable, absent or broken.
import type Conf from 'conf';
import { ProgressReadError } from './errors.js';
import { upgradeProgress } from './migrations/index.js';
import { CURRENT_VERSION, type ProgressData } from './schema.js';

export type RawConf = Conf<Record<string, unknown>>;

export type Loaded =
  | { kind: 'ok'; data: ProgressData; fromVersion: number }
  | { kind: 'empty' }
  /** `why` completes "Your progress file was unreadable (...)"; `hint` is a sentence after it. */
  | { kind: 'problem'; why: string; hint?: string };

export function isSyntaxError(error: unknown): boolean {
  return error instanceof SyntaxError || (error as Error | null)?.name === 'SyntaxError';
}

export const NOT_JSON = 'it is not valid JSON';

/** One fresh read from disk (conf's `store` getter reads the file every time). */
export function loadProgress(conf: RawConf, nowMs: number): Loaded {
  let raw: Record<string, unknown>;
  try {
    raw = conf.store;
  } catch (error) {
    if (isSyntaxError(error)) return { kind: 'problem', why: NOT_JSON };
    throw new ProgressReadError(conf.path, error);
  }
  // conf returns {} for a missing file; an empty object holds no progress either way.
  if (Object.keys(raw).length === 0) return { kind: 'empty' };
  const result = upgradeProgress(raw, { nowMs });
  switch (result.kind) {
    case 'ok':
      return result;
    case 'newer':
      return {
        kind: 'problem',
        why: `it was written by a newer iam-tutor, format ${result.version}; this one reads format ${CURRENT_VERSION}`,
        hint: 'Update iam-tutor and move that file back to keep its progress.',
      };
    case 'invalid':
      return {
        kind: 'problem',
        why: `it does not match the progress format: ${result.issues[0] ?? 'unknown problem'}`,
      };
  }
}
