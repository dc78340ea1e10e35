import { fromContainerMetadata, fromHttp, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { SandboxHost } from '../../../src/sandbox/endpoints/index.js';
import { ecsCredentialsDocument } from '../../../src/sandbox/index.js';
import { endpointsPerTest, raw, scenarioWorld } from './helpers.js';

// The two ways to reach the ECS agent's endpoint: the relative URI (as the agent serves it at
// 169.254.170.2, no Authorization header checked) and the full URI (always needs the token).

const live = endpointsPerTest();

async function serveTask() {
  const host = new SandboxHost(scenarioWorld('ecs-execution-role-mixup', true));
  const { running, events } = await live.serve(host);
  const issued = ecsCredentialsDocument(host.world(), host.taskArn!, host.sandboxNow())!;
  return { host, running, events, issued };
}

describe('the ECS endpoint, relative and full-URI forms', () => {
  it('answers the relative URI without an Authorization header, and ignores a wrong one, as the agent does', async () => {
    const { running, events, issued } = await serveTask();
    expect(new URL(running.ecsRelativeUrl!).pathname).toMatch(/^\/v2\/credentials\/[\w-]+$/);
    const bare = await raw(running.ecsRelativeUrl!);
    expect(bare.status).toBe(200);
    expect(JSON.parse(bare.body).AccessKeyId).toBe(issued.AccessKeyId);
    expect(events.at(-1)?.meaning).toMatch(/relative URI, as at 169\.254\.170\.2: no Authorization checked/);
    const wrong = await raw(running.ecsRelativeUrl!, { headers: { authorization: 'not-the-token' } });
    expect(wrong.status).toBe(200);
    expect(JSON.parse(wrong.body).AccessKeyId).toBe(issued.AccessKeyId);
  });

  it('requires the token on the full-URI path: 401 without it and with a wrong one, each logged', async () => {
    const { running, events } = await serveTask();
    expect(running.env.AWS_CONTAINER_CREDENTIALS_FULL_URI).toBe(running.ecsUrl);
    expect(new URL(running.ecsUrl!).pathname).toBe(`/full${new URL(running.ecsRelativeUrl!).pathname}`);
    expect((await raw(running.ecsUrl!)).status).toBe(401);
    expect(events.at(-1)).toMatchObject({
      status: 401,
      meaning: expect.stringMatching(/^401: full-URI request without the Authorization header/),
    });
    expect((await raw(running.ecsUrl!, { headers: { authorization: 'not-the-token' } })).status).toBe(401);
    expect(events.at(-1)).toMatchObject({
      status: 401,
      meaning: '401: full-URI request with a wrong Authorization token',
    });
    // Even a wrong credential id behind /full is refused for the token first: nothing leaks.
    expect((await raw(running.ecsUrl!, { path: '/full/v2/credentials/someone-else' })).status).toBe(401);
    const right = await raw(running.ecsUrl!, {
      headers: { authorization: running.env.AWS_CONTAINER_AUTHORIZATION_TOKEN! },
    });
    expect(right.status).toBe(200);
    expect(events.at(-1)?.meaning).toMatch(/full URI, Authorization token matched/);
  });

  it('keeps a valid request valid when the URI carries a query string, for curl and for the SDK', async () => {
    const { running, issued } = await serveTask();
    const relative = new URL(running.ecsRelativeUrl!);
    expect((await raw(running.ecsRelativeUrl!, { path: `${relative.pathname}?a=1` })).status).toBe(200);
    live.setEnv({
      ...running.env,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${running.ecsUrl}?a=1&b=two`,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    for (const provider of [fromHttp({ maxRetries: 0 }), fromContainerMetadata()]) {
      expect((await provider()).accessKeyId).toBe(issued.AccessKeyId);
    }
  });

  it('lets the SDK fail with the 401 the server logged when the token is wrong', async () => {
    const { running, events } = await serveTask();
    live.setEnv({
      ...running.env,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: 'not-the-token',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    const fromHttpError = await fromHttp({ maxRetries: 0 })().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(fromHttpError?.name).toBe('CredentialsProviderError');
    expect(fromHttpError?.message).toMatch(/Server responded with status: 401/);
    const chainError = await fromNodeProviderChain({ maxRetries: 0 })().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(chainError?.name).toBe('CredentialsProviderError');
    expect(chainError?.message).toBe('Could not load credentials from any providers');
    // Every request the SDK made got here and was refused for the token: no timeout, no refusal to connect.
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(
      events.every(
        (event) => event.status === 401 && event.meaning === '401: full-URI request with a wrong Authorization token',
      ),
    ).toBe(true);
  });

  it('exports what ECS sets in a Fargate task, plus marked stand-ins, when the scenario has a task and no instance', async () => {
    const { host, running } = await serveTask();
    expect(host.instanceId).toBeUndefined();
    expect(Object.keys(running.env).sort()).toEqual([
      'AWS_CONTAINER_AUTHORIZATION_TOKEN',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_DEFAULT_REGION',
      'AWS_EC2_METADATA_SERVICE_ENDPOINT',
      'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE',
      'AWS_EXECUTION_ENV',
      'AWS_REGION',
      'ECS_CONTAINER_METADATA_URI',
      'ECS_CONTAINER_METADATA_URI_V4',
    ]);
    expect(running.env.AWS_EXECUTION_ENV).toBe('AWS_ECS_FARGATE');
    expect(running.env.AWS_REGION).toBe('us-east-1');
    // The stand-ins are the ones ECS does not set: the IMDS pointer and the full-URI form.
    expect([...running.sandboxOnly].sort()).toEqual([
      'AWS_CONTAINER_AUTHORIZATION_TOKEN',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_EC2_METADATA_SERVICE_ENDPOINT',
      'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE',
    ]);
    expect(running.unset).toEqual([]);
  });
});
