// What the ECS agent (or Fargate) does before the app starts, with which credentials:
// - pulls each image: a private ECR image needs ecr:GetAuthorizationToken and the layer/image
//   reads, made with the task EXECUTION role (or, for the EC2 launch type without one, the
//   container instance's role);
// - sets up the awslogs driver: logs:CreateLogStream and logs:PutLogEvents, same credentials;
// - obtains the task ROLE's credentials and serves them at 169.254.170.2 for the app.
// On Fargate there is no instance role to fall back on, which is why Fargate insists on an
// execution role for ECR images and awslogs.
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html

import { canAssumeRole, type Decision } from '../../iam/index.js';
import { REGION } from '../constants.js';
import { denialReason } from '../denial.js';
import { evaluateForSession, type RoleSession, roleSession } from '../sessions.js';
import { instanceArn } from '../world/arns.js';
import { findRoleByArn, instanceProfileOf } from '../world/lookup.js';
import type { Account, LaunchType, TaskDefinition, World } from '../world/types.js';
import { imageSource } from './images.js';

export interface AgentStep {
  what: string;
  why: string;
  status: 'ok' | 'fail' | 'skip';
  /** Whose credentials the step used. */
  credentials?: string;
  decision?: Decision;
}

export interface AgentOutcome {
  steps: AgentStep[];
  /** Set when the task cannot start. */
  stoppedReason?: string;
}

/** Can ECS obtain credentials for this role (trust must name ecs-tasks.amazonaws.com)? */
export function ecsCanAssume(world: World, arn: string): { ok: boolean; decision?: Decision } {
  const found = findRoleByArn(world, arn);
  if (!found) return { ok: false };
  const decision = canAssumeRole({
    role: { arn, trustPolicy: found.role.trustPolicy },
    caller: { service: 'ecs-tasks.amazonaws.com' },
    now: world.now,
  });
  return { ok: decision.decision === 'Allow', decision };
}

interface AgentCredentials {
  session: RoleSession;
  label: string;
}

function agentCredentials(
  world: World,
  account: Account,
  td: TaskDefinition,
  launchType: LaunchType,
  taskId: string,
  hostInstanceId?: string,
): AgentCredentials | undefined {
  if (td.executionRoleArn) {
    const found = findRoleByArn(world, td.executionRoleArn);
    if (!found) return undefined;
    return { session: roleSession(found.account, found.role, taskId), label: `task execution role ${found.role.name}` };
  }
  if (launchType === 'EC2' && hostInstanceId) {
    const instance = account.instances[hostInstanceId];
    const role = instance ? instanceProfileOf(world, instance).role : undefined;
    if (instance && role) {
      return {
        session: roleSession(account, role, instance.instanceId, {
          'ec2:SourceInstanceARN': instanceArn(account.id, instance.instanceId),
        }),
        label: `container instance role ${role.name} (no execution role, so the agent uses the instance's own credentials)`,
      };
    }
  }
  return undefined;
}

function check(
  world: World,
  creds: AgentCredentials,
  actions: string[],
  resourceFor: (action: string) => string,
): { ok: true } | { ok: false; decision: Decision; message: string } {
  for (const action of actions) {
    const resource = resourceFor(action);
    const decision = evaluateForSession(world, creds.session, { action, resource });
    if (decision.decision !== 'Allow') {
      return {
        ok: false,
        decision,
        message: `AccessDeniedException: User: ${creds.session.arn} is not authorized to perform: ${action} on resource: ${resource} ${denialReason(decision, action)}`,
      };
    }
  }
  return { ok: true };
}

const ECR_ACTIONS = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchCheckLayerAvailability',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
];
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

export function agentLaunch(
  world: World,
  account: Account,
  td: TaskDefinition,
  launchType: LaunchType,
  taskId: string,
  hostInstanceId?: string,
): AgentOutcome {
  const steps: AgentStep[] = [];
  const creds = agentCredentials(world, account, td, launchType, taskId, hostInstanceId);
  for (const container of td.containerDefinitions) {
    const source = imageSource(container.image);
    if (source.kind === 'public') {
      steps.push({
        what: `pull image ${container.image}`,
        why: 'a public image: no AWS credentials are needed to pull it',
        status: 'skip',
      });
    } else if (!creds) {
      const why =
        launchType === 'FARGATE'
          ? 'Fargate has no instance role to fall back on: without a task execution role nobody can authenticate to Amazon ECR'
          : 'neither a task execution role nor a container instance role is available to authenticate to Amazon ECR';
      steps.push({ what: `pull image ${container.image}`, why, status: 'fail' });
      return {
        steps,
        stoppedReason: `CannotPullContainerError: pull image ${container.image}: no credentials to authenticate to Amazon ECR (the task definition has no execution role)`,
      };
    } else {
      const result = check(world, creds, ECR_ACTIONS, (a) =>
        a === 'ecr:GetAuthorizationToken' ? '*' : source.repositoryArn,
      );
      if (!result.ok) {
        steps.push({
          what: `pull image ${container.image}`,
          why: `pulled with the ${creds.label}, which may not read the repository`,
          status: 'fail',
          credentials: creds.session.arn,
          decision: result.decision,
        });
        return { steps, stoppedReason: `CannotPullContainerError: pull image ${container.image}: ${result.message}` };
      }
      steps.push({
        what: `pull image ${container.image}`,
        why: `authenticated to Amazon ECR with the ${creds.label}`,
        status: 'ok',
        credentials: creds.session.arn,
      });
    }

    const log = container.logConfiguration;
    if (log?.logDriver !== 'awslogs') continue;
    const group = log.options['awslogs-group'] ?? '';
    const stream = `${log.options['awslogs-stream-prefix'] ?? 'ecs'}/${container.name}/${taskId}`;
    const groupArn = `arn:aws:logs:${log.options['awslogs-region'] ?? REGION}:${account.id}:log-group:${group}`;
    if (!creds) {
      steps.push({
        what: `send logs to CloudWatch Logs group ${group}`,
        why: 'no execution role (and no instance role) to write logs with',
        status: 'fail',
      });
      return {
        steps,
        stoppedReason:
          'ResourceInitializationError: failed to validate logger args: no credentials to write to CloudWatch Logs (the task definition has no execution role)',
      };
    }
    const result = check(world, creds, LOG_ACTIONS, (a) =>
      a === 'logs:CreateLogStream' ? groupArn : `${groupArn}:log-stream:${stream}`,
    );
    if (!result.ok) {
      steps.push({
        what: `send logs to CloudWatch Logs group ${group}`,
        why: `the awslogs driver writes with the ${creds.label}`,
        status: 'fail',
        credentials: creds.session.arn,
        decision: result.decision,
      });
      return { steps, stoppedReason: `ResourceInitializationError: failed to validate logger args: ${result.message}` };
    }
    steps.push({
      what: `send logs to CloudWatch Logs group ${group}`,
      why: `the awslogs driver writes with the ${creds.label}`,
      status: 'ok',
      credentials: creds.session.arn,
    });
  }
  return { steps };
}
