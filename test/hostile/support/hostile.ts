// Shared pieces of the hostile-input suite: terminal escape sequences an attacker would use, a
// fresh copy of the example workshop pack per test, and the CLI run in-process (main(), the same
// entry dist/cli.js calls) with its output captured.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/cliIo.js';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const examplePack = join(repoRoot, 'workshops', 'instance-profiles-101');
export const bobResults = join(repoRoot, 'test', 'unit', 'workshop', 'fixtures', 'results', 'bob.json');

/** OSC 52 writes the clipboard (here: "echo PWNED"), OSC 0 the window title, OSC 8 a hyperlink. */
export const OSC52 = '\x1b]52;c;ZWNobyBQV05FRA==\x07';
export const OSC0 = '\x1b]0;PWNED\x07';
export const OSC8 = '\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07';
export const CSI_CLEAR = '\x1b[2J\x1b[H';
/** The same sequences as YAML double-quoted escapes, which exist only after parsing. */
export const yamlEscaped = (sequence: string): string => sequence.replaceAll('\x1b', '\\e').replaceAll('\x07', '\\a');

/** C0 controls other than tab and line feed, DEL, and the C1 range (CSI U+009B, OSC U+009D…). */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

export function expectNothingRaw(...texts: string[]): void {
  for (const text of texts) expect(text).not.toMatch(RAW_CONTROL);
}

/** Never a crash: no "unexpected error", no "please report", no stack frame. */
export function expectNoCrash(text: string): void {
  expect(text).not.toMatch(/unexpected error|please report|\n\s+at .+:\d+:\d+/i);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'iam-tutor-hostile-'));
}

/** A copy of the example pack in a temp dir; returns the dir holding it and the pack's path. */
export function copyPack(name = 'pack'): { root: string; pack: string } {
  const root = tempDir();
  const pack = join(root, name);
  cpSync(examplePack, pack, { recursive: true });
  return { root, pack };
}

export function editFile(file: string, edit: (text: string) => string): void {
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** The CLI in-process, in `cwd`, with its own data dir unless the env names one. */
export async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const captured = captureIo({ cwd, env: { IAM_TUTOR_DATA_DIR: join(cwd, 'data'), NO_COLOR: '1', ...env } });
  const { code } = await main(argv, captured.io);
  const result = { code, out: captured.out(), err: captured.err() };
  expectNothingRaw(result.out, result.err);
  expectNoCrash(result.out + result.err);
  return result;
}

/** Problem lines of a validate run (everything above the blank line before the counts). */
export function problemLines(out: string): string[] {
  return out
    .split('\n\n')[0]!
    .split('\n')
    .filter((line) => /:\d+: /.test(line));
}
