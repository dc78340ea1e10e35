// The Instance Metadata Service of one sandbox instance, on loopback, for real SDKs and the AWS
// CLI (AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:PORT/). It follows the EC2 User Guide:
// IMDSv2 session tokens from PUT /latest/api/token with a TTL of 1 to 21600 seconds, tokens
// required on every GET when HttpTokens=required, the role's credentials under
// iam/security-credentials/ROLE, and the PUT response hop limit.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { imdsCredentialsDocument, imdsInfo, imdsRoleName } from '../credential-flow/imds.js';
import type { SandboxHost } from './host.js';

const TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
const MAX_TTL = 21_600;
/** How long a PUT that a too-low hop limit "drops" is held before the socket is closed. */
export const DROPPED_PUT_HOLD_MS = 5_000;

export function createImdsHandler(host: SandboxHost) {
  // Tokens live on the real clock: the SDK decides when to fetch a new one by its own clock.
  const tokens = new Map<string, number>();

  const reply = (res: ServerResponse, req: IncomingMessage, status: number, body: string, meaning: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
    host.record({ server: 'imds', method: req.method ?? '?', path: req.url ?? '?', status, meaning });
  };

  const tokenState = (req: IncomingMessage): 'none' | 'valid' | 'invalid' => {
    const token = req.headers[TOKEN_HEADER];
    if (token === undefined) return 'none';
    const expires = typeof token === 'string' ? tokens.get(token) : undefined;
    return expires !== undefined && expires > host.wallClock() ? 'valid' : 'invalid';
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const instance = host.instance();
    const path = req.url ?? '/';
    if (instance === undefined || instance.metadataOptions.httpEndpoint === 'disabled') {
      // With the endpoint turned off the instance gets no metadata at all.
      reply(res, req, 404, 'Not Found', instance ? 'metadata endpoint disabled on this instance (HttpEndpoint=disabled)' : 'no instance is being served');
      return;
    }
    if (req.method === 'PUT') {
      if (path !== '/latest/api/token') {
        reply(res, req, path.endsWith('/api/token') ? 403 : 404, path.endsWith('/api/token') ? 'Forbidden' : 'Not Found', 'token PUT to a wrong path');
        return;
      }
      if (req.headers['x-forwarded-for'] !== undefined) {
        reply(res, req, 403, 'Forbidden', 'token refused: the PUT carried X-Forwarded-For (IMDS refuses proxied token requests)');
        return;
      }
      const ttlText = req.headers[TTL_HEADER];
      const ttl = typeof ttlText === 'string' && /^\d+$/.test(ttlText) ? Number(ttlText) : Number.NaN;
      if (!(ttl >= 1 && ttl <= MAX_TTL)) {
        reply(res, req, 400, 'Bad Request', `token refused: ${TTL_HEADER} must be 1 to ${MAX_TTL}`);
        return;
      }
      if (instance.app.runtime === 'container' && instance.metadataOptions.httpPutResponseHopLimit < 2) {
        // The reply would need one more network hop than the limit allows: it never arrives.
        host.record({ server: 'imds', method: 'PUT', path, status: 0, meaning: 'token reply dropped: hop limit 1 and the app runs in a container (one hop further)' });
        const timer = setTimeout(() => res.destroy(), DROPPED_PUT_HOLD_MS);
        timer.unref();
        res.on('close', () => clearTimeout(timer));
        return;
      }
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, host.wallClock() + ttl * 1000);
      reply(res, req, 200, token, `IMDSv2 token issued (TTL ${ttl}s)`, { [TTL_HEADER]: String(ttl) });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply(res, req, 405, 'Method Not Allowed', `method ${req.method} not allowed`, { allow: 'GET, PUT' });
      return;
    }
    const token = tokenState(req);
    if (token === 'invalid') {
      reply(res, req, 401, 'Unauthorized', '401: the session token is invalid or expired');
      return;
    }
    if (token === 'none' && instance.metadataOptions.httpTokens === 'required') {
      reply(res, req, 401, 'Unauthorized', '401: IMDSv1 refused because HttpTokens=required');
      return;
    }
    const version = token === 'valid' ? 'IMDSv2' : 'IMDSv1';
    const world = host.world();
    const id = instance.instanceId;
    const role = imdsRoleName(world, id);
    switch (path) {
      case '/latest/meta-data':
      case '/latest/meta-data/':
        reply(res, req, 200, ['ami-id', 'instance-id', 'instance-type', ...(role ? ['iam/'] : [])].join('\n'), `${version}: metadata categories listed`);
        return;
      case '/latest/meta-data/instance-id':
        reply(res, req, 200, id, `${version}: instance id`);
        return;
      case '/latest/meta-data/ami-id':
        reply(res, req, 200, instance.imageId, `${version}: AMI id`);
        return;
      case '/latest/meta-data/instance-type':
        reply(res, req, 200, instance.instanceType, `${version}: instance type`);
        return;
      case '/latest/meta-data/iam':
      case '/latest/meta-data/iam/':
        if (!role) break;
        reply(res, req, 200, 'info\nsecurity-credentials/', `${version}: iam categories listed`);
        return;
      case '/latest/meta-data/iam/info': {
        const info = imdsInfo(world, id, world.now);
        if (!info) break;
        reply(res, req, 200, JSON.stringify({ ...info, LastUpdated: host.toWall(info.LastUpdated) }, null, 2), `${version}: instance profile info`);
        return;
      }
      case '/latest/meta-data/iam/security-credentials':
      case '/latest/meta-data/iam/security-credentials/':
        if (!role) {
          reply(res, req, 404, 'Not Found', `${version}: no role to list (no instance profile associated)`);
          return;
        }
        reply(res, req, 200, role, `${version}: role listed: ${role}`);
        return;
      default: {
        const prefix = '/latest/meta-data/iam/security-credentials/';
        if (role && path === `${prefix}${role}`) {
          const doc = imdsCredentialsDocument(world, id, world.now);
          if (!doc) break;
          if (doc.Code === 'Success') {
            const served = { ...doc, LastUpdated: host.toWall(doc.LastUpdated), Expiration: host.toWall(doc.Expiration) };
            reply(res, req, 200, JSON.stringify(served, null, 2), `${version}: credentials served for ${role} (key ${doc.AccessKeyId}, expires ${served.Expiration})`);
          } else {
            reply(res, req, 200, JSON.stringify({ ...doc, LastUpdated: host.toWall(doc.LastUpdated) }, null, 2), `${version}: ${doc.Code}: EC2 could not assume ${role} (does its trust policy allow ec2.amazonaws.com?)`);
          }
          return;
        }
      }
    }
    reply(res, req, 404, 'Not Found', `${version}: nothing at ${path}`);
  };
}
