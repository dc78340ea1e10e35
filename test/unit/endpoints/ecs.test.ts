import { fromContainerMetadata, fromHttp, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { SandboxHost } from '../../../src/sandbox/endpoints/index.js';
import { ecsCredentialsDocument } from '../../../src/sandbox/index.js';
import { endpointsPerTest, raw, scenarioWorld } from './helpers.js';

const live = endpointsPerTest();

/** The ECS scenario after its fix: a task whose task role may read the Orders table. */
async function serveTask(envOverride: Record<string, string> = {}) {
  const host = new SandboxHost(scenarioWorld('ecs-execution-role-mixup', true));
  expect(host.taskArn).toBeDefined();
  const { running } = await live.serve(host, (env) => ({ ...env, AWS_EC2_METADATA_DISABLED: 'true', ...envOverride }));
  return { host, running };
}

describe('the ECS credentials endpoint, read by the real AWS SDK for JavaScript', () => {
  it('gives fromContainerMetadata, fromHttp and the default chain the task role credentials', async () => {
    const { host } = await serveTask();
    const issued = ecsCredentialsDocument(host.world(), host.taskArn!, host.sandboxNow())!;
    expect(issued.RoleArn).toMatch(/:role\/orders-task-role$/);
    for (const provider of [fromContainerMetadata(), fromHttp(), fromNodeProviderChain()]) {
      const credentials = await provider();
      expect(credentials.accessKeyId).toBe(issued.AccessKeyId);
      expect(credentials.secretAccessKey).toBe(issued.SecretAccessKey);
      expect(credentials.sessionToken).toBe(issued.Token);
    }
  });

  it('refuses a wrong or missing authorization token, and the SDK fails', async () => {
    const { running, host } = await serveTask({ AWS_CONTAINER_AUTHORIZATION_TOKEN: 'not-the-token' });
    const events: Array<{ status: number; meaning: string }> = [];
    host.on('request', (event) => events.push(event));
    const error = await fromHttp({ maxRetries: 0 })().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('CredentialsProviderError');
    expect(error?.message).toMatch(/Server responded with status: 401/);
    expect(events.at(-1)).toMatchObject({
      status: 401,
      meaning: '401: full-URI request with a wrong Authorization token',
    });
    expect((await raw(running.ecsUrl!)).status).toBe(401);
    expect(
      (await raw(running.ecsUrl!, { headers: { authorization: running.env.AWS_CONTAINER_AUTHORIZATION_TOKEN! } }))
        .status,
    ).toBe(200);
  });

  it("answers another credentials id and a missing one with the agent's 400 errors, and 405 for other methods", async () => {
    const { running } = await serveTask();
    const auth = { authorization: running.env.AWS_CONTAINER_AUTHORIZATION_TOKEN! };
    const wrong = await raw(running.ecsUrl!, { headers: auth, path: '/v2/credentials/someone-else' });
    expect(wrong.status).toBe(400);
    expect(wrong.headers['content-type']).toBe('application/json');
    expect(wrong.body).toBe(
      '{"code":"InvalidIdInRequest","message":"CredentialsV2Request: Credentials not found","HTTPErrorCode":400}',
    );
    const missing = await raw(running.ecsUrl!, { path: '/v2/credentials/' });
    expect(missing.status).toBe(400);
    expect(missing.body).toBe(
      '{"code":"NoIdInRequest","message":"CredentialsV2Request: No Credential ID in the request","HTTPErrorCode":400}',
    );
    const good = await raw(running.ecsRelativeUrl!);
    expect(good.status).toBe(200);
    expect(good.headers['content-type']).toBe('application/json');
    expect(Object.keys(JSON.parse(good.body))).toEqual([
      'RoleArn',
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'Expiration',
    ]);
    expect((await raw(running.ecsUrl!, { headers: auth, method: 'POST' })).status).toBe(405);
  });
});
