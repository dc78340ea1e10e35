// Version 1 -> 2 (issue #16): adds the empty `bookmarks` list and `quiz.practiceInProgress`.
// Everything else is kept as it was: attempts of version 1 have no `items` and stay valid (they
// are listed but cannot be reopened question by question), and no setting is invented.
import type { MigrationContext } from './types.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateFromV1(old: unknown, _context: MigrationContext): unknown {
  // A broken version-1 file passes through unchanged but for the version, so the schema's
  // message names its real problem ("lessons: expected an object") rather than ours.
  if (!isObject(old)) return old;
  return {
    ...old,
    version: 2,
    ...(isObject(old.quiz) ? { quiz: { ...old.quiz, practiceInProgress: null } } : {}),
    bookmarks: [],
  };
}
