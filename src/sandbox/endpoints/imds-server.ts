// The Instance Metadata Service of one sandbox instance, on loopback, for real SDKs and the AWS
// CLI (AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:PORT/). It follows the EC2 User Guide:
// IMDSv2 session tokens from PUT /latest/api/token with a TTL of 1 to 21600 seconds, tokens
// required on every GET when HttpTokens=required, the role's credentials under
// iam/security-credentials/ROLE, the PUT response hop limit, and its list of error codes
// (400 bad PUT, 401 invalid or expired token, 403 request not allowed or IMDS turned off, 404 no
// such resource).
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROTATION_PERIOD_MS, rotationWindow } from '../credentials.js';
import { isoSeconds } from '../time.js';
import type { DroppedRequests } from './dropped.js';
import type { SandboxHost } from './host.js';
import { buildImdsTree, type ImdsTree } from './imds-tree.js';

const TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
const MAX_TTL = 21_600;
/**
 * At most this many live IMDSv2 session tokens are remembered. AWS sets no practical limit, but a
 * loop of PUTs must not grow this process without bound: past the cap the oldest sessions are
 * forgotten, and a client holding one gets a 401 and asks for a new token, as SDKs do.
 */
export const MAX_IMDS_TOKENS = 10_000;
/** Expired tokens are swept out at most this often (on a PUT), besides on lookup. */
const SWEEP_INTERVAL_MS = 60_000;

export interface ImdsHandlerOptions {
  /** Cap on remembered session tokens (tests use a small one). */
  maxTokens?: number;
  /** Where unanswered requests wait (a hop-limit drop, IMDS out of reach of a Fargate task). */
  dropped: DroppedRequests;
}

export interface ImdsHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** How many session tokens are remembered right now. */
  tokenCount(): number;
}

export function createImdsHandler(host: SandboxHost, options: ImdsHandlerOptions): ImdsHandler {
  const maxTokens = Math.max(1, options.maxTokens ?? MAX_IMDS_TOKENS);
  // Tokens live on the real clock: the SDK decides when to fetch a new one by its own clock.
  // Map order is insertion order, so the first keys are the oldest sessions.
  const tokens = new Map<string, number>();
  let nextSweep = host.wallClock() + SWEEP_INTERVAL_MS;
  let tree: { version: number; instanceId: string; from: number; until: number; tree: ImdsTree } | undefined;

  const sweep = (now: number) => {
    for (const [token, expires] of tokens) if (expires <= now) tokens.delete(token);
    nextSweep = now + SWEEP_INTERVAL_MS;
  };

  /** Room for one more token: expired ones go first; if still full, the oldest tenth. */
  const makeRoom = (now: number) => {
    if (now >= nextSweep) sweep(now);
    if (tokens.size < maxTokens) return;
    sweep(now);
    const keep = Math.floor(maxTokens * 0.9);
    for (const token of tokens.keys()) {
      if (tokens.size <= keep) break;
      tokens.delete(token);
    }
  };

  const reply = (
    res: ServerResponse,
    req: IncomingMessage,
    status: number,
    body: string,
    meaning: string,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
    host.record({ server: 'imds', method: req.method ?? '?', path: req.url ?? '?', status, meaning });
  };

  const tokenState = (req: IncomingMessage): 'none' | 'valid' | 'invalid' => {
    const token = req.headers[TOKEN_HEADER];
    if (token === undefined) return 'none';
    if (typeof token !== 'string') return 'invalid';
    const expires = tokens.get(token);
    if (expires === undefined) return 'invalid';
    if (expires > host.wallClock()) return 'valid';
    tokens.delete(token);
    return 'invalid';
  };

  /**
   * Everything served, built once per world version and rotation window: the same world at another
   * moment of the same window serves the same answers, so a request costs a map lookup.
   */
  const treeNow = (instanceId: string): ImdsTree => {
    const now = host.sandboxNow();
    if (tree && tree.version === host.version && tree.instanceId === instanceId && now >= tree.from && now < tree.until)
      return tree.tree;
    const world = host.world();
    const instance = host.instance()!;
    const association = instance.association;
    const window = association ? rotationWindow(association.associatedAt, now) : undefined;
    tree = {
      version: host.version,
      instanceId,
      from: window?.issuedAt ?? Number.NEGATIVE_INFINITY,
      until: window ? window.issuedAt + ROTATION_PERIOD_MS : Number.POSITIVE_INFINITY,
      tree: buildImdsTree({
        world,
        instance,
        servedTimes: (key, issuedAt, expiration) => host.servedTimes(key, issuedAt, expiration),
        wallIso: (sandboxMs) => isoSeconds(host.wallAt(sandboxMs)),
      }),
    };
    return tree.tree;
  };

  const drop = (req: IncomingMessage, res: ServerResponse, meaning: string) => {
    host.record({ server: 'imds', method: req.method ?? '?', path: req.url ?? '?', status: 0, meaning });
    options.dropped.hold(res);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const instance = host.instance();
    const url = req.url ?? '/';
    if (instance === undefined) {
      if (host.task()?.launchType === 'FARGATE') {
        drop(req, res, 'no answer: a Fargate task cannot reach the instance metadata service (the SDK times out)');
        return;
      }
      reply(res, req, 404, 'Not Found', 'no instance is being served');
      return;
    }
    if (instance.metadataOptions.httpEndpoint === 'disabled') {
      // The EC2 User Guide lists 403 Forbidden for "the request is not allowed or the IMDS is
      // turned off", for the token PUT and every GET alike.
      reply(res, req, 403, 'Forbidden', '403: the instance metadata endpoint is turned off (HttpEndpoint=disabled)');
      return;
    }
    // The query string does not name anything in IMDS; clients never send one.
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (req.method === 'PUT') {
      if (path !== '/latest/api/token') {
        reply(
          res,
          req,
          path.endsWith('/api/token') ? 403 : 404,
          path.endsWith('/api/token') ? 'Forbidden' : 'Not Found',
          'token PUT to a wrong path',
        );
        return;
      }
      if (req.headers['x-forwarded-for'] !== undefined) {
        reply(
          res,
          req,
          403,
          'Forbidden',
          'token refused: the PUT carried X-Forwarded-For (IMDS refuses proxied token requests)',
        );
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
        drop(req, res, 'token reply dropped: hop limit 1 and the app runs in a container (one hop further)');
        return;
      }
      const now = host.wallClock();
      makeRoom(now);
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, now + ttl * 1000);
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
    const served = treeNow(instance.instanceId);
    const key = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    const answer = served.answers.get(key);
    if (answer) {
      reply(res, req, 200, answer.body, `${version}: ${answer.meaning}`);
      return;
    }
    if (key === '/latest/meta-data/iam/security-credentials' && !served.role) {
      reply(res, req, 404, 'Not Found', `${version}: no role to list (no instance profile associated)`);
      return;
    }
    reply(res, req, 404, 'Not Found', `${version}: nothing at ${path}`);
  };
  return Object.assign(handler, { tokenCount: () => tokens.size });
}
