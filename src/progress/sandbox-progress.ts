import type { ChallengeProgress, ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';
import { ownEntry } from './proto-keys.js';
import { toIso } from './time.js';

function challengeEntry(draft: ProgressData, scenarioId: string): ChallengeProgress {
  let entry = ownEntry(draft.sandbox.challenges, scenarioId);
  if (entry === undefined) {
    entry = { completed: false, hintsUsed: 0 };
    draft.sandbox.challenges[scenarioId] = entry;
  }
  return entry;
}

/**
 * Marks a sandbox challenge solved; the first completion time is kept, the solved world (when
 * given) is the newest, so reopening the scenario can show it.
 */
export function completeChallenge(
  store: ProgressWriter,
  scenarioId: string,
  solvedWorld?: Record<string, unknown>,
): ProgressData {
  const nowIso = toIso(store.now());
  return store.update((draft) => {
    const entry = challengeEntry(draft, scenarioId);
    entry.completed = true;
    entry.completedAt ??= nowIso;
    if (solvedWorld !== undefined) entry.solvedWorld = solvedWorld;
  }, KEEPS_ANSWERS);
}

export function recordHintUsed(store: ProgressWriter, scenarioId: string): ProgressData {
  return store.update((draft) => {
    challengeEntry(draft, scenarioId).hintsUsed += 1;
  }, KEEPS_ANSWERS);
}

/** Counts a goal check that found the goal not met yet (a live class hears of each one). */
export function recordFailedCheck(store: ProgressWriter, scenarioId: string): ProgressData {
  return store.update((draft) => {
    const entry = challengeEntry(draft, scenarioId);
    entry.checksFailed = (entry.checksFailed ?? 0) + 1;
  }, KEEPS_ANSWERS);
}

/** Keeps the sandbox world to resume later, or forgets it with null. */
export function setLastWorld(store: ProgressWriter, world: Record<string, unknown> | null): ProgressData {
  return store.update((draft) => {
    draft.sandbox.lastWorld = world;
  }, KEEPS_ANSWERS);
}
