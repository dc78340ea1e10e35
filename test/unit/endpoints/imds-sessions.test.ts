import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_IMDS_TOKENS,
  type RunningEndpoints,
  SandboxHost,
  startSandboxEndpoints,
} from '../../../src/sandbox/endpoints/index.js';
import { raw, scenarioWorld } from './helpers.js';

// IMDSv2 session tokens are remembered only while they can be used: expired ones are deleted when
// presented and swept out on later PUTs, and a loop of PUTs cannot grow the table past its cap.

let endpoints: RunningEndpoints | undefined;
afterEach(async () => {
  await endpoints?.close();
  endpoints = undefined;
});

const INSTANCE = 'i-0a3ef72725f7a7186';

/** The guided scenario's instance, on a wall clock the test moves by hand. */
async function serveOnFakeClock(options: { maxImdsTokens?: number } = {}) {
  const clock = { now: Date.UTC(2030, 0, 1) };
  const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), {
    instanceId: INSTANCE,
    wallClock: () => clock.now,
  });
  endpoints = await startSandboxEndpoints(host, options);
  return { clock, running: endpoints };
}

const put = (url: string, ttl: number) =>
  raw(url, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'x-aws-ec2-metadata-token-ttl-seconds': String(ttl) },
  });
const getWith = (url: string, token: string) =>
  raw(url, { path: '/latest/meta-data/instance-id', headers: { 'x-aws-ec2-metadata-token': token } });

describe('IMDSv2 session tokens', () => {
  it('forgets an expired token when it is presented (401) instead of keeping it', async () => {
    const { clock, running } = await serveOnFakeClock();
    const token = (await put(running.imdsUrl, 1)).body;
    expect((await getWith(running.imdsUrl, token)).status).toBe(200);
    expect(running.imdsTokenCount()).toBe(1);
    clock.now += 1_001;
    expect((await getWith(running.imdsUrl, token)).status).toBe(401);
    expect(running.imdsTokenCount()).toBe(0);
  });

  it('sweeps out expired tokens nobody presents again on a later PUT', async () => {
    const { clock, running } = await serveOnFakeClock();
    for (let i = 0; i < 20; i++) await put(running.imdsUrl, 1);
    expect(running.imdsTokenCount()).toBe(20);
    clock.now += 61_000;
    await put(running.imdsUrl, 60);
    expect(running.imdsTokenCount()).toBe(1);
  });

  it('never grows past its cap under a loop of PUTs; the newest tokens keep working', async () => {
    const cap = 50;
    const { running } = await serveOnFakeClock({ maxImdsTokens: cap });
    const issued: string[] = [];
    let largest = 0;
    for (let i = 0; i < 10 * cap; i++) {
      const answer = await put(running.imdsUrl, 21_600);
      expect(answer.status).toBe(200);
      issued.push(answer.body);
      largest = Math.max(largest, running.imdsTokenCount());
    }
    expect(largest).toBeLessThanOrEqual(cap);
    expect((await getWith(running.imdsUrl, issued.at(-1)!)).status).toBe(200);
    // The oldest session was forgotten to make room: its holder gets a 401 and asks again.
    expect((await getWith(running.imdsUrl, issued[0]!)).status).toBe(401);
    expect(MAX_IMDS_TOKENS).toBeGreaterThanOrEqual(1_000);
    expect(Number.isFinite(MAX_IMDS_TOKENS)).toBe(true);
  });
});
