import { connect } from 'node:net';
import { fromInstanceMetadata, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { describe, expect, it, vi } from 'vitest';
import { SandboxHost, startSandboxEndpoints } from '../../../src/sandbox/endpoints/index.js';
import { imdsCredentialsDocument } from '../../../src/sandbox/index.js';
import { endpointsPerTest, raw, rawV2, run, scenarioWorld } from './helpers.js';

const live = endpointsPerTest();

async function serve(host: SandboxHost) {
  return (await live.serve(host)).running;
}

const INSTANCE = 'i-0a3ef72725f7a7186';

describe('IMDS on loopback, read by the real AWS SDK for JavaScript', () => {
  it('hands fromInstanceMetadata exactly the credentials the sandbox issued (tokens optional)', async () => {
    const world = run(
      scenarioWorld('guided-ec2-dynamodb', true),
      `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-tokens optional`,
    );
    const host = new SandboxHost(world, { instanceId: INSTANCE });
    expect(host.instance()!.metadataOptions.httpTokens).toBe('optional');
    const running = await serve(host);
    const meanings: string[] = [];
    host.on('request', (event) => meanings.push(event.meaning));
    const credentials = await fromInstanceMetadata()();
    expect(meanings.at(-1)).toMatch(/^IMDSv2: credentials served/);
    const issued = imdsCredentialsDocument(host.world(), INSTANCE, host.sandboxNow());
    expect(issued?.Code).toBe('Success');
    if (issued?.Code !== 'Success') return;
    expect(credentials.accessKeyId).toBe(issued.AccessKeyId);
    expect(credentials.secretAccessKey).toBe(issued.SecretAccessKey);
    expect(credentials.sessionToken).toBe(issued.Token);
    expect(credentials.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    expect(credentials.expiration!.getTime()).toBeGreaterThan(Date.now());
    // Tokens optional: a plain IMDSv1 client, no token at all, reads the same credentials.
    const role = await raw(`${running.imdsUrl}latest/meta-data/iam/security-credentials/`);
    expect(role.status).toBe(200);
    const v1 = await raw(`${running.imdsUrl}latest/meta-data/iam/security-credentials/${role.body}`);
    expect(v1.status).toBe(200);
    expect(JSON.parse(v1.body).AccessKeyId).toBe(issued.AccessKeyId);
    expect(meanings.at(-1)).toMatch(/^IMDSv1: credentials served/);
  });

  it('refuses IMDSv1 once HttpTokens is switched to required, and the default provider chain still works', async () => {
    const optional = run(
      scenarioWorld('guided-ec2-dynamodb', true),
      `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-tokens optional`,
    );
    const host = new SandboxHost(optional, { instanceId: INSTANCE });
    const running = await serve(host);
    const listing = `${running.imdsUrl}latest/meta-data/iam/security-credentials/`;
    expect((await raw(listing)).status).toBe(200);
    // The learner requires IMDSv2 while the endpoints run.
    host.replaceWorld(
      run(host.world(), `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-tokens required`),
    );
    const events: string[] = [];
    host.on('request', (event) => events.push(event.meaning));
    expect((await raw(listing)).status).toBe(401);
    expect(events.at(-1)).toBe('401: IMDSv1 refused because HttpTokens=required');
    const credentials = await fromNodeProviderChain()();
    expect(credentials.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    expect(events.at(-1)).toMatch(/^IMDSv2: credentials served/);
  });

  it('lets the SDK fail as it does in AWS when no instance profile is associated', async () => {
    const host = new SandboxHost(scenarioWorld('missing-instance-profile', false), { instanceId: INSTANCE });
    const running = await serve(host);
    expect((await rawV2(running.imdsUrl, '/latest/meta-data/iam/security-credentials/')).status).toBe(404);
    const events: Array<{ status: number; meaning: string }> = [];
    host.on('request', (event) => events.push(event));
    const error = await fromInstanceMetadata({ maxRetries: 0 })().then(
      () => undefined,
      (e: Error & { statusCode?: number }) => e,
    );
    expect(error?.name).toBe('ProviderError');
    expect(error?.message).toBe('Error response received from instance metadata service');
    expect(error?.statusCode).toBe(404);
    expect(events.at(-1)).toMatchObject({
      status: 404,
      meaning: 'IMDSv2: no role to list (no instance profile associated)',
    });
    const chain = await fromNodeProviderChain()().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(chain?.name).toBe('CredentialsProviderError');
    expect(chain?.message).toBe('Could not load credentials from any providers');
  });

  it('serves AssumeRoleUnauthorizedAccess when the role does not trust EC2, and the SDK rejects it', async () => {
    const host = new SandboxHost(scenarioWorld('trust-names-lambda', false), { instanceId: INSTANCE });
    const running = await serve(host);
    const listed = await rawV2(running.imdsUrl, '/latest/meta-data/iam/security-credentials/');
    expect(listed.status).toBe(200);
    const document = await rawV2(running.imdsUrl, `/latest/meta-data/iam/security-credentials/${listed.body}`);
    expect(JSON.parse(document.body).Code).toBe('AssumeRoleUnauthorizedAccess');
    const events: Array<{ status: number; meaning: string }> = [];
    host.on('request', (event) => events.push(event));
    const error = await fromInstanceMetadata({ maxRetries: 0 })().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('CredentialsProviderError');
    expect(error?.message).toBe('Invalid response received from instance metadata service.');
    expect(events.at(-1)?.status).toBe(200);
    expect(events.at(-1)?.meaning).toMatch(/^IMDSv2: AssumeRoleUnauthorizedAccess: EC2 could not assume/);
  });

  it('rotates on the clock: a memoised SDK provider refreshes when its keys near expiry', async () => {
    // The sandbox clock runs with the wall clock (plus any fast-forward), so moving the faked
    // Date moves both the SDK's idea of "now" and the sandbox's.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
      await serve(host);
      const provider = fromNodeProviderChain();
      const first = await provider();
      expect((await provider()).accessKeyId).toBe(first.accessKeyId);
      vi.setSystemTime(Date.now() + 56 * 60 * 1000);
      // Within five minutes of expiry the SDK refreshes. Current versions hand back the still-valid
      // keys once and fetch new ones in the background; once expired, they wait for new ones.
      let second = await provider();
      for (let tries = 0; tries < 100 && second.accessKeyId === first.accessKeyId; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        second = await provider();
      }
      expect(second.accessKeyId).not.toBe(first.accessKeyId);
      expect(second.expiration!.getTime()).toBeGreaterThan(first.expiration!.getTime());
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves newer keys after the learner fast-forwards the sandbox clock', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    await serve(host);
    const first = await fromInstanceMetadata()();
    host.advance(50 * 60 * 1000);
    const second = await fromInstanceMetadata()();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
  });

  it('answers malformed and hostile requests with the right status and keeps serving', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    const { imdsUrl } = await serve(host);
    expect((await raw(imdsUrl, { method: 'PUT', path: '/latest/api/token' })).status).toBe(400);
    expect(
      (
        await raw(imdsUrl, {
          method: 'PUT',
          path: '/latest/api/token',
          headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21601' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await raw(imdsUrl, {
          method: 'PUT',
          path: '/latest/api/token',
          headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '0' },
        })
      ).status,
    ).toBe(400);
    const token = await raw(imdsUrl, {
      method: 'PUT',
      path: '/latest/api/token',
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' },
    });
    expect(token.status).toBe(200);
    expect(token.headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('21600');
    expect(
      (
        await raw(imdsUrl, {
          method: 'PUT',
          path: '/latest/api/token',
          headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60', 'x-forwarded-for': '203.0.113.7' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await raw(imdsUrl, { headers: { 'x-aws-ec2-metadata-token': 'forged' }, path: '/latest/meta-data/instance-id' }))
        .status,
    ).toBe(401);
    expect(
      (
        await raw(imdsUrl, {
          headers: { 'x-aws-ec2-metadata-token': token.body },
          path: '/latest/meta-data/instance-id',
        })
      ).body,
    ).toBe(INSTANCE);
    expect((await raw(imdsUrl, { method: 'POST', path: '/latest/meta-data/' })).status).toBe(405);
    expect((await raw(imdsUrl, { method: 'DELETE', path: '/latest/api/token' })).status).toBe(405);
    expect((await rawV2(imdsUrl, '/latest/meta-data/../../etc/passwd')).status).toBe(404);
    expect((await rawV2(imdsUrl, '/latest/meta-data/iam/security-credentials-extended/')).status).toBe(404);
    expect(
      (
        await raw(imdsUrl, { headers: { 'x-big': 'x'.repeat(40_000) }, path: '/latest/meta-data/instance-id' }).catch(
          () => ({ status: 431 }),
        )
      ).status,
    ).toBe(431);
    // Garbage on the socket gets a 400 and a closed connection, not a crash.
    const port = Number(new URL(imdsUrl).port);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('\u0000\u0001 NOT HTTP \r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await rawV2(imdsUrl, '/latest/meta-data/instance-id')).body).toBe(INSTANCE);
  });

  it('drops the token reply for an app in a container behind hop limit 1; the SDK falls back to IMDSv1', async () => {
    const world = run(
      scenarioWorld('guided-ec2-dynamodb', true),
      `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-tokens optional --http-put-response-hop-limit 1`,
      `app deploy --instance-id ${INSTANCE} --client js-v3 --runtime container`,
    );
    const host = new SandboxHost(world, { instanceId: INSTANCE });
    await serve(host);
    const meanings: string[] = [];
    host.on('request', (event) => meanings.push(event.meaning));
    const credentials = await fromInstanceMetadata({ timeout: 300, maxRetries: 0 })();
    expect(credentials.accessKeyId).toMatch(/^ASIAIAMTUTORFAKE/);
    expect(meanings.some((m) => m.startsWith('token reply dropped'))).toBe(true);
    expect(meanings.some((m) => m.startsWith('IMDSv1: credentials served'))).toBe(true);
  });

  it('listens on loopback only', async () => {
    const host = new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: INSTANCE });
    await expect(startSandboxEndpoints(host, { host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1 only/);
    const running = await serve(host);
    expect(new URL(running.imdsUrl).hostname).toBe('127.0.0.1');
  });
});
