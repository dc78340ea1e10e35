// Scenarios are data: a setup (actions on a fresh world), a goal checked against the world and an
// app run, hints in order, a debrief with AWS documentation, and a reference solution that the
// tests apply to prove the goal can be met (as rustlings does with its exercises).

import type { Action } from '../actions/inputs.js';
import type { AppCall, AppRun, AppTarget } from '../credential-flow/types.js';
import type { World } from '../world/types.js';

export interface GoalCheck {
  met: boolean;
  /** Why it is met, or what is still missing, in plain sentences. */
  reasons: string[];
  /**
   * The reasons that already hold, when the check combines several (allOf): a goal not yet met can
   * still have parts the learner got right. Absent: every reason shares the verdict `met`.
   */
  satisfied?: string[];
}

export interface ScenarioGoal {
  description: string;
  /** The app run that proves the goal (the UI shows its timeline); undefined when there is nothing to run yet. */
  appRun(world: World): { target: AppTarget; call: AppCall } | undefined;
  check(world: World, run: AppRun | undefined): GoalCheck;
}

export interface DocLink {
  title: string;
  url: string;
}

export interface GuidedStep {
  title: string;
  explanation: string;
  action: Action;
  /**
   * Whether the world already holds what this step builds, however it got there (the guide's `n`
   * or a command the learner typed): the guide follows the world, not a replay of its own steps.
   */
  done(world: World): boolean;
}

export interface Scenario {
  id: string;
  title: string;
  summary: string;
  kind: 'guided' | 'challenge';
  /** The lesson this scenario practises. */
  lesson: string;
  setup: Action[];
  goal: ScenarioGoal;
  /** Two to four, from a nudge to the answer. */
  hints: string[];
  debrief: { takeaways: string[]; docs: DocLink[] };
  referenceSolution: Action[];
  /** Guided scenarios only: the reference solution, one explained step at a time. */
  steps?: GuidedStep[];
}
