import { afterEach, describe, expect, it, vi } from 'vitest';
import { ecsCredentialsDocument } from '../../../src/sandbox/credential-flow/ecs-endpoint.js';
import { imdsCredentialsDocument } from '../../../src/sandbox/credential-flow/imds.js';
import { ROTATION_PERIOD_MS, rotationWindow } from '../../../src/sandbox/credentials.js';
import { type RunningEndpoints, SandboxHost, startSandboxEndpoints } from '../../../src/sandbox/endpoints/index.js';
import { raw, rawV2, run, scenarioWorld } from './helpers.js';

// The endpoints build a credentials document (a trust evaluation and several hashes) once per
// world version and rotation window, not once per request, and build a new one as soon as the
// world is replaced, the clock is moved, or the rotation window turns.

vi.mock('../../../src/sandbox/credential-flow/imds.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/sandbox/credential-flow/imds.js')>();
  return { ...original, imdsCredentialsDocument: vi.fn(original.imdsCredentialsDocument) };
});
vi.mock('../../../src/sandbox/credential-flow/ecs-endpoint.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/sandbox/credential-flow/ecs-endpoint.js')>();
  return { ...original, ecsCredentialsDocument: vi.fn(original.ecsCredentialsDocument) };
});

let endpoints: RunningEndpoints | undefined;
afterEach(async () => {
  await endpoints?.close();
  endpoints = undefined;
});

const INSTANCE = 'i-0a3ef72725f7a7186';
const MINUTE = 60_000;
const builds = (fn: unknown) => vi.mocked(fn as (...args: unknown[]) => unknown).mock.calls.length;

describe('the credentials cache of the live endpoints', () => {
  it('builds the IMDS document once per rotation window and again when the world or clock changes', async () => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), {
      instanceId: INSTANCE,
      wallClock: () => clock.now,
    });
    endpoints = await startSandboxEndpoints(host);
    const url = endpoints.imdsUrl;
    // Start just after a rotation window opens, so the steps below land where they say.
    const window = rotationWindow(host.instance()!.association!.associatedAt, host.sandboxNow());
    clock.now += window.issuedAt + ROTATION_PERIOD_MS - host.sandboxNow() + 1;
    vi.mocked(imdsCredentialsDocument).mockClear();
    const role = (await rawV2(url, '/latest/meta-data/iam/security-credentials/')).body;
    const path = `/latest/meta-data/iam/security-credentials/${role}`;

    const first = JSON.parse((await rawV2(url, path)).body);
    for (let i = 0; i < 30; i++) expect(JSON.parse((await rawV2(url, path)).body)).toEqual(first);
    expect(builds(imdsCredentialsDocument)).toBe(1);

    // Later within the same window: same document, no rebuild.
    clock.now += 10 * MINUTE;
    expect(JSON.parse((await rawV2(url, path)).body).AccessKeyId).toBe(first.AccessKeyId);
    expect(builds(imdsCredentialsDocument)).toBe(1);

    // The wall clock runs into the next rotation window (new keys 30 minutes before expiry).
    clock.now += 25 * MINUTE;
    const rotated = JSON.parse((await rawV2(url, path)).body);
    expect(rotated.AccessKeyId).not.toBe(first.AccessKeyId);
    expect(builds(imdsCredentialsDocument)).toBe(2);

    // The learner fast-forwards within the window: a rebuild, but the key handed out keeps its
    // LastUpdated and Expiration (real IMDS never edits a served key).
    host.advance(5 * MINUTE);
    const advanced = JSON.parse((await rawV2(url, path)).body);
    expect(advanced).toEqual(rotated);
    expect(builds(imdsCredentialsDocument)).toBe(3);

    // The world is replaced: the profile loses its role (same instance, same association, same
    // window), and the cached documents go with it.
    const before = builds(imdsCredentialsDocument);
    const profile = host.instance()!.association!.instanceProfileArn.split('/').at(-1);
    host.replaceWorld(
      run(
        host.world(),
        `aws iam remove-role-from-instance-profile --instance-profile-name ${profile} --role-name ${role}`,
      ),
    );
    expect((await rawV2(url, '/latest/meta-data/iam/security-credentials/')).status).toBe(404);
    expect((await rawV2(url, path)).status).toBe(404);
    // And back: the role returns, and so do its credentials, built afresh.
    host.replaceWorld(
      run(host.world(), `aws iam add-role-to-instance-profile --instance-profile-name ${profile} --role-name ${role}`),
    );
    expect(JSON.parse((await rawV2(url, path)).body).AccessKeyId).toBe(advanced.AccessKeyId);
    expect(builds(imdsCredentialsDocument)).toBe(before + 1);
  });

  it('builds the ECS document once per rotation window, not per request', async () => {
    const host = new SandboxHost(scenarioWorld('ecs-execution-role-mixup', true));
    endpoints = await startSandboxEndpoints(host);
    vi.mocked(ecsCredentialsDocument).mockClear();
    const first = await raw(endpoints.ecsRelativeUrl!);
    expect(first.status).toBe(200);
    for (let i = 0; i < 30; i++) expect((await raw(endpoints.ecsRelativeUrl!)).body).toBe(first.body);
    expect(builds(ecsCredentialsDocument)).toBe(1);
    host.advance(50 * MINUTE);
    const later = await raw(endpoints.ecsRelativeUrl!);
    expect(JSON.parse(later.body).AccessKeyId).not.toBe(JSON.parse(first.body).AccessKeyId);
    expect(builds(ecsCredentialsDocument)).toBe(2);
  });
});
