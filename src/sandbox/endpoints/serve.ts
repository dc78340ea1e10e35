import { randomBytes } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ecsCredentialsRelativeUri } from '../credential-flow/ecs-endpoint.js';
import { droppedRequests } from './dropped.js';
import { createEcsHandler, FULL_URI_PREFIX } from './ecs-server.js';
import type { SandboxHost } from './host.js';
import { createImdsHandler } from './imds-server.js';
import { containerEndpointId } from './task-metadata.js';

export const LOOPBACK = '127.0.0.1';
export const LOOPBACK_IPV6 = '::1';

/**
 * Socket limits. A client that sends its request slowly or not at all gets 408 Request Timeout
 * after HEADERS_TIMEOUT_MS (checked every CHECK_INTERVAL_MS); SDKs send a whole request at once.
 * At most MAX_CONNECTIONS sockets are open at a time per server: past that Node closes new ones at
 * once. Held (dropped) requests are bounded separately (dropped.ts).
 */
export const HEADERS_TIMEOUT_MS = 10_000;
const CHECK_INTERVAL_MS = 2_000;
export const MAX_CONNECTIONS = 512;

export interface RunningEndpoints {
  /** The IMDS server. It always listens; with no instance to serve it answers 404 to everything. */
  imdsUrl: string;
  /** The same IMDS on [::1], for the IPv6 endpoint mode; undefined when [::1] cannot be bound here. */
  imdsIpv6Url: string | undefined;
  /** Why [::1] could not be bound, when it could not. */
  ipv6Unavailable: string | undefined;
  /** The full-URI form of the ECS endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI); needs the token. */
  ecsUrl: string | undefined;
  /** The relative form, /v2/credentials/<id> as the agent serves it at 169.254.170.2 (for curl). */
  ecsRelativeUrl: string | undefined;
  /** ECS_CONTAINER_METADATA_URI_V4 of the served task. */
  taskMetadataUrl: string | undefined;
  /**
   * The environment variables an SDK or the AWS CLI needs to use these endpoints: the IMDS ones
   * when an instance is served (or a Fargate task, whose IMDS never answers), and for a task the
   * variables ECS sets in its containers, the credentials ones only when it has a task role.
   */
  env: Record<string, string>;
  /** Which of `env` neither EC2 nor ECS sets: stand-ins that point the SDK at this machine. */
  sandboxOnly: string[];
  /** Variables to unset: credential variables the served task does not get. */
  unset: string[];
  /** How many IMDSv2 session tokens the IMDS server remembers right now (bounded). */
  imdsTokenCount(): number;
  /** How many requests are held unanswered right now (bounded). */
  heldCount(): number;
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
  /** Cap on open sockets per server (default MAX_CONNECTIONS). */
  maxConnections?: number;
  /** How long a client may take to send its request headers (default HEADERS_TIMEOUT_MS). */
  headersTimeoutMs?: number;
  /** Bounds on held (dropped) requests (defaults in dropped.ts). */
  maxHeld?: number;
  maxHoldMs?: number;
  /** Set false to skip the [::1] listener. */
  ipv6?: boolean;
}

/** Refuses anything but loopback: these endpoints hand out (fake) credentials to whoever asks. */
export function assertLoopback(host: string): void {
  if (host !== LOOPBACK) throw new Error(`The sandbox endpoints listen on ${LOOPBACK} only (asked for ${host}).`);
}

function listen(server: Server, port: number, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function makeServer(handler: RequestListener, options: StartOptions): { server: Server; close: () => Promise<void> } {
  const timeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const server = createServer(
    {
      maxHeaderSize: 16 * 1024,
      headersTimeout: timeout,
      requestTimeout: timeout,
      connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, timeout),
    },
    handler,
  );
  server.keepAliveTimeout = 5_000;
  server.maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A malformed request must never take the server down; a slow one gets 408, as HTTP says.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) resolve();
      else server.close(() => resolve());
    });
  return { server, close };
}

