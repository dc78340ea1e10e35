import { tmpdir } from 'node:os';
import type { CliFlags } from '../../src/cli/args.js';
import type { CliIo } from '../../src/cli/io.js';

/** Flags as meow would give them with nothing on the command line, plus overrides. */
export const cliFlags = (over: Partial<CliFlags> = {}): CliFlags => ({
  color: false,
  json: false,
  yes: false,
  ...over,
});

export interface CapturedIo {
  io: CliIo;
  out: () => string;
  err: () => string;
}

/** A CliIo whose stdout and stderr are collected for assertions; not a TTY unless asked. */
export function captureIo(
  options: { cwd?: string; stdinTTY?: boolean; stdoutTTY?: boolean; env?: NodeJS.ProcessEnv } = {},
): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (t: string) => out.push(t), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (t: string) => err.push(t) },
    stdin: { isTTY: options.stdinTTY ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? tmpdir(),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
