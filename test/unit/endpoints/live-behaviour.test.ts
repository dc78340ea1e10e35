import { connect, type Socket } from 'node:net';
import { fromInstanceMetadata, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { MAX_HOLD_MS, SandboxHost, startSandboxEndpoints } from '../../../src/sandbox/endpoints/index.js';
import { endpointsPerTest, raw, rawV2, run, scenarioWorld } from './helpers.js';
import { botocore, botocorePython, clientEnv, skipNote } from './real-clients.js';

const live = endpointsPerTest();
const INSTANCE = 'i-0a3ef72725f7a7186';
const MINUTE = 60_000;
const CREDENTIALS = '/latest/meta-data/iam/security-credentials/app-role';

describe('fast-forward (+) with live clients', () => {
  it('never changes a key once served; new keys follow the sandbox clock; LastUpdated never runs backwards; > 30 min left whenever served', async () => {
    const clock = { now: Date.UTC(2030, 5, 1, 12, 7, 0) };
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), {
      instanceId: INSTANCE,
      wallClock: () => clock.now,
    });
    const { running } = await live.serve(host);
    const seen = new Map<string, { LastUpdated: string; Expiration: string }>();
    let lastUpdated = 0;
    for (let step = 0; step < 150; step++) {
      // The wall clock runs a minute; every 7th minute the learner presses + (15 sandbox minutes).
      clock.now += MINUTE;
      if (step % 7 === 3) host.advance(15 * MINUTE);
      const doc = JSON.parse((await rawV2(running.imdsUrl, CREDENTIALS)).body);
      const known = seen.get(doc.AccessKeyId);
      if (known) expect({ LastUpdated: doc.LastUpdated, Expiration: doc.Expiration }).toEqual(known);
      else seen.set(doc.AccessKeyId, { LastUpdated: doc.LastUpdated, Expiration: doc.Expiration });
      expect(Date.parse(doc.LastUpdated)).toBeGreaterThanOrEqual(lastUpdated);
      expect(Date.parse(doc.LastUpdated)).toBeLessThanOrEqual(clock.now);
      lastUpdated = Date.parse(doc.LastUpdated);
      // At least 5 minutes, as AWS promises; more than 30, so botocore never "extends" them.
      expect(Date.parse(doc.Expiration) - clock.now).toBeGreaterThan(30 * MINUTE);
    }
    // 150 wall minutes plus 21 presses (315 sandbox minutes): a new key every 30 sandbox minutes.
    expect(seen.size).toBeGreaterThanOrEqual(14);
    expect(host.aheadMs).toBe(21 * 15 * MINUTE);
  }, 30_000);

  it('a running SDK keeps the key it holds across +, while a new client gets the newer key', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    await live.serve(host);
    const running = fromNodeProviderChain();
    const held = await running();
    host.advance(50 * MINUTE);
    expect((await running()).accessKeyId).toBe(held.accessKeyId);
    const fresh = await fromInstanceMetadata()();
    expect(fresh.accessKeyId).not.toBe(held.accessKeyId);
    expect(fresh.expiration!.getTime() - Date.now()).toBeGreaterThan(30 * MINUTE);
  });

  it('a world handed in with its clock moved on (clock advance 50m) moves the live clock as much', async () => {
    const world = scenarioWorld('guided-ec2-dynamodb', true);
    const host = new SandboxHost(world, { instanceId: INSTANCE });
    const { running } = await live.serve(host);
    const first = JSON.parse((await rawV2(running.imdsUrl, CREDENTIALS)).body);
    host.replaceWorld({ ...world, now: world.now + 50 * MINUTE });
    expect(host.aheadMs).toBe(50 * MINUTE);
    // 50 sandbox minutes cross at least one rotation (every 30 minutes).
    const later = JSON.parse((await rawV2(running.imdsUrl, CREDENTIALS)).body);
    expect(later.AccessKeyId).not.toBe(first.AccessKeyId);
    // A world with an unchanged clock (any other edit) moves nothing.
    host.replaceWorld({ ...world, now: world.now + 50 * MINUTE });
    expect(host.aheadMs).toBe(50 * MINUTE);
  });

  it('the ECS endpoint keeps a served key as served too', async () => {
    const host = new SandboxHost(scenarioWorld('ecs-execution-role-mixup', true));
    const { running } = await live.serve(host);
    const first = (await raw(running.ecsRelativeUrl!)).body;
    host.advance(1000);
    expect((await raw(running.ecsRelativeUrl!)).body).toBe(first);
  });
});

