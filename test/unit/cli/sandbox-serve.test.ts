import { createServer } from 'node:net';
import { PassThrough } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { fromHttp, fromInstanceMetadata } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { sandboxServeCommand } from '../../../src/cli/commands/sandbox-serve.js';
import { rawV2, sdkEnvironment } from '../endpoints/helpers.js';
import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('iam-tutor sandbox serve', () => {
  it('prints the variables to export, serves a real SDK and logs each request with its meaning', async () => {
    const t = captureIo({ cwd: process.cwd() });
    const abort = new AbortController();
    const done = sandboxServeCommand(flags(), t.io, { signal: abort.signal });
    await waitFor(() => t.out().includes('AWS_EC2_METADATA_SERVICE_ENDPOINT='));
    const endpoint = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+\/)/.exec(t.out())?.[1];
    expect(endpoint).toBeDefined();
    expect(t.out()).toContain('FAKE sandbox credentials');
    const restore = sdkEnvironment({ AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint! });
    try {
      const credentials = await fromInstanceMetadata()();
      expect(credentials.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    } finally {
      restore();
    }
    await waitFor(() => t.out().includes('credentials served'));
    expect(t.out()).toMatch(/imds +PUT +\/latest\/api\/token +200 +IMDSv2 token issued/);
    abort.abort();
    expect(await done).toBe(0);
    expect(t.out()).toContain('Stopped.');
  });

  it('refuses an unknown scenario and a bad port with exit 2', async () => {
    const unknown = captureIo({ cwd: process.cwd() });
    expect(await sandboxServeCommand(flags({ scenario: 'nope' }), unknown.io)).toBe(2);
    expect(unknown.err()).toContain("no scenario 'nope'");
    const port = captureIo({ cwd: process.cwd() });
    expect(await sandboxServeCommand(flags({ port: 70_000 }), port.io)).toBe(2);
  });
});