export async function startSandboxEndpoints(host: SandboxHost, options: StartOptions = {}): Promise<RunningEndpoints> {
  assertLoopback(options.host ?? LOOPBACK);
  const dropped = droppedRequests({
    ...(options.maxHeld === undefined ? {} : { maxHeld: options.maxHeld }),
    ...(options.maxHoldMs === undefined ? {} : { maxHoldMs: options.maxHoldMs }),
  });
  const imdsHandler = createImdsHandler(host, {
    dropped,
    ...(options.maxImdsTokens === undefined ? {} : { maxTokens: options.maxImdsTokens }),
  });
  const imds = makeServer(imdsHandler, options);
  const closers = [imds.close];
  const imdsPort = await listen(imds.server, options.port ?? 0, LOOPBACK);
  const imdsUrl = `http://${LOOPBACK}:${imdsPort}/`;

  // The same IMDS on [::1], on the same port when it is free there.
  let imdsIpv6Url: string | undefined;
  let ipv6Unavailable: string | undefined;
  if (options.ipv6 !== false) {
    const v6 = makeServer(imdsHandler, options);
    try {
      const port = await listen(v6.server, imdsPort, LOOPBACK_IPV6).catch(() => listen(v6.server, 0, LOOPBACK_IPV6));
      imdsIpv6Url = `http://[${LOOPBACK_IPV6}]:${port}/`;
      closers.push(v6.close);
    } catch (error) {
      ipv6Unavailable = (error as Error).message;
    }
  }

  const env: Record<string, string> = {};
  const sandboxOnly: string[] = [];
  const unset: string[] = [];
  const task = host.task();
  if (host.instanceId !== undefined || task?.launchType === 'FARGATE') {
    // The trailing slash matters to the AWS CLI. For a Fargate task this points the SDK at an IMDS
    // that never answers (Fargate tasks cannot reach IMDS) instead of this machine's own network.
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imdsUrl;
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE = 'IPv4';
    sandboxOnly.push('AWS_EC2_METADATA_SERVICE_ENDPOINT', 'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE');
  }
  let ecsUrl: string | undefined;
  let ecsRelativeUrl: string | undefined;
  let taskMetadataUrl: string | undefined;
  if (task && host.taskArn) {
    const token = randomBytes(18).toString('base64url');
    const ecs = makeServer(createEcsHandler(host, token), options);
    closers.push(ecs.close);
    const ecsPort = await listen(ecs.server, 0, LOOPBACK);
    const base = `http://${LOOPBACK}:${ecsPort}`;
    // What ECS sets in the task's containers (Amazon ECS Developer Guide, "Amazon ECS environment
    // variables"), with the credentials variable only when the task definition names a task role.
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-environment-variables.html
    const relative = ecsCredentialsRelativeUri(host.world(), host.taskArn);
    if (relative) {
      // ECS sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, which SDKs only send to 169.254.170.2; the
      // full-URI form with its token reaches the same credentials here.
      ecsRelativeUrl = `${base}${relative}`;
      ecsUrl = `${base}${FULL_URI_PREFIX}${relative}`;
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI = ecsUrl;
      env.AWS_CONTAINER_AUTHORIZATION_TOKEN = token;
      sandboxOnly.push('AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN');
    } else {
      unset.push(
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_AUTHORIZATION_TOKEN',
      );
    }
    taskMetadataUrl = `${base}/v4/${containerEndpointId(task.taskId)}`;
    env.ECS_CONTAINER_METADATA_URI_V4 = taskMetadataUrl;
    env.ECS_CONTAINER_METADATA_URI = `${base}/v3/${containerEndpointId(task.taskId)}`;
    env.AWS_EXECUTION_ENV = task.launchType === 'FARGATE' ? 'AWS_ECS_FARGATE' : 'AWS_ECS_EC2';
    env.AWS_REGION = host.world().region;
    env.AWS_DEFAULT_REGION = host.world().region;
  }
  return {
    imdsUrl,
    imdsIpv6Url,
    ipv6Unavailable,
    ecsUrl,
    ecsRelativeUrl,
    taskMetadataUrl,
    env,
    sandboxOnly,
    unset,
    imdsTokenCount: () => imdsHandler.tokenCount(),
    heldCount: () => dropped.count(),
    close: async () => {
      await Promise.all(closers.map((close) => close()));
    },
  };
}
