// A long-running app over simulated time: the same call every `everyMs`, with the SDK's cache
// carried from run to run. With refresh on (what SDKs do) the app picks up rotated credentials
// before the old ones expire; with refresh off it keeps its first keys until they expire and the
// service answers ExpiredToken.

import type { World } from '../world/types.js';
import { runApp } from './run-app.js';
import type { AppCall, AppRun, AppTarget, SdkCache } from './types.js';

export interface RefreshOptions {
  /** How many calls to make (the first at the world's current time). */
  runs: number;
  everyMs: number;
  /** Default true. */
  refresh?: boolean;
  cache?: SdkCache;
}

export interface TimedRun extends AppRun {
  at: number;
}

export function refreshTimeline(world: World, target: AppTarget, call: AppCall, options: RefreshOptions): TimedRun[] {
  const out: TimedRun[] = [];
  let cache = options.cache;
  for (let i = 0; i < Math.max(0, options.runs); i++) {
    const at = world.now + i * options.everyMs;
    const run = runApp({ ...world, now: at }, target, call, {
      refresh: options.refresh ?? true,
      ...(cache ? { cache } : {}),
    });
    out.push({ at, ...run });
    if (run.cache) cache = run.cache;
  }
  return out;
}