describe('iam-tutor sandbox serve: what it tells the learner', () => {
  async function serveOutput(over: Parameters<typeof flags>[0], check?: (out: string) => Promise<void>) {
    const t = captureIo({ cwd: process.cwd() });
    const abort = new AbortController();
    const done = sandboxServeCommand(flags(over), t.io, { signal: abort.signal });
    await waitFor(() => t.out().includes('Stop with Ctrl+C.'));
    try {
      await check?.(t.out());
    } finally {
      abort.abort();
    }
    expect(await done).toBe(0);
    return t.out();
  }

  it('for an ECS scenario exports the ECS variables, IMDS only as a marked stand-in, and a real SDK reads the task role', async () => {
    const out = await serveOutput({ scenario: 'ecs-execution-role-mixup', solved: true }, async (text) => {
      const fullUri = /AWS_CONTAINER_CREDENTIALS_FULL_URI=(\S+)/.exec(text)?.[1];
      const token = /AWS_CONTAINER_AUTHORIZATION_TOKEN=(\S+)/.exec(text)?.[1];
      expect(fullUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/full\/v2\/credentials\/[\w-]+$/);
      const restore = sdkEnvironment({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: fullUri!,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: token!,
        AWS_EC2_METADATA_DISABLED: 'true',
      });
      try {
        expect((await fromHttp({ maxRetries: 0 })()).accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
      } finally {
        restore();
      }
    });
    expect(out).toContain('This scenario has no instance');
    // A Fargate task cannot reach IMDS: the IMDS pointer is printed under the stand-ins, after
    // what ECS itself sets.
    expect(out).toMatch(
      /Sandbox stand-ins \(ECS sets nothing like them\)[\s\S]*export AWS_EC2_METADATA_SERVICE_ENDPOINT=/,
    );
    expect(out).toMatch(/What ECS sets in the task's containers:\n\s+export ECS_CONTAINER_METADATA_URI_V4=/);
    expect(out).toMatch(
      /credentials, relative URI, as the ECS agent serves it at 169\.254\.170\.2 \(no token\): curl http:\/\/127\.0\.0\.1:\d+\/v2\/credentials\//,
    );
  });

  it('for an EC2 scenario exports the IMDS variables and no ECS ones', async () => {
    const out = await serveOutput({});
    expect(out).toMatch(/export AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:\d+\//);
    expect(out).not.toContain('AWS_CONTAINER_');
  });

  it('says export-credentials is AWS CLI v2 only and gives a way that works with v1, without promising a successful AWS call', async () => {
    const out = await serveOutput({});
    expect(out).toMatch(
      /aws configure export-credentials --format env\n\s+\(AWS CLI version 2 only; version 1 has no export-credentials command\)/,
    );
    expect(out).toContain("python3 -c 'import botocore.session;");
    expect(out).toContain('AWS CLI version 1');
    expect(out).toMatch(
      /aws sts get-caller-identity --debug\n[\s\S]*the call itself then fails, as AWS rejects fake keys/,
    );
  });

  it('puts IMDS on --port and says the ECS endpoint takes a free port', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const out = await serveOutput({ scenario: 'ecs-execution-role-mixup', solved: true, port });
    expect(out).toContain('--port sets the IMDS port only; the ECS endpoint takes a free port on every start.');
    expect(out).not.toContain(`AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:${port}/`);
    const ec2 = await serveOutput({ port });
    expect(ec2).toContain(`AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:${port}/`);
  });
});

describe('iam-tutor sandbox serve: ECS without a task role, IPv6, and the + key', () => {
  async function serveUntilReady(over: Parameters<typeof flags>[0], keys?: PassThrough) {
    const t = captureIo({ cwd: process.cwd() });
    const abort = new AbortController();
    const done = sandboxServeCommand(flags(over), t.io, {
      signal: abort.signal,
      ...(keys ? { keys: keys as unknown as NodeJS.ReadStream } : {}),
    });
    await waitFor(() => /Stop with Ctrl\+C\.|q quits\./.test(t.out()));
    const stop = async () => {
      abort.abort();
      return done;
    };
    return { t, stop };
  }

  it('exports no credential variables for a task without a task role, and says what the SDK will print', async () => {
    const { t, stop } = await serveUntilReady({ scenario: 'ecs-execution-role-mixup' });
    expect(await stop()).toBe(0);
    const out = t.out();
    expect(out).not.toMatch(/export AWS_CONTAINER_CREDENTIALS/);
    expect(out).not.toMatch(/export AWS_CONTAINER_AUTHORIZATION_TOKEN/);
    expect(out).toContain(
      'unset AWS_CONTAINER_CREDENTIALS_RELATIVE_URI AWS_CONTAINER_CREDENTIALS_FULL_URI AWS_CONTAINER_AUTHORIZATION_TOKEN',
    );
    expect(out).toMatch(/export ECS_CONTAINER_METADATA_URI_V4=http:\/\/127\.0\.0\.1:\d+\/v4\/[\w-]+/);
    expect(out).toContain('export AWS_EXECUTION_ENV=AWS_ECS_FARGATE');
    expect(out).toContain('"Unable to locate credentials"');
    expect(out).toContain('"Could not load credentials');
  });

  it('prints the IPv6 override for [::1] with its port, and the IMDSv1 fallback switch', async () => {
    const { t, stop } = await serveUntilReady({});
    expect(await stop()).toBe(0);
    const out = t.out();
    const v4 = /export AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
    expect(v4).toBeDefined();
    if (out.includes('[::1]')) {
      expect(out).toMatch(/#\s+export AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6/);
      expect(out).toMatch(/#\s+export AWS_EC2_METADATA_SERVICE_ENDPOINT=http:\/\/\[::1\]:\d+\//);
      expect(out).toContain('http://[fd00:ec2::254]');
    } else {
      console.log('SKIPPED the IPv6 lines: [::1] cannot be bound here');
    }
    expect(out).toMatch(/#\s+export AWS_EC2_METADATA_V1_DISABLED=true/);
  });

  it('+ moves the sandbox clock, says served keys keep their Expiration, and the served document agrees', async () => {
    const keys = new PassThrough();
    const { t, stop } = await serveUntilReady({}, keys);
    const endpoint = /AWS_EC2_METADATA_SERVICE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+\/)/.exec(t.out())![1]!;
    const path = '/latest/meta-data/iam/security-credentials/app-role';
    const before = (await rawV2(endpoint, path)).body;
    keys.write('+');
    await waitFor(() => t.out().includes('(+15 min'));
    expect(t.out()).toMatch(
      /Sandbox clock: \S+Z \(\+15 min, 15 min ahead of your clock\)\. Keys already handed out keep their Expiration/,
    );
    const after = JSON.parse((await rawV2(endpoint, path)).body);
    const first = JSON.parse(before);
    if (after.AccessKeyId === first.AccessKeyId) expect(after).toEqual(first);
    else expect(Date.parse(after.LastUpdated)).toBeGreaterThanOrEqual(Date.parse(first.LastUpdated));
    expect(Date.parse(after.Expiration) - Date.now()).toBeGreaterThan(30 * 60_000);
    keys.write('q');
    expect(await stop()).toBe(0);
  });
});
