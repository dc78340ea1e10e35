// The ECS agent's credentials endpoint for one sandbox task, answering both ways an SDK can be
// pointed at it:
//
// - The relative form, GET /v2/credentials/<id>: what the agent serves at 169.254.170.2 and a task's
//   containers reach through AWS_CONTAINER_CREDENTIALS_RELATIVE_URI. The ECS Developer Guide reads
//   it with a plain `curl 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` and names no
//   Authorization header: the hard-to-guess credential id in the path is what the agent matches.
//   An SDK sends the Authorization header whenever AWS_CONTAINER_AUTHORIZATION_TOKEN is set (AWS
//   SDKs and Tools Reference Guide), relative URI or not, so this path ignores the header, right or
//   wrong, rather than refuse a request the agent would answer. (The docs do not say what the
//   agent does with a wrong header; ignoring it follows from it checking none.) SDKs always send
//   the relative form to 169.254.170.2, so on a laptop it is for curl.
// - The full-URI form, GET /full/v2/credentials/<id>: what AWS_CONTAINER_CREDENTIALS_FULL_URI points
//   at (SDKs accept a loopback http URL there), with the Authorization header the SDK reads from
//   AWS_CONTAINER_AUTHORIZATION_TOKEN. This path always requires that exact token: 401 without it.
//
// A query string is allowed on either path and does not change the answer (the Reference Guide's
// own example of a relative URI carries one).
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ecsCredentialsDocument, ecsCredentialsRelativeUri } from '../credential-flow/ecs-endpoint.js';
import { rotationWindow } from '../credentials.js';
import { findTask } from '../world/lookup.js';
import { LastValue, type SandboxHost } from './host.js';

/** Path prefix of the full-URI form on this loopback server. */
export const FULL_URI_PREFIX = '/full';

/** What the task's credentials endpoint serves in one rotation window of one world version. */
interface TaskView {
  /** /v2/credentials/<id>, or undefined when the task has no task role. */
  uri: string | undefined;
  /** The JSON document, or undefined when ECS cannot assume the task role. */
  credentials: { body: string; meaning: string } | undefined;
}

export function createEcsHandler(host: SandboxHost, authorizationToken: string) {
  const views = new LastValue<TaskView>();

  const reply = (res: ServerResponse, req: IncomingMessage, status: number, body: unknown, meaning: string) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
    host.record({ server: 'ecs', method: req.method ?? '?', path: req.url ?? '?', status, meaning });
  };

  /** Built once per world version and rotation window, like the IMDS documents. */
  const taskView = (taskArn: string | undefined): TaskView => {
    if (taskArn === undefined) return { uri: undefined, credentials: undefined };
    const world = host.world();
    const task = findTask(world, taskArn)?.task;
    const window = task ? rotationWindow(task.startedAt, world.now).issuedAt : '-';
    return views.get(`${host.version}|${taskArn}|${window}`, () => {
      const uri = ecsCredentialsRelativeUri(world, taskArn);
      const doc = uri ? ecsCredentialsDocument(world, taskArn, world.now) : undefined;
      if (!doc) return { uri, credentials: undefined };
      const served = { ...doc, Expiration: host.toWall(doc.Expiration) };
      return {
        uri,
        credentials: {
          body: JSON.stringify(served, null, 2),
          meaning: `task role credentials served (key ${doc.AccessKeyId}, expires ${served.Expiration})`,
        },
      };
    });
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') {
      reply(res, req, 405, 'Method Not Allowed', `method ${req.method} not allowed`);
      return;
    }
    const requested = (req.url ?? '/').split('?', 1)[0]!;
    const full = requested.startsWith(`${FULL_URI_PREFIX}/`);
    const path = full ? requested.slice(FULL_URI_PREFIX.length) : requested;
    const form = full ? 'full URI' : 'relative URI';
    if (full && req.headers.authorization !== authorizationToken) {
      reply(
        res,
        req,
        401,
        { message: 'Unauthorized' },
        req.headers.authorization === undefined
          ? '401: full-URI request without the Authorization header (is AWS_CONTAINER_AUTHORIZATION_TOKEN set?)'
          : '401: full-URI request with a wrong Authorization token',
      );
      return;
    }
    const { uri, credentials } = taskView(host.taskArn);
    if (uri === undefined || path !== uri) {
      reply(
        res,
        req,
        404,
        { message: 'Credentials not found' },
        uri ? `404 (${form}): no credentials at ${path}` : '404: the task has no task role',
      );
      return;
    }
    if (!credentials) {
      reply(
        res,
        req,
        404,
        { message: 'Credentials not found' },
        '404: the task role cannot be assumed (does it trust ecs-tasks.amazonaws.com?)',
      );
      return;
    }
    const how = full
      ? 'full URI, Authorization token matched'
      : 'relative URI, as at 169.254.170.2: no Authorization checked';
    reply(res, req, 200, credentials.body, `${credentials.meaning} (${how})`);
  };
}
