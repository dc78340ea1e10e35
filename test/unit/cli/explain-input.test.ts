// explain on the inputs the December review fed it (shared/reviews/2026-12-iam.md, section 3):
// devices, FIFOs, oversized files and pipes, other encodings, YAML, comments, long numbers, IAM's
// size quotas and the --as list.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCommand, MAX_POLICY_BYTES } from '../../../src/cli/commands/explain.js';
import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';

const identity = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::demo/*', ...extra }],
  });

async function run(args: string[], stdin: string | Uint8Array = '', over = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'explain-input-'));
  const t = captureIo({ cwd: dir });
  const code = await explainCommand(args, flags(over), t.io, async () => stdin);
  return { code, out: t.out(), err: t.err(), dir };
}

describe('explain: reading input safely', () => {
  it.runIf(existsSync('/dev/zero'))('refuses a device such as /dev/zero without reading it', async () => {
    const r = await run(['/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a regular file/);
  });

  it('refuses a FIFO without opening it (opening one with no writer would block)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-fifo-'));
    const fifo = join(dir, 'policy.fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    const t = captureIo({ cwd: dir });
    expect(await explainCommand([fifo], flags(), t.io, async () => '')).toBe(2);
    expect(t.err()).toMatch(/not a regular file/);
  });

  it('refuses a file and a pipe larger than the cap, and a directory, with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-big-'));
    writeFileSync(join(dir, 'big.json'), ' '.repeat(MAX_POLICY_BYTES + 1));
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['big.json'], flags(), t.io, async () => '')).toBe(2);
    expect(t.err()).toMatch(/larger than 1 MiB/);
    const piped = await run(['-'], 'x'.repeat(MAX_POLICY_BYTES + 1));
    expect(piped.code).toBe(2);
    expect(piped.err).toMatch(/standard input: .*larger than 1 MiB/);
    const d = captureIo({ cwd: dir });
    expect(await explainCommand(['.'], flags(), d.io, async () => '')).toBe(2);
    expect(d.err()).toMatch(/is a directory/);
  });
});

describe('explain: naming what the input is', () => {
  const utf16le = (s: string): Uint8Array => Buffer.from(s, 'utf16le');

  it('names UTF-16 with a byte order mark, and claims no policy kind', async () => {
    const r = await run(['-'], Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(identity())]), { json: true });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.kind).toBeNull();
    expect(json.kindSource).toBe('unknown');
    expect(json.errors[0].message).toMatch(/UTF-16 little-endian/);
  });

  it('names UTF-16 without a byte order mark from its zero bytes', async () => {
    const r = await run(['-'], utf16le(identity()));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/looks like UTF-16 little-endian/);
    expect(r.out).toMatch(/could not be read as a policy/);
    expect(r.out).not.toMatch(/looks like an identity-based policy/);
  });

  it('names invalid UTF-8 with its position instead of replacing the bytes', async () => {
    const latin1 = Buffer.from(identity({ Sid: 'Caf\u00e9' }), 'latin1');
    const r = await run(['-'], latin1);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not valid UTF-8: byte 0xE9 at line 1, column \d+/);
    expect(r.out).toMatch(/Latin-1/);
    expect(r.out).not.toContain('\ufffd');
  });

  it('says YAML when it is YAML', async () => {
    const yaml = 'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n';
    const r = await run(['-'], yaml);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/looks like YAML/);
    expect(r.out).toMatch(/could not be read as a policy/);
  });

  it('says JSON with comments when it has comments', async () => {
    const commented = `{\n  // read-only\n  "Version": "2012-10-17",\n  "Statement": []\n}`;
    const r = await run(['-'], commented);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/JSON with comments/);
  });

  it('accepts a long number, and an account ID written as a number, as condition values', async () => {
    const long = identity({ Condition: { NumericLessThan: { 's3:max-keys': 0 } } }).replace(
      /"s3:max-keys":0/,
      `"s3:max-keys":${'9'.repeat(500)}`,
    );
    expect(long).toContain('9'.repeat(500));
    expect((await run(['-'], long)).code).toBe(0);
    const account = identity({ Condition: { StringEquals: { 'aws:PrincipalAccount': 111122223333 } } });
    const r = await run(['-'], account);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"111122223333"');
  });

  it('lists every kind in the --as error and accepts --as rcp', async () => {
    const wrong = await run(['-'], identity(), { as: 'banana' });
    expect(wrong.code).toBe(2);
    for (const kind of ['trust', 'identity', 'resource', 'boundary', 'scp', 'rcp']) expect(wrong.err).toContain(kind);
    const rcp = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } },
        },
      ],
    });
    const r = await run(['-'], rcp, { as: 'rcp' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('read as a resource control policy');
    const named = await run(['-'], rcp.replace('"Principal":"*"', '"Principal":{"AWS":"111122223333"}'), { as: 'rcp' });
    expect(named.code).toBe(1);
    expect(named.out).toMatch(/must be "\*"/);
  });

  it('words a missing key in a Deny as the Deny applying, never as passing', async () => {
    const mfa = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          NotAction: 'iam:*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    });
    const r = await run(['-'], mfa);
    expect(r.out).toMatch(/without the key counts as a match, so it is denied too/);
    expect(r.out).not.toMatch(/passes/);
  });
});

describe("explain: IAM's size quotas (reference_iam-quotas)", () => {
  const statements = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-number-${i}/*`,
    }));

  it('refuses an identity policy over 6,144 characters like IAM, and counts no white space', async () => {
    const big = JSON.stringify({ Version: '2012-10-17', Statement: statements(100) });
    expect(big.length).toBeGreaterThan(6144);
    const r = await run(['-'], big);
    expect(r.code).toBe(1);
    expect(r.out).toContain('LimitExceeded: Cannot exceed quota for PolicySize: 6144');
    const small = JSON.stringify({ Version: '2012-10-17', Statement: statements(10) }).replace(
      /,/g,
      `,\n${' '.repeat(200)}`,
    );
    expect(small.length).toBeGreaterThan(6144);
    expect((await run(['-'], small)).code).toBe(0);
  });

  it('warns that a 2,048+ character policy cannot be inline on a user', async () => {
    const mid = JSON.stringify({ Version: '2012-10-17', Statement: statements(40) });
    expect(mid.length).toBeGreaterThan(2048);
    expect(mid.length).toBeLessThan(6144);
    const r = await run(['-'], mid);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[policy-size]');
  });

  it('refuses a trust policy over the default 2,048 characters and says the quota can be raised', async () => {
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:role/deployer-${i}`);
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }],
    });
    const r = await run(['-'], trust);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Cannot exceed quota for ACLSizePerRole: 2048');
    expect(r.out).toMatch(/raised to 4,096/);
  });
});