/** A raw socket that sends `text` and reports what came back and when it closed. */
function probe(port: number, text: string, host = '127.0.0.1') {
  const socket: Socket = connect(port, host, () => socket.write(text));
  let answer = '';
  let closedAt: number | undefined;
  socket.on('data', (chunk) => {
    answer += chunk.toString();
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    closedAt = Date.now();
  });
  return { socket, answer: () => answer, closed: () => closedAt !== undefined };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PUT = 'PUT /latest/api/token HTTP/1.1\r\nHost: x\r\nx-aws-ec2-metadata-token-ttl-seconds: 60\r\n\r\n';

function hopLimitHost() {
  return new SandboxHost(
    run(
      scenarioWorld('guided-ec2-dynamodb', true),
      `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-put-response-hop-limit 1`,
      `app deploy --instance-id ${INSTANCE} --client js-v3 --runtime container`,
    ),
    { instanceId: INSTANCE },
  );
}

describe('a token reply the hop limit drops', () => {
  it('is held unanswered past 5 s (a lost packet: the client times out, nothing closes it)', async () => {
    expect(MAX_HOLD_MS).toBeGreaterThanOrEqual(5 * MINUTE);
    const { running } = await live.serve(hopLimitHost());
    const port = Number(new URL(running.imdsUrl).port);
    const held = probe(port, PUT);
    await sleep(5_600);
    expect(held.closed()).toBe(false);
    expect(held.answer()).toBe('');
    expect(running.heldCount()).toBe(1);
    // The client gives up: the server forgets it.
    held.socket.destroy();
    await sleep(100);
    expect(running.heldCount()).toBe(0);
  }, 20_000);

  it('a client with a longer timeout times out on its own clock, then falls back to IMDSv1 (401 here)', async () => {
    const host = hopLimitHost();
    const { events } = await live.serve(host);
    const started = Date.now();
    const error = await fromInstanceMetadata({ timeout: 2_000, maxRetries: 0 })().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(error?.message).toBe('Error response received from instance metadata service');
    expect(events.map((e) => e.meaning)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^token reply dropped/),
        '401: IMDSv1 refused because HttpTokens=required',
      ]),
    );
  }, 20_000);

  it('holds at most maxHeld requests (the oldest is let go) and each at most maxHoldMs', async () => {
    const running = await startSandboxEndpoints(hopLimitHost(), { maxHeld: 3, maxHoldMs: 1_500, ipv6: false });
    try {
      const port = Number(new URL(running.imdsUrl).port);
      const probes = [];
      for (let i = 0; i < 5; i++) {
        probes.push(probe(port, PUT));
        await sleep(60);
      }
      await sleep(200);
      expect(running.heldCount()).toBe(3);
      expect(probes.map((p) => p.closed())).toEqual([true, true, false, false, false]);
      await sleep(1_800);
      expect(running.heldCount()).toBe(0);
      expect(probes.every((p) => p.closed())).toBe(true);
    } finally {
      await running.close();
    }
  }, 20_000);
});

describe('slow sockets and many sockets', () => {
  it('answers a request that never finishes its headers, and an idle socket, with 408', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    const running = await startSandboxEndpoints(host, { headersTimeoutMs: 400, ipv6: false });
    try {
      const port = Number(new URL(running.imdsUrl).port);
      const slow = probe(port, 'GET /latest/meta-data/ HTTP/1.1\r\nHost: x\r\n');
      const idle = probe(port, '');
      await sleep(1_500);
      expect(slow.answer()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
      expect(idle.answer()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
      expect(slow.closed() && idle.closed()).toBe(true);
    } finally {
      await running.close();
    }
  }, 30_000);

  it('caps open connections: past the cap a new socket is closed at once, the others keep working', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    const running = await startSandboxEndpoints(host, { maxConnections: 3, ipv6: false });
    try {
      const port = Number(new URL(running.imdsUrl).port);
      const open = [probe(port, ''), probe(port, ''), probe(port, '')];
      await sleep(150);
      const extra = probe(port, '');
      await sleep(300);
      expect(extra.closed()).toBe(true);
      expect(open.some((p) => p.closed())).toBe(false);
      for (const p of open) p.socket.destroy();
      await sleep(100);
      expect((await rawV2(running.imdsUrl, '/latest/meta-data/instance-id')).body).toBe(INSTANCE);
    } finally {
      await running.close();
    }
  });
});

