// App runs for the flow-diagram tests: every scenario broken and solved, and the runs the timeline
// shows after fast-forward (refresh on and off) and for a Lambda function.

import {
  type AppRun,
  applyActions,
  checkGoal,
  createWorld,
  runApp,
  scenarios,
  startScenario,
} from '../../../src/sandbox/index.js';
import { ACCT, build, ec2App, GET_ORDERS, q, READ_ORDERS, TRUST_LAMBDA } from './helpers.js';

/** Every scenario's app run, in the starting (broken) world and after its reference solution. */
export function scenarioRuns(): { name: string; run: AppRun }[] {
  const runs: { name: string; run: AppRun }[] = [];
  for (const scenario of scenarios) {
    const start = startScenario(scenario);
    const solved = applyActions(start, scenario.referenceSolution);
    if (solved.failure) throw new Error(`${scenario.id}: reference solution failed at ${solved.failure.command}`);
    for (const [name, world] of [
      [`${scenario.id} (start)`, start],
      [`${scenario.id} (solved)`, solved.world],
    ] as const) {
      const run = checkGoal(scenario, world).run;
      if (run) runs.push({ name, run });
    }
  }
  return runs;
}

/** Runs the timeline shows after f (fast-forward) with refresh on and off, and a Lambda function's run. */
export function otherRuns(): { name: string; run: AppRun }[] {
  const { world, instanceId } = ec2App();
  const first = runApp(world, { instanceId }, GET_ORDERS);
  const later = { ...world, now: world.now + 7 * 60 * 60 * 1000 };
  const keep = { refresh: false, ...(first.cache ? { cache: first.cache } : {}) };
  const fn = build(
    createWorld(),
    `aws iam create-role --role-name fn-role --assume-role-policy-document ${q(TRUST_LAMBDA)}`,
    `aws iam put-role-policy --role-name fn-role --policy-name read --policy-document ${q(READ_ORDERS)}`,
    `aws lambda create-function --function-name orders-fn --runtime nodejs22.x --role arn:aws:iam::${ACCT}:role/fn-role --handler index.handler`,
  );
  return [
    { name: 'expired keys (refresh off)', run: runApp(later, { instanceId }, GET_ORDERS, keep) },
    {
      name: 'refreshed keys',
      run: runApp(later, { instanceId }, GET_ORDERS, first.cache ? { cache: first.cache } : {}),
    },
    { name: 'lambda', run: runApp(fn, { functionName: 'orders-fn' }, GET_ORDERS) },
  ];
}
