// The live class's agenda timer, pure: time is passed in. The pack gives the whole session's
// length and, for some steps, their own (`minutes`); steps are planned back to back from the
// start of the class, so "now" falls in one planned step, and the step the room is on can be
// compared with its planned end.
import type { Workshop } from '../schema.js';

export interface PlannedStep {
  /** Minutes from the start of the class. */
  start: number;
  end: number;
}

export interface AgendaClock {
  /** Whole seconds since the class started (never negative). */
  elapsedSeconds: number;
  /** The session's planned length in minutes. */
  plannedMinutes: number;
  /** Per agenda step, when it is planned; undefined for a step without its own minutes. */
  plan: (PlannedStep | undefined)[];
  /** The step the plan says the class should be on now (0-based), if the pack times its steps. */
  plannedStep?: number;
}

export function agendaClock(
  workshop: Pick<Workshop, 'minutes' | 'agenda'>,
  startedAt: number,
  nowMs: number,
): AgendaClock {
  const elapsedSeconds = Math.max(0, Math.floor((nowMs - startedAt) / 1000));
  let at = 0;
  const plan = workshop.agenda.map((step): PlannedStep | undefined => {
    if (step.minutes === undefined) return undefined;
    const planned = { start: at, end: at + step.minutes };
    at = planned.end;
    return planned;
  });
  const clock: AgendaClock = { elapsedSeconds, plannedMinutes: workshop.minutes, plan };
  const minutes = elapsedSeconds / 60;
  const now = plan.findIndex((p) => p !== undefined && minutes >= p.start && minutes < p.end);
  if (now >= 0) clock.plannedStep = now;
  return clock;
}

/** Minutes the step has run over its planned end (0 when not over, undefined when not timed). */
export function minutesOverPlan(clock: AgendaClock, step: number): number | undefined {
  const planned = clock.plan[step];
  if (planned === undefined) return undefined;
  return Math.max(0, Math.floor(clock.elapsedSeconds / 60 - planned.end));
}

/** "1:05:09" or "5:09". */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
