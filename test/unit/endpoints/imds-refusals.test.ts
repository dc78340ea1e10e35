import { fromInstanceMetadata, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { SandboxHost } from '../../../src/sandbox/endpoints/index.js';
import { endpointsPerTest, raw, rawV2, run, scenarioWorld } from './helpers.js';

// Requests IMDS refuses, and how the real SDK fails on them: with the status the server logged,
// never with a timeout or a refused connection that would pass for the same thing.

const live = endpointsPerTest();

const INSTANCE = 'i-0a3ef72725f7a7186';

const serve = (host: SandboxHost) => live.serve(host);

/** The rejection of a promise that must reject. */
async function failure(promise: Promise<unknown>): Promise<Error & { statusCode?: number }> {
  return promise.then(
    () => {
      throw new Error('expected the SDK to fail');
    },
    (error: Error) => error,
  );
}

describe('IMDS refusals the SDK meets', () => {
  it('answers 403 Forbidden to the token PUT and every GET when HttpEndpoint=disabled', async () => {
    const world = run(
      scenarioWorld('guided-ec2-dynamodb', true),
      `aws ec2 modify-instance-metadata-options --instance-id ${INSTANCE} --http-endpoint disabled`,
    );
    const { running, events } = await serve(new SandboxHost(world, { instanceId: INSTANCE }));
    expect(
      (
        await raw(running.imdsUrl, {
          method: 'PUT',
          path: '/latest/api/token',
          headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '60' },
        })
      ).status,
    ).toBe(403);
    expect((await raw(running.imdsUrl, { path: '/latest/meta-data/instance-id' })).status).toBe(403);
    expect((await rawV2(running.imdsUrl, '/latest/meta-data/iam/security-credentials/')).status).toBe(403);
    expect(events.at(-1)?.meaning).toBe('403: the instance metadata endpoint is turned off (HttpEndpoint=disabled)');

    events.length = 0;
    const error = await failure(fromInstanceMetadata({ maxRetries: 0 })());
    expect(error.name).toBe('ProviderError');
    expect(error.message).toBe('Error response received from instance metadata service');
    expect(error.statusCode).toBe(403);
    const chain = await failure(fromNodeProviderChain()());
    expect(chain.name).toBe('CredentialsProviderError');
    expect(chain.message).toBe('Could not load credentials from any providers');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.status === 403)).toBe(true);
  });

  it('refuses IMDSv1 after the token PUT is dropped (tokens required, hop limit 1, app in a container): logged 401', async () => {
    // The hop-limit scenario as the challenge starts: HttpTokens=required, hop limit 1, container.
    const host = new SandboxHost(scenarioWorld('hop-limit-container', false), { instanceId: INSTANCE });
    const m = host.instance()!.metadataOptions;
    expect([m.httpTokens, m.httpPutResponseHopLimit, host.instance()!.app.runtime]).toEqual([
      'required',
      1,
      'container',
    ]);
    const { events } = await serve(host);
    const error = await failure(fromInstanceMetadata({ timeout: 300, maxRetries: 0 })());
    expect(error.name).toBe('ProviderError');
    expect(error.message).toBe('Error response received from instance metadata service');
    expect(error.statusCode).toBe(401);
    expect(events.map((event) => [event.method, event.status])).toEqual([
      ['PUT', 0],
      ['GET', 401],
    ]);
    expect(events[0]!.meaning).toMatch(/^token reply dropped: hop limit 1/);
    expect(events[1]!.meaning).toBe('401: IMDSv1 refused because HttpTokens=required');
  });
});
