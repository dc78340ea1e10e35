// aws ecs run-task: start a task on the cluster's container instances (EC2) or on Fargate. ECS must
// be able to assume the task role and the execution role (both trust ecs-tasks.amazonaws.com);
// then the agent pulls images and sets up logging with the execution role, and a failure there
// stops the task with a reason. A bare family name runs its latest ACTIVE revision; a deregistered
// (INACTIVE) revision runs no new tasks.
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html

import { authorizeProfile } from '../authorize.js';
import { agentLaunch, ecsCanAssume } from '../ecs/agent.js';
import { containerInstancesOf } from '../ecs/registration.js';
import { awsError } from '../errors.js';
import { newId } from '../ids.js';
import { clusterArn, taskArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { findTaskDefinition } from '../world/lookup.js';
import type { LaunchType, Task } from '../world/types.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const runTask: VerbSpec<'ecs run-task'> = {
  verb: 'ecs run-task',
  operation: 'RunTask',
  summary: 'Run a task from a task definition on a cluster.',
  mutates: true,
  params: [
    { flag: '--cluster', key: 'cluster', kind: 'string' },
    { flag: '--task-definition', key: 'taskDefinition', kind: 'string', required: true },
    { flag: '--launch-type', key: 'launchType', kind: 'string' },
    { flag: '--count', key: 'count', kind: 'integer' },
    { flag: '--network-configuration', key: 'networkConfiguration', kind: 'string' },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const td = findTaskDefinition(account, input.taskDefinition);
    const denied = authorizeProfile(
      world,
      ctx.profile,
      {
        action: 'ecs:RunTask',
        resource: td?.arn ?? `arn:aws:ecs:${world.region}:${account.id}:task-definition/${input.taskDefinition}`,
      },
      'ecs',
    );
    if (denied) return failed(denied);
    const clusterName = input.cluster ?? 'default';
    if (!account.clusters[clusterName])
      return failed(
        awsError('ClusterNotFoundException', 'Cluster not found.', {
          hint: `Create it with aws ecs create-cluster --cluster-name ${clusterName}.`,
        }),
      );
    if (!td) return failed(awsError('ClientException', 'TaskDefinition not found.'));
    if (td.status === 'INACTIVE') {
      return failed(
        awsError('InvalidParameterException', 'TaskDefinition is inactive', {
          hint: `${td.family}:${td.revision} was deregistered: register a new revision to run tasks again.`,
        }),
      );
    }
    const launchType = (input.launchType ?? 'EC2') as LaunchType;
    if (launchType !== 'EC2' && launchType !== 'FARGATE')
      return failed(
        awsError(
          'InvalidParameterException',
          `launchType must be EC2 or FARGATE in the sandbox (got ${input.launchType}).`,
        ),
      );
    const compat = td.requiresCompatibilities.length > 0 ? td.requiresCompatibilities : ['EC2'];
    if (!compat.includes(launchType))
      return failed(
        awsError('InvalidParameterException', `Task definition does not support launch_type ${launchType}.`),
      );
    if (td.networkMode === 'awsvpc' && !input.networkConfiguration) {
      return failed(
        awsError(
          'InvalidParameterException',
          "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
          {
            hint: 'Add --network-configuration "awsvpcConfiguration={subnets=[subnet-0abc],securityGroups=[sg-0abc]}".',
          },
        ),
      );
    }
    const count = input.count ?? 1;
    if (count < 1 || count > 5)
      return failed(awsError('InvalidParameterException', `The sandbox runs 1 to 5 tasks at a time (got ${count}).`));
    const hosts = launchType === 'EC2' ? containerInstancesOf(world, account, clusterName) : [];
    if (launchType === 'EC2' && hosts.length === 0) {
      return failed(
        awsError('InvalidParameterException', 'No Container Instances were found in your cluster.', {
          hint: `Launch an instance with ECS_CLUSTER=${clusterName} in its user data and an instance profile whose role has AmazonEC2ContainerServiceforEC2Role, or use --launch-type FARGATE.`,
        }),
      );
    }
    for (const arn of [td.taskRoleArn, td.executionRoleArn]) {
      if (arn === undefined) continue;
      if (!ecsCanAssume(world, arn).ok) {
        return failed(
          awsError(
            'ClientException',
            `ECS was unable to assume the role '${arn}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.`,
            { hint: 'Task roles and task execution roles must trust the service principal ecs-tasks.amazonaws.com.' },
          ),
        );
      }
    }

    const draft = draftOf(world);
    const target = profileAccount(draft, ctx);
    const tasks: Task[] = [];
    const notes: string[] = [];
    for (let i = 0; i < count; i++) {
      const taskId = newId(draft, 'task');
      const host = hosts.length > 0 ? hosts[i % hosts.length] : undefined;
      const agent = agentLaunch(draft, target, td, launchType, taskId, host?.instanceId);
      const task: Task = {
        taskArn: taskArn(target.id, clusterName, taskId),
        taskId,
        clusterName,
        taskDefinitionArn: td.arn,
        launchType,
        startedAt: ctx.now,
        lastStatus: agent.stoppedReason ? 'STOPPED' : 'RUNNING',
        credentialId: newId(draft, 'credential'),
      };
      if (host) task.containerInstanceArn = host.arn;
      if (agent.stoppedReason) {
        task.stoppedReason = agent.stoppedReason;
        notes.push(`Task ${taskId} stopped: ${agent.stoppedReason}`);
      }
      target.tasks[task.taskArn] = task;
      tasks.push(task);
    }
    return done(
      draft,
      {
        tasks: tasks.map((t) => ({
          taskArn: t.taskArn,
          clusterArn: clusterArn(target.id, clusterName),
          taskDefinitionArn: t.taskDefinitionArn,
          launchType: t.launchType,
          ...(t.containerInstanceArn ? { containerInstanceArn: t.containerInstanceArn } : {}),
          lastStatus: 'PROVISIONING',
          desiredStatus: 'RUNNING',
        })),
        failures: [],
      },
      notes,
    );
  },
};
