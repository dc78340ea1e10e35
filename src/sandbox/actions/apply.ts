// Runs actions against a world. Pure: the world passed in is never changed; a successful action
// returns a new world with the action appended to its log, a failed one returns the same world.

import { formatCommand } from '../command-line/format.js';
import { DEFAULT_PROFILE } from '../constants.js';
import { cliError, formatAwsError, sandboxError } from '../errors.js';
import type { World } from '../world/types.js';
import type { Action } from './inputs.js';
import { verbs } from './registry.js';
import type { ActionResult, RunOutput, VerbSpec } from './types.js';

export function applyAction(world: World, action: Action): ActionResult {
  const spec = verbs[action.verb] as VerbSpec | undefined;
  let command: string;
  try {
    command = spec ? formatCommand(action) : String(action.verb);
  } catch {
    command = String(action.verb);
  }
  const fail = (out: Extract<RunOutput, { ok: false }>): ActionResult => ({
    world,
    action,
    command,
    outcome: { ok: false, error: out.error, line: formatAwsError(spec?.operation ?? 'Unknown', out.error) },
  });
  if (!spec) return fail({ ok: false, error: sandboxError(`The sandbox has no command "${String(action.verb)}".`) });
  const profileName = action.profile ?? DEFAULT_PROFILE;
  const profile = world.profiles[profileName];
  if (!profile) return fail({ ok: false, error: cliError(`The config profile (${profileName}) could not be found`) });

  let out: RunOutput;
  try {
    out = spec.run(world, action.input as never, { profile, now: world.now });
  } catch (e) {
    // A bug in a handler must not surface as a stack trace: report it as the sandbox's own error.
    out = {
      ok: false,
      error: sandboxError(`The sandbox could not run this command (${e instanceof Error ? e.message : String(e)}).`),
    };
  }
  if (!out.ok) return fail(out);
  const next = out.world === world ? { ...world, log: [...world.log] } : out.world;
  next.log = [...next.log, { at: world.now, action: structuredClone(action), command }];
  const outcome: ActionResult['outcome'] = { ok: true };
  if (out.output !== undefined) outcome.output = out.output;
  if (out.notes) outcome.notes = out.notes;
  return { world: next, action, command, outcome };
}

export interface AppliedActions {
  world: World;
  results: ActionResult[];
  /** The first failed result, when `stopOnError` stopped the run. */
  failure?: ActionResult;
}

/** Applies actions in order; by default stops at the first failure. */
export function applyActions(
  world: World,
  actions: readonly Action[],
  options: { stopOnError?: boolean } = {},
): AppliedActions {
  const stop = options.stopOnError ?? true;
  let current = world;
  const results: ActionResult[] = [];
  for (const action of actions) {
    const result = applyAction(current, action);
    results.push(result);
    current = result.world;
    if (!result.outcome.ok && stop) return { world: current, results, failure: result };
  }
  return { world: current, results };
}
