// The ECS agent's credentials endpoint at 169.254.170.2. When a task definition has a task role,
// ECS assumes it (the role must trust ecs-tasks.amazonaws.com), the agent keeps the credentials
// under a credential id, and sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/<id> in
// the task's containers. The SDK's container provider GETs that path. No keys are injected.
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html

import type { Decision } from '../../iam/index.js';
import { ECS_CREDENTIALS_ADDRESS } from '../constants.js';
import { fakeCredentials, rotationWindow, SANDBOX_SESSION_MS, type TemporaryCredentials } from '../credentials.js';
import { ecsCanAssume } from '../ecs/agent.js';
import { type RoleSession, roleSession } from '../sessions.js';
import { isoSeconds } from '../time.js';
import { findRoleByArn, findTask, findTaskDefinitionByArn } from '../world/lookup.js';
import type { Task, World } from '../world/types.js';
import type { Timeline } from './timeline.js';
import { traceLines } from './trace-lines.js';

export interface EcsCredentialsDocument {
  RoleArn: string;
  AccessKeyId: string;
  SecretAccessKey: string;
  Token: string;
  Expiration: string;
}

/** /v2/credentials/<id>, the value of AWS_CONTAINER_CREDENTIALS_RELATIVE_URI; undefined when the task has no task role. */
export function ecsCredentialsRelativeUri(world: World, taskArn: string): string | undefined {
  const found = findTask(world, taskArn);
  if (!found) return undefined;
  const td = findTaskDefinitionByArn(world, found.task.taskDefinitionArn);
  return td?.taskRoleArn ? `/v2/credentials/${found.task.credentialId}` : undefined;
}

export interface TaskRoleCredentials {
  document: EcsCredentialsDocument;
  credentials: TemporaryCredentials;
  session: RoleSession;
  trust: Decision;
}

export function taskRoleCredentials(world: World, taskArn: string, now: number): TaskRoleCredentials | undefined {
  const found = findTask(world, taskArn);
  if (found?.task.lastStatus !== 'RUNNING') return undefined;
  const td = findTaskDefinitionByArn(world, found.task.taskDefinitionArn);
  if (!td?.taskRoleArn) return undefined;
  const role = findRoleByArn(world, td.taskRoleArn);
  const trust = ecsCanAssume(world, td.taskRoleArn);
  if (!role || !trust.ok || !trust.decision) return undefined;
  const window = rotationWindow(found.task.startedAt, now);
  const credentials = fakeCredentials(`${role.role.arn}|${found.task.taskId}`, window.issuedAt, SANDBOX_SESSION_MS);
  return {
    document: {
      RoleArn: role.role.arn,
      AccessKeyId: credentials.accessKeyId,
      SecretAccessKey: credentials.secretAccessKey,
      Token: credentials.sessionToken,
      Expiration: isoSeconds(credentials.expiration),
    },
    credentials,
    session: roleSession(role.account, role.role, found.task.taskId),
    trust: trust.decision,
  };
}

/**
 * The JSON the agent serves at http://169.254.170.2/v2/credentials/<id> at time `now`, stable within
 * a rotation window. Undefined when the task is not running or has no usable task role.
 */
export function ecsCredentialsDocument(world: World, taskArn: string, now: number): EcsCredentialsDocument | undefined {
  return taskRoleCredentials(world, taskArn, now)?.document;
}

export type EndpointWalk = { ok: true; credentials: TemporaryCredentials; session: RoleSession } | { ok: false };

export function walkContainerEndpoint(world: World, task: Task, tl: Timeline): EndpointWalk {
  const uri = ecsCredentialsRelativeUri(world, task.taskArn)!;
  const url = `GET http://${ECS_CREDENTIALS_ADDRESS}${uri}`;
  const creds = taskRoleCredentials(world, task.taskArn, tl.t);
  if (!creds) {
    tl.add({
      actor: 'ecs-agent',
      what: 'has no credentials for this task',
      why: 'ECS can no longer assume the task role (check that it exists and trusts ecs-tasks.amazonaws.com)',
      status: 'fail',
      detail: [url, '4xx: no credentials'],
    });
    return { ok: false };
  }
  tl.add({
    actor: 'ecs-agent',
    what: `serves the task role's credentials (${creds.session.role.name})`,
    why: "the agent answers only the credential id it gave this task, so one task cannot read another task's credentials by guessing",
    status: 'ok',
    detail: [
      url,
      '200 OK',
      `RoleArn: ${creds.document.RoleArn}`,
      `AccessKeyId: ${creds.document.AccessKeyId}`,
      `Expiration: ${creds.document.Expiration}`,
    ],
  });
  return { ok: true, credentials: creds.credentials, session: creds.session };
}

/** The agent obtaining the task role's credentials when the task started. */
export function taskRoleEvents(world: World, task: Task, tl: Timeline): void {
  const td = findTaskDefinitionByArn(world, task.taskDefinitionArn);
  if (!td?.taskRoleArn) return;
  const trust = ecsCanAssume(world, td.taskRoleArn);
  tl.add(
    {
      actor: 'ecs-agent',
      what: `asks ECS for the task role's credentials (${td.taskRoleArn})`,
      why: 'the task definition names a task role: the role the code in the containers gets',
      status: 'ok',
    },
    { at: task.startedAt },
  );
  if (trust.decision) {
    tl.add(
      {
        actor: 'sts',
        what: trust.ok
          ? 'lets ecs-tasks.amazonaws.com assume the task role'
          : 'refuses ecs-tasks.amazonaws.com for the task role',
        why: trust.decision.summary,
        status: trust.ok ? 'ok' : 'fail',
        detail: traceLines(trust.decision),
        decision: trust.decision,
      },
      { at: task.startedAt },
    );
  }
  if (trust.ok) {
    tl.add(
      {
        actor: 'ecs-agent',
        what: `sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/${task.credentialId} in the containers`,
        why: 'the SDK in the container finds this variable and asks the agent for credentials; no keys are put into the container',
        status: 'ok',
      },
      { at: task.startedAt },
    );
  }
}
