// The guided build follows the world, not a replay of its own steps: a step is done when the world
// holds what it builds, however that came about (the guide's `n` or a command typed by hand), and
// a step that held once and no longer does is broken. `n` does the first step not done now.
import type { Scenario } from '../scenarios/types.js';
import type { World } from '../world/types.js';

export type StepStatus = 'done' | 'todo' | 'broken';

/** Each step's status in this world; `reached` holds the steps that were ever done. */
export function stepStatuses(scenario: Scenario | undefined, world: World, reached: readonly number[]): StepStatus[] {
  return (scenario?.steps ?? []).map((step, index) =>
    step.done(world) ? 'done' : reached.includes(index) ? 'broken' : 'todo',
  );
}

/** The step `n` does: the first one not done now (broken or never done). */
export function nextUndone(statuses: readonly StepStatus[]): number | undefined {
  const index = statuses.findIndex((status) => status !== 'done');
  return index === -1 ? undefined : index;
}

/** The steps ever done, including those done now. */
export function reachedAfter(reached: readonly number[], statuses: readonly StepStatus[]): number[] {
  const now = statuses.flatMap((status, index) => (status === 'done' ? [index] : []));
  return [...new Set([...reached, ...now])].sort((a, b) => a - b);
}

/** What changed for the guide between two worlds, as sentences for the log. */
export function guideNotes(scenario: Scenario | undefined, before: StepStatus[], after: StepStatus[]): string[] {
  const steps = scenario?.steps ?? [];
  return after.flatMap((status, index) => {
    const title = steps[index]!.title;
    if (status === 'done' && before[index] !== 'done') return [`✓ Step ${index + 1} done: ${title}.`];
    if (status === 'broken' && before[index] === 'done')
      return [`✗ Step ${index + 1} no longer holds: ${title}. n does it again, or fix it by hand.`];
    return [];
  });
}
