// The host's view of the class as a pure reducer: (state, action) -> state. The journal on disk
// is the list of actions, so a restarted host replays it through `reduceClass` and gets the same
// class back. Events are applied exactly once and in each attendee's sequence order: a duplicate
// (same attendee and seq) is ignored, and an event that arrives before its predecessors waits in
// `pending` until the gap is filled.
import type { WireEvent } from './protocol.js';

/** Held events per attendee waiting for a gap to fill; beyond this the newest are dropped (the sender resends). */
export const MAX_PENDING_PER_ATTENDEE = 500;

export interface AttendeeState {
  id: string;
  /** Sanitised and unique in the class. */
  name: string;
  joinedAt: number;
  /** The highest seq applied: every event 1..appliedSeq is in `events`, in order. */
  appliedSeq: number;
  events: WireEvent[];
  /** Received ahead of a gap, by seq. */
  pending: Record<number, WireEvent>;
  /** When the host last applied an event of theirs (host clock), else when they joined. */
  lastProgressAt: number;
}

export interface ClassState {
  attendees: Record<string, AttendeeState>;
  /** Attendee ids in joining order. */
  order: string[];
}

export type ClassAction =
  | { kind: 'join'; attendeeId: string; name: string; at: number }
  | { kind: 'events'; attendeeId: string; events: WireEvent[]; at: number };

export function emptyClass(): ClassState {
  return { attendees: {}, order: [] };
}

export function reduceClass(state: ClassState, action: ClassAction): ClassState {
  switch (action.kind) {
    case 'join': {
      if (Object.hasOwn(state.attendees, action.attendeeId)) return state;
      const attendee: AttendeeState = {
        id: action.attendeeId,
        name: action.name,
        joinedAt: action.at,
        appliedSeq: 0,
        events: [],
        pending: {},
        lastProgressAt: action.at,
      };
      return { attendees: { ...state.attendees, [action.attendeeId]: attendee }, order: [...state.order, attendee.id] };
    }
    case 'events': {
      const before = Object.hasOwn(state.attendees, action.attendeeId) ? state.attendees[action.attendeeId] : undefined;
      if (before === undefined) return state;
      const after = applyEvents(before, action.events, action.at);
      return after === before ? state : { ...state, attendees: { ...state.attendees, [after.id]: after } };
    }
  }
}

function applyEvents(attendee: AttendeeState, incoming: readonly WireEvent[], at: number): AttendeeState {
  let pending: Record<number, WireEvent> | undefined;
  let added: WireEvent[] | undefined;
  let applied = attendee.appliedSeq;
  for (const event of incoming) {
    if (event.seq <= applied) continue;
    pending ??= { ...attendee.pending };
    if (Object.hasOwn(pending, event.seq)) continue;
    if (event.seq !== applied + 1 && Object.keys(pending).length >= MAX_PENDING_PER_ATTENDEE) continue;
    pending[event.seq] = event;
    // Drain everything now contiguous.
    while (Object.hasOwn(pending, applied + 1)) {
      added ??= [];
      added.push(pending[applied + 1]!);
      delete pending[applied + 1];
      applied++;
    }
  }
  if (pending === undefined) return attendee;
  return {
    ...attendee,
    appliedSeq: applied,
    pending,
    events: added ? [...attendee.events, ...added] : attendee.events,
    lastProgressAt: added ? at : attendee.lastProgressAt,
  };
}

/** The attendee with this name, if any (names are unique in a class). */
export function attendeeNamed(state: ClassState, name: string): AttendeeState | undefined {
  for (const id of state.order) if (state.attendees[id]!.name === name) return state.attendees[id];
  return undefined;
}

/** "alice", or "alice-2" when alice is taken. */
export function uniqueAttendeeName(state: ClassState, name: string): string {
  if (attendeeNamed(state, name) === undefined) return name;
  let n = 2;
  while (attendeeNamed(state, `${name}-${n}`) !== undefined) n++;
  return `${name}-${n}`;
}
