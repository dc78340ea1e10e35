// An app in an ECS task. Before it runs, the agent pulls images and sets up logging with the task
// EXECUTION role. The app's SDK then finds AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (only set when
// the task definition has a task ROLE) and asks the agent at 169.254.170.2. Without a task role
// the chain goes on to IMDS: on the EC2 launch type a container may reach the instance's role
// there (bridge mode needs hop limit 2 for IMDSv2) unless IMDS is blocked for tasks; on Fargate
// there is no instance role to find.
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ec2-security-considerations.html

import { agentLaunch } from '../ecs/agent.js';
import { containerInstanceId } from '../ecs/registration.js';
import type { Account, Task, TaskDefinition, World } from '../world/types.js';
import type { ClientProfile } from './clients.js';
import { ecsCredentialsRelativeUri, taskRoleEvents, walkContainerEndpoint } from './ecs-endpoint.js';
import type { FoundCredentials } from './found.js';
import { walkImds } from './imds.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';

/** The agent's launch steps (image pulls, log setup) as events at the task's start time. */
export function agentEvents(world: World, account: Account, task: Task, td: TaskDefinition, tl: Timeline): void {
  const launch = agentLaunch(world, account, td, task.launchType, task.taskId, hostOf(account, task));
  for (const step of launch.steps) {
    tl.add(
      {
        actor: 'ecs-agent',
        what: step.what,
        why: step.why,
        status: step.status,
        ...(step.decision ? { decision: step.decision, detail: traceLines(step.decision) } : {}),
      },
      { at: task.startedAt },
    );
  }
}

/** The EC2 instance a task runs on (from its container instance ARN). */
export function hostOf(account: Account, task: Task): string | undefined {
  const id = task.containerInstanceArn?.split('/').pop();
  if (id === undefined) return undefined;
  return Object.values(account.instances).find((i) => containerInstanceId(i) === id)?.instanceId;
}

export function ecsCredentials(
  world: World,
  account: Account,
  task: Task,
  td: TaskDefinition,
  client: ClientProfile,
  tl: Timeline,
): FoundCredentials | undefined {
  taskRoleEvents(world, task, tl);
  const uri = ecsCredentialsRelativeUri(world, task.taskArn);
  if (uri) {
    tl.add({
      actor: 'sdk',
      what: `container credentials provider: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=${uri}`,
      why: 'set by the ECS agent because the task definition has a task role',
      status: 'ok',
    });
    const walk = walkContainerEndpoint(world, task, tl);
    return walk.ok ? { source: 'container-endpoint', session: walk.session, credentials: walk.credentials } : undefined;
  }
  tl.add({
    actor: 'sdk',
    what: 'container credentials provider: skipped',
    why: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not set: the task definition has no task role${td.executionRoleArn ? ' (the execution role is for the agent, never for the app)' : ''}`,
    status: 'skip',
  });
  if (task.launchType === 'FARGATE') {
    tl.add({
      actor: 'sdk',
      what: 'instance metadata service: nothing to find',
      why: 'a Fargate task runs on no EC2 instance of yours, so there is no instance role to fall back on',
      status: 'fail',
    });
    return undefined;
  }
  const hostId = hostOf(account, task);
  const instance = hostId ? account.instances[hostId] : undefined;
  if (!instance) {
    tl.add({
      actor: 'sdk',
      what: 'instance metadata service: no host',
      why: 'the container instance this task ran on is gone',
      status: 'fail',
    });
    return undefined;
  }
  const mode = td.networkMode;
  let blockedBecause: string | undefined;
  if (mode === 'bridge' && instance.ecs?.bridgeImdsBlocked)
    blockedBecause =
      'an iptables rule in the DOCKER-USER chain drops traffic from containers to 169.254.169.254, so bridge-mode tasks cannot reach the instance role';
  if (mode === 'awsvpc' && instance.ecs?.awsvpcBlockImds)
    blockedBecause =
      'ECS_AWSVPC_BLOCK_IMDS=true: the agent blocks IMDS for tasks in awsvpc mode, so they cannot reach the instance role';
  tl.add({
    actor: 'sdk',
    what: `tries the instance metadata service of the host ${instance.instanceId}`,
    why: `last link of the chain; a ${mode}-mode task on an EC2 container instance can reach the host's IMDS unless it is blocked, and would get the INSTANCE role, not a task role`,
    status: 'ok',
  });
  const walk = walkImds(
    { world, instance, client, extraHop: mode === 'bridge', ...(blockedBecause ? { blockedBecause } : {}) },
    tl,
  );
  return walk.ok ? { source: 'imds', session: walk.session, credentials: walk.credentials } : undefined;
}
