import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/io.js';
import { main, notATtyMessage } from '../../../src/cli/main.js';

function fakeIo(tty: { stdin: boolean; stdout: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t), isTTY: tty.stdout },
    stderr: { write: (t: string) => err.push(t) },
    stdin: { isTTY: tty.stdin },
    env: {},
    cwd: process.cwd(),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('main without a terminal', () => {
  it.each([
    ['piped stdin', { stdin: false, stdout: true }],
    ['piped stdout', { stdin: true, stdout: false }],
    ['neither', { stdin: false, stdout: false }],
  ])('refuses interactive screens with %s: exit 2 and a clear message', async (_name, tty) => {
    const fake = fakeIo(tty);
    const result = await main(['quiz'], fake.io);
    expect(result.code).toBe(2);
    expect(fake.err()).toBe(notATtyMessage);
    expect(fake.err()).not.toMatch(/Raw mode|at .*\.js/);
  });

  it('still prints --help and --version', async () => {
    const help = fakeIo({ stdin: false, stdout: false });
    expect((await main(['--help'], help.io)).code).toBe(0);
    expect(help.out()).toContain('Usage');
    const version = fakeIo({ stdin: false, stdout: false });
    expect((await main(['--version'], version.io)).code).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reports unknown input on stderr with exit 2', async () => {
    const fake = fakeIo({ stdin: true, stdout: true });
    expect((await main(['--nope'], fake.io)).code).toBe(2);
    expect(fake.err().split('\n')[0]).toBe('iam-tutor: unknown option --nope');
    expect(fake.err()).toContain('iam-tutor --help');
  });
});
