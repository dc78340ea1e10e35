import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCommand } from '../../../src/cli/commands/explain.js';
import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';


const instanceTrust = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' }, Action: 'sts:AssumeRole' }],
  },
  null,
  2,
);
const ec2Trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

describe('iam-tutor explain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  writeFileSync(join(dir, 'bad-trust.json'), instanceTrust);
  writeFileSync(join(dir, 'trust.json'), ec2Trust);

  it('rejects an instance-ARN principal with exit 1, a position and the fix', async () => {
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['bad-trust.json'], flags(), t.io, async () => '')).toBe(1);
    expect(t.out()).toMatch(/\d+:\d+ {2}MalformedPolicyDocument: Invalid principal in policy/);
    expect(t.out()).toContain('ec2.amazonaws.com');
  });

  it('explains a valid trust policy with exit 0', async () => {
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['trust.json'], flags(), t.io, async () => '')).toBe(0);
    expect(t.out()).toContain('role trust policy');
  });

  it('reads standard input for -', async () => {
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['-'], flags({ json: true }), t.io, async () => ec2Trust)).toBe(0);
    const parsed = JSON.parse(t.out());
    expect(parsed).toMatchObject({ file: '-', kind: 'trust', errors: [] });
  });

  it('forces the kind with --as and rejects unknown kinds with exit 2', async () => {
    const forced = captureIo({ cwd: dir });
    expect(await explainCommand(['trust.json'], flags({ as: 'identity', json: true }), forced.io, async () => '')).toBe(1);
    expect(JSON.parse(forced.out())).toMatchObject({ kind: 'identity', kindSource: 'forced' });
    const wrong = captureIo({ cwd: dir });
    expect(await explainCommand(['trust.json'], flags({ as: 'banana' }), wrong.io, async () => '')).toBe(2);
    expect(wrong.err()).toContain('--as must be');
  });

  it('says so when the file is missing, without a stack trace', async () => {
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['nope.json'], flags(), t.io, async () => '')).toBe(2);
    expect(t.err()).toBe('iam-tutor: cannot read nope.json: no such file\n');
  });

  it('reports malformed JSON with a line and column', async () => {
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['-'], flags(), t.io, async () => '{\n  "Version": "2012-10-17",\n  "Statement": [\n')).toBe(1);
    expect(t.out()).toMatch(/\d+:\d+ {2}MalformedPolicyDocument/);
  });
});
