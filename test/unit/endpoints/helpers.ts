import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import {
  type RequestEvent,
  type RunningEndpoints,
  type SandboxHost,
  startSandboxEndpoints,
} from '../../../src/sandbox/endpoints/index.js';
import { applyActions, getScenario, parseCommand, startScenario, type World } from '../../../src/sandbox/index.js';

/** A scenario's world, solved with its reference solution when asked. */
export function scenarioWorld(id: string, solved: boolean): World {
  const scenario = getScenario(id)!;
  const world = startScenario(scenario);
  return solved ? applyActions(world, scenario.referenceSolution).world : world;
}

/** Applies typed aws commands (failing the test on an error). */
export function run(world: World, ...commands: string[]): World {
  let current = world;
  for (const command of commands) {
    const parsed = parseCommand(command);
    if (!parsed.ok) throw new Error(parsed.message);
    const applied = applyActions(current, [parsed.action]);
    if (applied.failure) throw new Error(applied.failure.command);
    current = applied.world;
  }
  return current;
}

const CLEARED = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_EC2_METADATA_V1_DISABLED',
];

/** Points the SDK at these variables only: no keys, and empty config files (not ~/.aws). */
export function sdkEnvironment(vars: Record<string, string>): () => void {
  const saved = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), 'sdk-env-'));
  writeFileSync(join(dir, 'config'), '');
  writeFileSync(join(dir, 'credentials'), '');
  for (const name of CLEARED) delete process.env[name];
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    ...vars,
  });
  return () => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  };
}

export interface RawResponse {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A plain HTTP request, as an IMDSv1-only client (or an attacker) would send it. */
export function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path ?? target.pathname,
        headers: options.headers ?? {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A GET the IMDSv2 way: a session token first, then the request with it. */
export async function rawV2(baseUrl: string, path: string): Promise<RawResponse> {
  const token = await raw(baseUrl, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
  });
  return raw(baseUrl, { path, headers: { 'x-aws-ec2-metadata-token': token.body } });
}

export interface ServedEndpoints {
  running: RunningEndpoints;
  /** Every request the host logged, oldest first. */
  events: RequestEvent[];
}

/**
 * Live endpoints for the tests of one file: `serve` starts them on a host and points the SDK's
 * environment at them; `setEnv` swaps that environment. Both are undone after each test.
 */
export function endpointsPerTest() {
  let running: RunningEndpoints | undefined;
  let restoreEnv: (() => void) | undefined;
  afterEach(async () => {
    restoreEnv?.();
    restoreEnv = undefined;
    await running?.close();
    running = undefined;
  });
  const setEnv = (vars: Record<string, string>) => {
    restoreEnv?.();
    restoreEnv = sdkEnvironment(vars);
  };
  return {
    setEnv,
    async serve(
      host: SandboxHost,
      env: (served: Record<string, string>) => Record<string, string> = (e) => e,
    ): Promise<ServedEndpoints> {
      running = await startSandboxEndpoints(host);
      const events: RequestEvent[] = [];
      host.on('request', (event) => events.push(event));
      setEnv(env(running.env));
      return { running, events };
    },
  };
}
