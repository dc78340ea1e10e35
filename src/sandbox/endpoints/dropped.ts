// Requests whose answer "never arrives": a token reply dropped by the hop limit, or IMDS asked from
// a Fargate task that cannot reach it. On a network that is a lost packet: the client waits until
// its own timeout (1 second by default in botocore and the JavaScript SDK, longer when the learner
// sets AWS_METADATA_SERVICE_TIMEOUT) and then decides what to do. Closing the socket instead would
// show the client a closed connection (botocore: ConnectionClosedError), which real IMDS never
// causes. So the request is held open and left unanswered, within bounds that keep this process
// safe: at most MAX_HELD at once (the oldest is let go past that) and at most MAX_HOLD_MS each.

import type { ServerResponse } from 'node:http';

/** Longer than any client timeout a learner would set, short enough that nothing lingers for long. */
export const MAX_HOLD_MS = 10 * 60_000;
export const MAX_HELD = 256;

export interface DroppedRequests {
  hold(res: ServerResponse): void;
  /** How many requests are held right now. */
  count(): number;
}

export function droppedRequests(options: { maxHeld?: number; maxHoldMs?: number } = {}): DroppedRequests {
  const maxHeld = Math.max(1, options.maxHeld ?? MAX_HELD);
  const maxHoldMs = options.maxHoldMs ?? MAX_HOLD_MS;
  // Insertion order is age order: the first entry is the oldest.
  const held = new Map<ServerResponse, NodeJS.Timeout>();
  const release = (res: ServerResponse) => {
    const timer = held.get(res);
    if (timer === undefined) return;
    clearTimeout(timer);
    held.delete(res);
    res.destroy();
  };
  return {
    hold(res) {
      if (held.size >= maxHeld) release(held.keys().next().value!);
      const timer = setTimeout(() => release(res), maxHoldMs);
      timer.unref();
      held.set(res, timer);
      // The client gave up (its timeout) or the server is closing: forget it.
      res.on('close', () => {
        clearTimeout(timer);
        held.delete(res);
      });
    },
    count: () => held.size,
  };
}
