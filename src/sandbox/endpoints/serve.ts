import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createEcsHandler } from './ecs-server.js';
import type { SandboxHost } from './host.js';
import { createImdsHandler } from './imds-server.js';

export const LOOPBACK = '127.0.0.1';

export interface RunningEndpoints {
  imdsUrl: string;
  ecsUrl: string | undefined;
  /** The environment variables an SDK or the AWS CLI needs to use these endpoints. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** IMDS port (0 picks a free one); the ECS endpoint uses the next free port. */
  port?: number;
  host?: string;
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
  const imds = createServer({ maxHeaderSize: 16 * 1024 }, createImdsHandler(host));
  imds.keepAliveTimeout = 5_000;
  const closeImds = tracked(imds);
  const imdsPort = await listen(imds, options.port ?? 0);
  const imdsUrl = `http://${LOOPBACK}:${imdsPort}/`;
  const env: Record<string, string> = {
    // The trailing slash matters to the AWS CLI.
    AWS_EC2_METADATA_SERVICE_ENDPOINT: imdsUrl,
    AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: 'IPv4',
  };
  let ecsUrl: string | undefined;
  let closeEcs = async () => {};
  if (host.taskExists()) {
    const token = randomBytes(18).toString('base64url');
    const ecs = createServer({ maxHeaderSize: 16 * 1024 }, createEcsHandler(host, token));
    closeEcs = tracked(ecs);
    const ecsPort = await listen(ecs, 0);
    const { ecsCredentialsRelativeUri } = await import('../credential-flow/ecs-endpoint.js');
    const relative = ecsCredentialsRelativeUri(host.world(), host.taskArn!) ?? '/v2/credentials/none';
    ecsUrl = `http://${LOOPBACK}:${ecsPort}${relative}`;
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI = ecsUrl;
    env.AWS_CONTAINER_AUTHORIZATION_TOKEN = token;
  }
  return {
    imdsUrl,
    ecsUrl,
    env,
    close: async () => {
      await Promise.all([closeImds(), closeEcs()]);
    },
  };
}
