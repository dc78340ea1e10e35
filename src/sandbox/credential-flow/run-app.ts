// runApp: an app on an instance, in an ECS task or in a Lambda function makes one API call. The
// result is the timeline of how it got credentials (or failed to), the IAM decision on the call,
// and the SDK's credential cache to carry into the next run.

import { type RoleSession, roleSession } from '../sessions.js';
import { formatDuration, isoSeconds } from '../time.js';
import { findFunction, findInstance, findRoleByArn, findTask, findTaskDefinitionByArn } from '../world/lookup.js';
import type { AppClient, AppConfig, World } from '../world/types.js';
import { assumeAppRole } from './assume-step.js';
import { CLIENTS, type ClientProfile } from './clients.js';
import { ec2Credentials } from './ec2-flow.js';
import { agentEvents, ecsCredentials } from './ecs-flow.js';
import type { FoundCredentials } from './found.js';
import { lambdaCredentials } from './lambda-flow.js';
import { callService } from './service-call.js';
import { Timeline } from './timeline.js';
import type { AppCall, AppOutcome, AppRun, AppTarget, RunOptions, SdkCache } from './types.js';

export function targetKey(target: AppTarget): string {
  if ('instanceId' in target) return target.instanceId;
  if ('taskArn' in target) return target.taskArn;
  return target.functionName;
}

function lambdaClient(runtime: string): AppClient {
  if (runtime.startsWith('python')) return 'boto3';
  return 'js-v3';
}

function failedRun(tl: Timeline, code: string, message: string): AppRun {
  return { events: tl.events, outcome: { result: 'failed', error: { code, message } } };
}

function chainPreamble(client: ClientProfile, tl: Timeline): void {
  for (const step of client.before)
    tl.add({ actor: 'sdk', what: `${step.provider}: skipped`, why: step.skipBecause, status: 'skip' });
}

/** Rebuilds the session behind cached credentials from the current world. */
function sessionFromCache(world: World, cache: SdkCache): RoleSession | undefined {
  const found = findRoleByArn(world, cache.roleArn);
  return found ? roleSession(found.account, found.role, cache.sessionName, cache.context) : undefined;
}

function toCache(target: string, found: FoundCredentials): SdkCache {
  const cache: SdkCache = {
    target,
    source: found.source,
    roleArn: found.session.role.arn,
    sessionName: found.session.sessionName,
    credentials: found.credentials,
  };
  const context = found.session.context;
  if (context) cache.context = Object.fromEntries(Object.entries(context).map(([k, v]) => [k, String(v)]));
  return cache;
}

export function runApp(world: World, target: AppTarget, call: AppCall, options: RunOptions = {}): AppRun {
  const tl = new Timeline(world.now);
  const key = targetKey(target);

  // Where the app runs and how it is configured.
  let app: AppConfig;
  let client: ClientProfile;
  let find: () => FoundCredentials | { error: { code: string; message: string } } | undefined;
  if ('instanceId' in target) {
    const found = findInstance(world, target.instanceId);
    if (!found) return failedRun(tl, 'SandboxError', `There is no instance ${target.instanceId}.`);
    app = found.instance.app;
    client = CLIENTS[app.client];
    find = () => ec2Credentials(world, found.instance, client, tl);
  } else if ('taskArn' in target) {
    const found = findTask(world, target.taskArn);
    const td = found ? findTaskDefinitionByArn(world, found.task.taskDefinitionArn) : undefined;
    if (!found || !td) return failedRun(tl, 'SandboxError', `There is no task ${target.taskArn}.`);
    agentEvents(world, found.account, found.task, td, tl);
    if (found.task.lastStatus === 'STOPPED') {
      tl.add({
        actor: 'ecs-agent',
        what: 'the task stopped before the app started',
        why: found.task.stoppedReason ?? 'the task stopped',
        status: 'fail',
      });
      return failedRun(tl, 'TaskStopped', found.task.stoppedReason ?? 'The task is stopped.');
    }
    app = td.app;
    client = CLIENTS[app.client];
    find = () => ecsCredentials(world, found.account, found.task, td, client, tl);
  } else {
    const found = findFunction(world, target.functionName);
    if (!found) return failedRun(tl, 'ResourceNotFoundException', `Function not found: ${target.functionName}`);
    app = { client: lambdaClient(found.fn.runtime), runtime: 'container' };
    client = CLIENTS[app.client];
    find = () => lambdaCredentials(world, found.fn, tl);
  }

  tl.add({
    actor: 'sdk',
    what: `the app calls ${call.action}; the ${client.label} needs credentials`,
    why: 'every AWS request must be signed, so the SDK walks its default credential provider chain',
    status: 'ok',
  });

  let base: FoundCredentials | undefined;
  const cache = options.cache?.target === key ? options.cache : undefined;
  const refresh = options.refresh ?? true;
  if (cache) {
    const remaining = cache.credentials.expiration - tl.t;
    const session = sessionFromCache(world, cache);
    if (session && (!refresh || remaining > client.refreshBeforeMs)) {
      tl.add({
        actor: 'sdk',
        what: `uses cached credentials ${cache.credentials.accessKeyId}`,
        why:
          remaining > 0
            ? `they are still valid for ${formatDuration(remaining)}${refresh ? `, more than the ${formatDuration(client.refreshBeforeMs)} before expiry when the SDK refreshes` : ' and this app never fetches new ones'}`
            : `they expired at ${isoSeconds(cache.credentials.expiration)}, but this app never fetches new ones`,
        status: remaining > 0 ? 'ok' : 'fail',
      });
      base = { source: cache.source, session, credentials: cache.credentials };
    } else {
      tl.add({
        actor: 'sdk',
        what: 'refreshes its credentials',
        why: session
          ? `the cached ones expire in ${formatDuration(Math.max(0, remaining))}, within the ${formatDuration(client.refreshBeforeMs)} refresh window`
          : 'the role behind the cached credentials no longer exists',
        status: 'ok',
      });
    }
  }

  if (!base) {
    chainPreamble(client, tl);
    const found = find();
    if (found && 'error' in found) {
      return { events: tl.events, outcome: { result: 'no-credentials', error: found.error } };
    }
    if (!found) {
      tl.add({
        actor: 'sdk',
        what: `${client.noCredentials.code}: ${client.noCredentials.message}`,
        why: 'no provider in the chain returned credentials',
        status: 'fail',
      });
      return { events: tl.events, outcome: { result: 'no-credentials', error: client.noCredentials } };
    }
    base = found;
  }
  const newCache = toCache(key, base);

  let session = base.session;
  let credentials = base.credentials;
  if (app.assumeRole) {
    const step = assumeAppRole(world, { session, credentials }, app.assumeRole, tl);
    if (!step.ok)
      return { events: tl.events, outcome: { ...step.outcome, credentialSource: base.source }, cache: newCache };
    session = step.session;
    credentials = step.credentials;
  }
  const outcome: AppOutcome = callService(world, session, credentials, base.source, call, tl);
  return { events: tl.events, outcome, cache: newCache };
}
