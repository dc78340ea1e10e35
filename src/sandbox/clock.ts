// The world's simulated clock. Nothing in the sandbox reads the machine's time: the clock moves
// only when told to, so credential expiry and rotation can be fast-forwarded and replayed.

import { parseDuration } from './time.js';
import type { World } from './world/types.js';

export function now(world: World): number {
  return world.now;
}

/** A new world whose clock is `ms` later; the clock never goes back. */
export function advanceClock(world: World, ms: number): World {
  if (!Number.isFinite(ms) || ms <= 0) return world;
  return { ...world, now: world.now + ms };
}

export type ClockAdvance = { ok: true; world: World } | { ok: false; message: string };

/** Advances by a typed duration such as "50m" or "2h". Not logged: use the `clock advance` action for that. */
export function advanceClockBy(world: World, duration: string): ClockAdvance {
  const parsed = parseDuration(duration);
  return parsed.ok ? { ok: true, world: advanceClock(world, parsed.ms) } : { ok: false, message: parsed.message };
}
