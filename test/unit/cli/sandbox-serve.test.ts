import { fromInstanceMetadata } from '@aws-sdk/credential-providers';
import { describe, expect, it } from 'vitest';
import { sandboxServeCommand } from '../../../src/cli/commands/sandbox-serve.js';
import { sdkEnvironment } from '../endpoints/helpers.js';
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
