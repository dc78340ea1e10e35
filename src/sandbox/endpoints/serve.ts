import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ecsCredentialsRelativeUri } from '../credential-flow/ecs-endpoint.js';
import { createEcsHandler, FULL_URI_PREFIX } from './ecs-server.js';
import type { SandboxHost } from './host.js';
import { createImdsHandler } from './imds-server.js';

export const LOOPBACK = '127.0.0.1';

export interface RunningEndpoints {
  /** The IMDS server. It always listens; with no instance to serve it answers 404 to everything. */
  imdsUrl: string;
  /** The full-URI form of the ECS endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI); needs the token. */
  ecsUrl: string | undefined;
  /** The relative form, /v2/credentials/<id> as the agent serves it at 169.254.170.2 (for curl). */
  ecsRelativeUrl: string | undefined;
  /**
   * The environment variables an SDK or the AWS CLI needs to use these endpoints: the IMDS ones
   * only when an instance is served, the ECS ones only when a task is.
   */
  env: Record<string, string>;
  /** How many IMDSv2 session tokens the IMDS server remembers right now (bounded). */
  imdsTokenCount(): number;
  close(): Promise<void>;
}

export interface StartOptions {
  /**
   * The IMDS port (0 or absent: a free port the OS picks). The ECS endpoint always listens on a
   * free port the OS picks: its authorization token is new on every start, so its variables have
   * to be exported again anyway and a fixed port would save nothing.
   */
  port?: number;
  host?: string;
  /** Cap on remembered IMDSv2 session tokens (default MAX_IMDS_TOKENS). */
  maxImdsTokens?: number;
}

/** Refuses anything but loopback: these endpoints hand out (fake) credentials to whoever asks. */
export function assertLoopback(host: string): void {
  if (host !== LOOPBACK) throw new Error(`The sandbox endpoints listen on ${LOOPBACK} only (asked for ${host}).`);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function tracked(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A malformed request must never take the server down.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

export async function startSandboxEndpoints(host: SandboxHost, options: StartOptions = {}): Promise<RunningEndpoints> {
  assertLoopback(options.host ?? LOOPBACK);
  const imdsHandler = createImdsHandler(
    host,
    options.maxImdsTokens === undefined ? {} : { maxTokens: options.maxImdsTokens },
  );
  const imds = createServer({ maxHeaderSize: 16 * 1024 }, imdsHandler);
  imds.keepAliveTimeout = 5_000;
  const closeImds = tracked(imds);
  const imdsPort = await listen(imds, options.port ?? 0);
  const imdsUrl = `http://${LOOPBACK}:${imdsPort}/`;
  const env: Record<string, string> = {};
  if (host.instanceId !== undefined) {
    // The trailing slash matters to the AWS CLI.
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imdsUrl;
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE = 'IPv4';
  }
  let ecsUrl: string | undefined;
  let ecsRelativeUrl: string | undefined;
  let closeEcs = async () => {};
  if (host.taskExists()) {
    const token = randomBytes(18).toString('base64url');
    const ecs = createServer({ maxHeaderSize: 16 * 1024 }, createEcsHandler(host, token));
    closeEcs = tracked(ecs);
    const ecsPort = await listen(ecs, 0);
    const relative = ecsCredentialsRelativeUri(host.world(), host.taskArn!) ?? '/v2/credentials/none';
    ecsRelativeUrl = `http://${LOOPBACK}:${ecsPort}${relative}`;
    ecsUrl = `http://${LOOPBACK}:${ecsPort}${FULL_URI_PREFIX}${relative}`;
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI = ecsUrl;
    env.AWS_CONTAINER_AUTHORIZATION_TOKEN = token;
  }
  return {
    imdsUrl,
    ecsUrl,
    ecsRelativeUrl,
    env,
    imdsTokenCount: () => imdsHandler.tokenCount(),
    close: async () => {
      await Promise.all([closeImds(), closeEcs()]);
    },
  };
}
