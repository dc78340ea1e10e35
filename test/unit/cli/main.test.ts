import { describe, expect, it } from 'vitest';
import { main, notATtyMessage } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/cliIo.js';

describe('main without a terminal', () => {
  it.each([
    ['piped stdin', { stdin: false, stdout: true }],
    ['piped stdout', { stdin: true, stdout: false }],
    ['neither', { stdin: false, stdout: false }],
  ])('refuses interactive screens with %s: exit 2 and a clear message', async (_name, tty) => {
    const fake = captureIo({ stdinTTY: tty.stdin, stdoutTTY: tty.stdout, cwd: process.cwd() });
    const result = await main(['quiz'], fake.io);
    expect(result.code).toBe(2);
    expect(fake.err()).toBe(notATtyMessage);
    expect(fake.err()).not.toMatch(/Raw mode|at .*\.js/);
  });

  it('still prints --help and --version', async () => {
    const help = captureIo({ stdinTTY: false, stdoutTTY: false, cwd: process.cwd() });
    expect((await main(['--help'], help.io)).code).toBe(0);
    expect(help.out()).toContain('Usage');
    const version = captureIo({ stdinTTY: false, stdoutTTY: false, cwd: process.cwd() });
    expect((await main(['--version'], version.io)).code).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reports unknown input on stderr with exit 2', async () => {
    const fake = captureIo({ stdinTTY: true, stdoutTTY: true, cwd: process.cwd() });
    expect((await main(['--nope'], fake.io)).code).toBe(2);
    expect(fake.err().split('\n')[0]).toBe('iam-tutor: unknown option --nope');
    expect(fake.err()).toContain('iam-tutor --help');
  });
});
