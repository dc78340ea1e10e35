// Collects events with a moving simulated time: every step takes a millisecond, a timeout takes
// its full length.

import type { FlowEvent } from './types.js';

export class Timeline {
  readonly events: FlowEvent[] = [];

  constructor(public t: number) {}

  /** Adds an event at the current time (or at `at` for something that happened earlier) and moves time on. */
  add(event: Omit<FlowEvent, 'at'>, options: { at?: number; takesMs?: number } = {}): FlowEvent {
    const e: FlowEvent = { at: options.at ?? this.t, ...event };
    this.events.push(e);
    if (options.at === undefined) this.t += options.takesMs ?? 1;
    return e;
  }
}
