// The ECS agent's credentials endpoint for one sandbox task. In a task the SDK reaches it at
// 169.254.170.2 plus AWS_CONTAINER_CREDENTIALS_RELATIVE_URI; on a laptop it is reached through
// the full-URI form (AWS_CONTAINER_CREDENTIALS_FULL_URI on loopback) with the Authorization
// header the SDK reads from AWS_CONTAINER_AUTHORIZATION_TOKEN.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ecsCredentialsDocument, ecsCredentialsRelativeUri } from '../credential-flow/ecs-endpoint.js';
import type { SandboxHost } from './host.js';

export function createEcsHandler(host: SandboxHost, authorizationToken: string) {
  const reply = (res: ServerResponse, req: IncomingMessage, status: number, body: unknown, meaning: string) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    host.record({ server: 'ecs', method: req.method ?? '?', path: req.url ?? '?', status, meaning });
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') {
      reply(res, req, 405, 'Method Not Allowed', `method ${req.method} not allowed`);
      return;
    }
    if (req.headers.authorization !== authorizationToken) {
      reply(res, req, 401, { message: 'Unauthorized' }, req.headers.authorization ? '401: wrong Authorization token' : '401: no Authorization header');
      return;
    }
    const world = host.world();
    const uri = host.taskArn ? ecsCredentialsRelativeUri(world, host.taskArn) : undefined;
    if (uri === undefined || req.url !== uri) {
      reply(res, req, 404, { message: 'Credentials not found' }, uri ? `404: no credentials at ${req.url}` : '404: the task has no task role');
      return;
    }
    const doc = ecsCredentialsDocument(world, host.taskArn!, world.now);
    if (!doc) {
      reply(res, req, 404, { message: 'Credentials not found' }, '404: the task role cannot be assumed (does it trust ecs-tasks.amazonaws.com?)');
      return;
    }
    const served = { ...doc, Expiration: host.toWall(doc.Expiration) };
    reply(res, req, 200, served, `task role credentials served (key ${doc.AccessKeyId}, expires ${served.Expiration})`);
  };
}
