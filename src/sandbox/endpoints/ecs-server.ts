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
//
// Errors are the agent's: a credential id it holds no credentials for (a wrong id, or any id when
// the task has no task role) is 400 {"code":"InvalidIdInRequest","message":"CredentialsV2Request:
// Credentials not found","HTTPErrorCode":400}; /v2/credentials/ with no id is 400 NoIdInRequest.
// Every answer is compact JSON sent as application/json (amazon-ecs-agent,
// ecs-agent/tmds/handlers/v1/credentials_handler.go and handlers/utils/helpers.go).
//
// The same server answers the task metadata endpoint version 4 (and 3) at /v4/<id>, as the agent
// does on 169.254.170.2 (see task-metadata.ts).
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ecsCredentialsDocument, ecsCredentialsRelativeUri } from '../credential-flow/ecs-endpoint.js';
import { ROTATION_PERIOD_MS, rotationWindow } from '../credentials.js';
import { isoSeconds } from '../time.js';
import type { SandboxHost } from './host.js';
import { taskMetadata } from './task-metadata.js';

/** Path prefix of the full-URI form on this loopback server. */
export const FULL_URI_PREFIX = '/full';
const CREDENTIALS_PREFIX = '/v2/credentials/';

/** What the task's credentials endpoint serves in one rotation window of one world version. */
interface TaskView {
  version: number;
  taskArn: string;
  from: number;
  until: number;
  /** /v2/credentials/<id>, or undefined when the task has no task role. */
  uri: string | undefined;
  /** The JSON document, or undefined when ECS cannot assume the task role. */
  credentials: { body: string; meaning: string } | undefined;
}

/** The agent's error body: compact JSON, the fields in this order. */
function agentError(code: string, message: string, status: number): string {
  return JSON.stringify({ code, message: `CredentialsV2Request: ${message}`, HTTPErrorCode: status });
}

const NOT_FOUND = agentError('InvalidIdInRequest', 'Credentials not found', 400);
const NO_ID = agentError('NoIdInRequest', 'No Credential ID in the request', 400);

export function createEcsHandler(host: SandboxHost, authorizationToken: string) {
  let view: TaskView | undefined;

  const reply = (res: ServerResponse, req: IncomingMessage, status: number, body: string, meaning: string) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    host.record({ server: 'ecs', method: req.method ?? '?', path: req.url ?? '?', status, meaning });
  };

  /** Built once per world version and rotation window, like the IMDS documents. */
  const taskView = (taskArn: string): TaskView => {
    const now = host.sandboxNow();
    if (view && view.version === host.version && view.taskArn === taskArn && now >= view.from && now < view.until)
      return view;
    const world = host.world();
    const task = host.task();
    const window = task ? rotationWindow(task.startedAt, now) : undefined;
    const uri = ecsCredentialsRelativeUri(world, taskArn);
    const doc = uri ? ecsCredentialsDocument(world, taskArn, now) : undefined;
    let credentials: TaskView['credentials'];
    if (doc) {
      const times = host.servedTimes(doc.SecretAccessKey, window!.issuedAt, Date.parse(doc.Expiration));
      credentials = {
        body: JSON.stringify({ ...doc, Expiration: times.expiration }),
        meaning: `task role credentials served (key ${doc.AccessKeyId}, Expiration ${times.expiration})`,
      };
    }
    view = {
      version: host.version,
      taskArn,
      from: window?.issuedAt ?? Number.NEGATIVE_INFINITY,
      until: window ? window.issuedAt + ROTATION_PERIOD_MS : Number.POSITIVE_INFINITY,
      uri,
      credentials,
    };
    return view;
  };

  const metadata = (req: IncomingMessage, res: ServerResponse, path: string, taskArn: string) => {
    const world = host.world();
    const served = taskMetadata(world, taskArn, (ms) => isoSeconds(host.wallAt(ms)));
    const [, version, id, ...rest] = path.split('/');
    const tail = rest.join('/');
    if (!served || id !== served.endpointId) {
      reply(
        res,
        req,
        404,
        JSON.stringify(`V${version?.slice(1)} container metadata handler: unable to get task for container ID ${id}`),
        `404: no container ${id} in the served task`,
      );
      return;
    }
    const answers: Record<string, [unknown, string]> = {
      '': [served.container, 'container metadata'],
      task: [served.task, 'task metadata'],
      stats: [served.stats[served.dockerId], 'container stats'],
      'task/stats': [served.stats, 'task stats'],
    };
    const answer = answers[tail];
    if (!answer) {
      reply(res, req, 404, JSON.stringify('404 page not found'), `404: no metadata at ${path}`);
      return;
    }
    reply(res, req, 200, JSON.stringify(answer[0]), `task metadata ${version}: ${answer[1]}`);
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') {
      reply(res, req, 405, JSON.stringify('Method Not Allowed'), `method ${req.method} not allowed`);
      return;
    }
    const requested = (req.url ?? '/').split('?', 1)[0]!;
    const taskArn = host.taskArn;
    if (taskArn !== undefined && (requested.startsWith('/v4/') || requested.startsWith('/v3/'))) {
      metadata(req, res, requested.replace(/\/$/, ''), taskArn);
      return;
    }
    const full = requested.startsWith(`${FULL_URI_PREFIX}/`);
    const path = full ? requested.slice(FULL_URI_PREFIX.length) : requested;
    const form = full ? 'full URI' : 'relative URI';
    if (full && req.headers.authorization !== authorizationToken) {
      reply(
        res,
        req,
        401,
        JSON.stringify({ message: 'Unauthorized' }),
        req.headers.authorization === undefined
          ? '401: full-URI request without the Authorization header (is AWS_CONTAINER_AUTHORIZATION_TOKEN set?)'
          : '401: full-URI request with a wrong Authorization token',
      );
      return;
    }
    if (!path.startsWith(CREDENTIALS_PREFIX)) {
      reply(res, req, 404, JSON.stringify('404 page not found'), `404: nothing at ${path}`);
      return;
    }
    if (path === CREDENTIALS_PREFIX) {
      reply(res, req, 400, NO_ID, `400 NoIdInRequest (${form}): no credential id in the path`);
      return;
    }
    const { uri, credentials } = taskArn ? taskView(taskArn) : { uri: undefined, credentials: undefined };
    if (uri === undefined || path !== uri) {
      reply(
        res,
        req,
        400,
        NOT_FOUND,
        uri
          ? `400 InvalidIdInRequest (${form}): the agent holds no credentials under ${path.slice(CREDENTIALS_PREFIX.length)}`
          : '400 InvalidIdInRequest: the task has no task role, so the agent holds no credentials for it',
      );
      return;
    }
    if (!credentials) {
      reply(
        res,
        req,
        400,
        NOT_FOUND,
        '400 InvalidIdInRequest: the task role cannot be assumed (does it trust ecs-tasks.amazonaws.com?)',
      );
      return;
    }
    const how = full
      ? 'full URI, Authorization token matched'
      : 'relative URI, as at 169.254.170.2: no Authorization checked';
    reply(res, req, 200, credentials.body, `${credentials.meaning} (${how})`);
  };
}
