// Pieces of goal checks: run the app on a target, and turn its outcome into sentences.

import type { DecisionValue } from '../../iam/index.js';
import type { AppCall, AppRun, AppTarget } from '../credential-flow/types.js';
import { evaluateForSession, roleSession } from '../sessions.js';
import { instanceArn } from '../world/arns.js';
import type { World } from '../world/types.js';
import type { GoalCheck, ScenarioGoal } from './types.js';

export function instanceTarget(instanceId: string, call: AppCall): ScenarioGoal['appRun'] {
  return (world: World) =>
    Object.values(world.accounts).some((a) => a.instances[instanceId])
      ? { target: { instanceId } as AppTarget, call }
      : undefined;
}

/** One sentence about what happened to the app's call. */
export function describeRun(run: AppRun | undefined): string {
  if (!run) return 'The app has nothing to run on yet.';
  const o = run.outcome;
  switch (o.result) {
    case 'allowed':
      return `The call succeeded as ${o.principalArn}.`;
    case 'no-credentials':
      return `The app found no credentials (${o.error?.code}: ${o.error?.message}).`;
    case 'expired':
      return `The app's credentials had expired (${o.error?.code}).`;
    case 'denied':
      return `The call was refused: ${o.error?.code}: ${o.error?.message}`;
    default:
      return `The call failed: ${o.error?.code}: ${o.error?.message}`;
  }
}

export function callAllowed(run: AppRun | undefined, what: string): GoalCheck {
  const ok = run?.outcome.result === 'allowed';
  return { met: ok, reasons: [ok ? `${what}: yes. ${describeRun(run)}` : `${what}: not yet. ${describeRun(run)}`] };
}

/** All checks must hold; reasons from every check are kept, failures first, each knowing if it holds. */
export function allOf(...checks: GoalCheck[]): GoalCheck {
  const failing = checks.filter((c) => !c.met).flatMap((c) => c.reasons);
  const passing = checks.filter((c) => c.met).flatMap((c) => c.reasons);
  const satisfied = checks.flatMap((c) => (c.met ? c.reasons : (c.satisfied ?? [])));
  return { met: failing.length === 0, reasons: [...failing, ...passing], satisfied };
}

export function condition(met: boolean, ok: string, notOk: string): GoalCheck {
  return { met, reasons: [met ? ok : notOk] };
}

/** What IAM decides for a call made with a role's credentials from an instance (no app run needed). */
export function instanceRoleDecision(
  world: World,
  account: string,
  roleName: string,
  instanceId: string,
  call: AppCall,
): DecisionValue | undefined {
  const acct = world.accounts[account];
  const role = acct?.roles[roleName];
  if (!acct || !role) return undefined;
  const session = roleSession(acct, role, instanceId, { 'ec2:SourceInstanceARN': instanceArn(account, instanceId) });
  return evaluateForSession(world, session, call).decision;
}
