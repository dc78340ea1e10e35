// Which world `iam-tutor sandbox export` exports: the scenario's checked reference solution
// (--solved), else the learner's saved world when the progress store holds one for that scenario,
// else the scenario as it starts. The saved record comes from a file and is checked before use.

import { applyActions } from '../actions/apply.js';
import { getScenario } from '../scenarios/registry.js';
import { startScenario } from '../scenarios/run.js';
import type { World } from '../world/types.js';

export type WorldSource = 'solved' | 'saved' | 'start';

export interface ChosenWorld {
  world: World;
  source: WorldSource;
}

/** The world in a saved sandbox record (progress `sandbox.lastWorld`) when it belongs to `scenarioId`. */
export function savedWorldOf(saved: unknown, scenarioId: string): World | undefined {
  if (saved === null || typeof saved !== 'object') return undefined;
  const record = saved as Record<string, unknown>;
  if (record.scenarioId !== scenarioId) return undefined;
  const world = record.world as Partial<World> | null | undefined;
  if (world === null || typeof world !== 'object') return undefined;
  const objects = [world.accounts, world.profiles, world.files] as unknown[];
  if (world.schema !== 1 || objects.some((o) => o === null || typeof o !== 'object')) return undefined;
  return world as World;
}

/** The world to export, or undefined for a scenario id the sandbox does not have. */
export function worldToExport(
  scenarioId: string,
  options: { solved: boolean; saved?: unknown },
): ChosenWorld | undefined {
  const scenario = getScenario(scenarioId);
  if (!scenario) return undefined;
  if (options.solved)
    return { world: applyActions(startScenario(scenario), scenario.referenceSolution).world, source: 'solved' };
  const saved = savedWorldOf(options.saved, scenarioId);
  if (saved) return { world: saved, source: 'saved' };
  return { world: startScenario(scenario), source: 'start' };
}
