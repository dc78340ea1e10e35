import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';
import { explainCommand } from '../../../src/cli/commands/explain.js';
import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';

const instanceTrust = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
        Action: 'sts:AssumeRole',
      },
    ],
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
    expect(await explainCommand(['trust.json'], flags({ as: 'identity', json: true }), forced.io, async () => '')).toBe(
      1,
    );
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

  // This test used to expect "a role trust policy" and "AssumeRole policy may only specify STS
  // AssumeRole actions": any principal without Resource was guessed to be a trust policy. Issue #12
  // (and the review's explain case #14) showed that guess misleads for a resource policy that forgot
  // Resource, so a principal with only non-STS actions is now a resource policy missing Resource;
  // the hint still tells a learner who meant a trust policy where the permission belongs.
  it('reads a principal with a permission and no Resource as a resource policy missing Resource', async () => {
    const pasted =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\n"Principal":{"Service":"ec2.amazonaws.com"},\n"Action":"s3:GetObject"}]}';
    const t = captureIo({ cwd: dir });
    expect(await explainCommand(['-'], flags(), t.io, async () => pasted)).toBe(1);
    expect(t.out()).toContain('This looks like a resource-based policy.');
    expect(t.out()).toContain(
      '1:38  MalformedPolicyDocument: Missing resource: Add a Resource or NotResource element to the policy statement.',
    );
    expect(t.out()).toContain(
      "if this was meant as a trust policy, permissions such as s3:GetObject belong in the role's permissions policy",
    );
    expect(t.out()).not.toContain('No errors or warnings');
  });

  describe('--account', () => {
    const crossAccountTrust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }],
    });

    it('is parsed as a string, keeping leading zeros', () => {
      expect(parseArgs(['explain', 'p.json', '--account', '012345678901'], '9.9.9')).toMatchObject({
        kind: 'batch',
        command: 'explain',
        flags: { account: '012345678901' },
      });
    });

    it('tells the own account from another one in the external-ID check', async () => {
      const own = captureIo({ cwd: dir });
      expect(
        await explainCommand(
          ['-'],
          flags({ account: '111122223333', json: true }),
          own.io,
          async () => crossAccountTrust,
        ),
      ).toBe(0);
      expect(JSON.parse(own.out()).warnings).toEqual([]);
      const other = captureIo({ cwd: dir });
      expect(
        await explainCommand(
          ['-'],
          flags({ account: '444455556666', json: true }),
          other.io,
          async () => crossAccountTrust,
        ),
      ).toBe(0);
      expect(JSON.parse(other.out()).warnings).toMatchObject([
        {
          id: 'cross-account-no-external-id',
          message: expect.stringMatching(/^Account 111122223333 is another account/),
        },
      ]);
      const unknown = captureIo({ cwd: dir });
      await explainCommand(['-'], flags({ json: true }), unknown.io, async () => crossAccountTrust);
      expect(JSON.parse(unknown.out()).warnings[0].message).toMatch(
        /^If account 111122223333 belongs to a third party/,
      );
    });

    it('must be 12 digits, else exit 2 with a clear message and nothing read', async () => {
      for (const bad of ['12345', '1111222233334', 'acct-111122223333', '11112222333a']) {
        const t = captureIo({ cwd: dir });
        let read = false;
        expect(
          await explainCommand(['-'], flags({ account: bad }), t.io, async () => {
            read = true;
            return crossAccountTrust;
          }),
        ).toBe(2);
        expect(read).toBe(false);
        expect(t.err()).toBe(
          `iam-tutor: --account must be a 12-digit AWS account ID, such as 111122223333 (got '${bad}')\n`,
        );
        expect(t.out()).toBe('');
      }
    });
  });

  it('reports malformed JSON with a line and column', async () => {
    const t = captureIo({ cwd: dir });
    expect(
      await explainCommand(['-'], flags(), t.io, async () => '{\n  "Version": "2012-10-17",\n  "Statement": [\n'),
    ).toBe(1);
    expect(t.out()).toMatch(/\d+:\d+ {2}MalformedPolicyDocument/);
  });
});