describe('the IPv6 endpoint mode and the IMDSv1 fallback switch', () => {
  it('serves the same IMDS on [::1] for AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6 with the endpoint override', async (context) => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    const { running } = await live.serve(host);
    if (!running.imdsIpv6Url) {
      console.log(`SKIPPED the IPv6 test: [::1] cannot be bound here (${running.ipv6Unavailable})`);
      context.skip();
      return;
    }
    expect(running.imdsIpv6Url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
    const ipv6 = {
      AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: 'IPv6',
      AWS_EC2_METADATA_SERVICE_ENDPOINT: running.imdsIpv6Url,
    };
    live.setEnv(ipv6);
    const viaIpv6 = await fromNodeProviderChain()();
    expect(viaIpv6.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    if (botocorePython) {
      const boto = await botocore(clientEnv(ipv6));
      expect(boto).toMatchObject({ method: 'iam-role', key: viaIpv6.accessKeyId, extension: false });
    }
  }, 30_000);

  it(`AWS_EC2_METADATA_V1_DISABLED=true makes a dropped token fatal instead of an IMDSv1 fallback${skipNote('botocore', botocorePython, 'apt-get install python3-botocore')}`, async () => {
    // Tokens optional and hop limit 1 from a container: with the fallback allowed the SDK gets the
    // keys over IMDSv1; with it switched off it must fail without sending a tokenless request.
    const host = new SandboxHost(
      run(
        scenarioWorld('guided-ec2-dynamodb', true),
        `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-tokens optional --http-put-response-hop-limit 1`,
        `app deploy --instance-id ${INSTANCE} --client js-v3 --runtime container`,
      ),
      { instanceId: INSTANCE },
    );
    const { running, events } = await live.serve(host);
    expect((await fromInstanceMetadata({ timeout: 500, maxRetries: 0 })()).accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    live.setEnv({ ...running.env, AWS_EC2_METADATA_V1_DISABLED: 'true' });
    events.length = 0;
    const error = await fromInstanceMetadata({ timeout: 500, maxRetries: 0 })().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration/);
    expect(events.every((event) => event.method === 'PUT')).toBe(true);
    if (botocorePython) {
      const boto = await botocore(clientEnv({ ...running.env, AWS_EC2_METADATA_V1_DISABLED: 'true' }));
      expect(boto).toMatchObject({
        method: null,
        key: null,
        error:
          'MetadataRetrievalError: Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled',
      });
      expect(events.every((event) => event.method === 'PUT')).toBe(true);
      const allowed = await botocore(clientEnv(running.env));
      expect(allowed).toMatchObject({ method: 'iam-role', extension: false });
    }
  }, 30_000);
});

describe('the ECS task metadata endpoint v4', () => {
  it('serves /, /task, /stats and /task/stats for the simulated task as application/json', async () => {
    const host = new SandboxHost(scenarioWorld('ecs-execution-role-mixup', false));
    const { running } = await live.serve(host);
    const base = running.env.ECS_CONTAINER_METADATA_URI_V4!;
    expect(base).toBe(running.taskMetadataUrl);
    const get = async (suffix: string) => {
      const answer = await raw(`${base}${suffix}`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('application/json');
      return JSON.parse(answer.body);
    };
    const task = host.task()!;
    const container = await get('');
    expect(container).toMatchObject({
      Name: 'app',
      Image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/orders-app:latest',
      DesiredStatus: 'RUNNING',
      KnownStatus: 'RUNNING',
      Type: 'NORMAL',
      LogDriver: 'awslogs',
      Labels: {
        'com.amazonaws.ecs.task-arn': task.taskArn,
        'com.amazonaws.ecs.task-definition-family': 'orders-app',
        'com.amazonaws.ecs.container-name': 'app',
      },
    });
    expect(base.endsWith(`/v4/${container.DockerId}`)).toBe(true);
    const taskDoc = await get('/task');
    expect(taskDoc).toMatchObject({
      Cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/orders',
      TaskARN: task.taskArn,
      Family: 'orders-app',
      Revision: '1',
      LaunchType: 'FARGATE',
      Limits: { CPU: 0.25, Memory: 512 },
      AvailabilityZone: 'us-east-1a',
    });
    expect(taskDoc.Containers.map((c: { DockerId: string }) => c.DockerId)).toEqual([container.DockerId]);
    const stats = await get('/stats');
    expect(stats).toMatchObject({ id: container.DockerId, name: 'app' });
    expect(stats.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(0);
    expect(stats.memory_stats.limit).toBeGreaterThan(0);
    const taskStats = await get('/task/stats');
    expect(Object.keys(taskStats)).toEqual([container.DockerId]);
    expect((await raw(base.replace(/\/v4\/.*/, '/v4/not-a-container/task'))).status).toBe(404);
    // Without a task role the same task has metadata but no credentials variables.
    expect(running.env.AWS_CONTAINER_CREDENTIALS_FULL_URI).toBeUndefined();
    expect(running.unset).toContain('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI');
    // ...and every credentials id is one the agent does not know.
    const port = new URL(base).port;
    const guess = await raw(`http://127.0.0.1:${port}/v2/credentials/${task.credentialId}`);
    expect(guess.status).toBe(400);
    expect(JSON.parse(guess.body)).toEqual({
      code: 'InvalidIdInRequest',
      message: 'CredentialsV2Request: Credentials not found',
      HTTPErrorCode: 400,
    });
  });
});
