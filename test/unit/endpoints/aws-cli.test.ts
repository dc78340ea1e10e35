import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningEndpoints, SandboxHost, startSandboxEndpoints } from '../../../src/sandbox/endpoints/index.js';
import { scenarioWorld } from './helpers.js';

// Optional: Python's botocore (what the AWS CLI and boto3 are built on) as a second real client
// nobody here wrote. A machine without it skips, and the test name says so.
const botocore = spawnSync('python3', ['-c', 'import botocore.session'], { encoding: 'utf8' }).status === 0;
let endpoints: RunningEndpoints | undefined;
afterAll(async () => endpoints?.close());

const script = [
  'import botocore.session',
  's = botocore.session.get_session()',
  'c = s.get_credentials()',
  'print(c.method if c else "none", c.get_frozen_credentials().access_key if c else "")',
].join('\n');

describe('botocore against the sandbox IMDS', () => {
  it.skipIf(!botocore)(
    `botocore's default chain finds the sandbox role credentials${botocore ? '' : ' (SKIPPED: python3 has no botocore here; apt-get install python3-botocore to run it)'}`,
    async () => {
      endpoints = await startSandboxEndpoints(
        new SandboxHost(scenarioWorld('guided-ec2-dynamodb', true), { instanceId: 'i-0a3ef72725f7a7186' }),
      );
      const dir = mkdtempSync(join(tmpdir(), 'botocore-'));
      writeFileSync(join(dir, 'config'), '[default]\nregion = us-east-1\n');
      writeFileSync(join(dir, 'credentials'), '');
      // No AWS_* from the developer's shell: only the sandbox endpoint and empty config files.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
      // Asynchronously: the server runs in this process and must keep answering meanwhile.
      const child = spawn('python3', ['-c', script], {
        env: {
          ...env,
          AWS_CONFIG_FILE: join(dir, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
          ...endpoints.env,
        },
      });
      const result = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
        });
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
        });
        child.on('close', () => resolve({ stdout, stderr }));
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toMatch(/^iam-role ASIAIAMTUTORFAKE\d+$/);
    },
  );
});
