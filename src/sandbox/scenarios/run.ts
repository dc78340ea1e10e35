// Starting a scenario and checking its goal.

import { applyActions } from '../actions/apply.js';
import { runApp } from '../credential-flow/run-app.js';
import type { AppRun } from '../credential-flow/types.js';
import { createWorld } from '../world/create.js';
import type { World } from '../world/types.js';
import type { GoalCheck, Scenario } from './types.js';

/** A scenario's setup failed: a bug in the scenario's data, reported with the command that failed. */
export class ScenarioSetupError extends Error {
  override name = 'ScenarioSetupError';
}

/** A fresh world with the scenario's setup applied; the setup's log entries are marked as such. */
export function startScenario(scenario: Scenario): World {
  const applied = applyActions(createWorld(), scenario.setup);
  if (applied.failure) {
    const f = applied.failure;
    throw new ScenarioSetupError(
      `Scenario ${scenario.id}: setup command failed: ${f.command}\n${f.outcome.ok ? '' : f.outcome.line}`,
    );
  }
  return { ...applied.world, log: applied.world.log.map((entry) => ({ ...entry, origin: 'setup' as const })) };
}

export interface GoalResult extends GoalCheck {
  /** The app run the goal was judged on, for the timeline view. */
  run?: AppRun;
}

export function checkGoal(scenario: Scenario, world: World): GoalResult {
  const spec = scenario.goal.appRun(world);
  const run = spec ? runApp(world, spec.target, spec.call) : undefined;
  const result = scenario.goal.check(world, run);
  return run ? { ...result, run } : result;
}
