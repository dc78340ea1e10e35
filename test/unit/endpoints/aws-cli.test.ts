import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SandboxHost, startSandboxEndpoints, type RunningEndpoints } from '../../../src/sandbox/endpoints/index.js';
import { scenarioWorld } from './helpers.js';

// Optional: a second real client nobody here wrote. CI installs no AWS CLI, so this usually skips,
// and says so in the test name rather than passing silently.
const awsCli = spawnSync('aws', ['--version'], { encoding: 'utf8' });
const available = awsCli.status === 0;
let endpoints: RunningEndpoints | undefined;
afterAll(async () => endpoints?.close());

describe('the AWS CLI against the sandbox IMDS', () => {
  it.skipIf(!available)(`aws configure export-credentials receives the sandbox keys${available ? '' : ' (SKIPPED: no aws CLI on this machine; apt-get install awscli to run it)'}`, async () => {
    endpoints = await startSandboxEndpoints(new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: 'i-0a3ef72725f7a7186' }));
    const dir = mkdtempSync(join(tmpdir(), 'aws-cli-'));
    writeFileSync(join(dir, 'config'), '[default]\nregion = us-east-1\n');
    writeFileSync(join(dir, 'credentials'), '');
    const result = spawnSync('aws', ['configure', 'export-credentials', '--format', 'env'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir, AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), ...endpoints.env },
    });
    expect(result.stdout).toMatch(/AWS_ACCESS_KEY_ID=ASIAIAMTUTORFAKE/);
  });
});
