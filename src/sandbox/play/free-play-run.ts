// Free play has no goal to say which app runs and what it calls, so the newest thing that runs
// code is the app, and it reads the first table (or bucket) the learner made.
import type { AppCall, AppTarget } from '../credential-flow/types.js';
import type { World } from '../world/types.js';

export interface FreePlayRun {
  target: AppTarget;
  call: AppCall;
  /** What was chosen, in a sentence for the log. */
  description: string;
}

export function freePlayRun(world: World): FreePlayRun | { missing: string } {
  const accounts = Object.values(world.accounts);
  const runners = [
    ...accounts.flatMap((a) =>
      Object.values(a.instances).map((i) => ({
        at: i.launchedAt,
        target: { instanceId: i.instanceId } as AppTarget,
        name: `instance ${i.instanceId}`,
      })),
    ),
    ...accounts.flatMap((a) =>
      Object.values(a.tasks)
        .filter((t) => t.lastStatus === 'RUNNING')
        .map((t) => ({ at: t.startedAt, target: { taskArn: t.taskArn } as AppTarget, name: `ECS task ${t.taskId}` })),
    ),
    ...accounts.flatMap((a) =>
      Object.values(a.functions).map((f) => ({
        at: f.createdAt,
        target: { functionName: f.name } as AppTarget,
        name: `Lambda function ${f.name}`,
      })),
    ),
  ];
  const runner = runners.sort((x, y) => y.at - x.at)[0];
  if (runner === undefined)
    return {
      missing:
        'There is nothing for an app to run on yet: launch an instance, run an ECS task or create a Lambda function.',
    };
  const table = accounts.flatMap((a) => Object.values(a.tables))[0];
  const bucket = accounts.flatMap((a) => Object.values(a.buckets))[0];
  const call: AppCall | undefined = table
    ? { action: 'dynamodb:GetItem', resource: table.arn }
    : bucket
      ? { action: 's3:GetObject', resource: `${bucket.arn}/example.txt` }
      : undefined;
  if (call === undefined)
    return { missing: 'The app needs something to read: create a DynamoDB table or an S3 bucket first.' };
  return {
    target: runner.target,
    call,
    description: `the app on ${runner.name} calls ${call.action} on ${call.resource}`,
  };
}
