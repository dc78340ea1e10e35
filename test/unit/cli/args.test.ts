import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';

const parse = (...argv: string[]) => parseArgs(argv, '9.9.9');

describe('parseArgs', () => {
  it('opens home with no arguments', () => {
    expect(parse()).toMatchObject({ kind: 'interactive', command: 'home', args: [] });
  });

  it.each(['lessons', 'quiz', 'exam', 'sandbox', 'progress'])('jumps to %s', (command) => {
    expect(parse(command)).toMatchObject({ kind: 'interactive', command });
  });

  it('refuses a value flag given without its value instead of falling back to the default store', () => {
    expect(parse('progress', 'reset', '--yes', '--data-dir')).toEqual({
      kind: 'error',
      message: '--data-dir needs a value',
      usage: expect.any(String),
    });
    expect(parse('progress', 'reset', '--data-dir', '--yes')).toMatchObject({
      kind: 'error',
      message: '--data-dir needs a value',
    });
    expect(parse('--data-dir')).toMatchObject({ kind: 'error', message: '--data-dir needs a value' });
    expect(parse('progress', 'export', '--out')).toMatchObject({ kind: 'error', message: '--out needs a value' });
  });

  it('refuses mistyped subcommands and arguments a command does not take', () => {
    expect(parse('progress', 'exprt')).toMatchObject({ kind: 'error', message: "unknown command 'progress exprt'" });
    expect(parse('quiz', 'foo')).toMatchObject({ kind: 'error', message: "unexpected argument 'foo' for quiz" });
    expect(parse('exam', 'now')).toMatchObject({ kind: 'error', message: "unexpected argument 'now' for exam" });
    expect(parse('lessons', 'a', 'b')).toMatchObject({ kind: 'error', message: "unexpected argument 'b' for lessons" });
    expect(parse('sandbox', 'guided-ec2-dynamodb')).toMatchObject({
      kind: 'interactive',
      command: 'sandbox',
      args: ['guided-ec2-dynamodb'],
    });
    expect(parse('workshop', 'pack')).toMatchObject({ kind: 'interactive', command: 'workshop', args: ['pack'] });
  });

  it('passes a lesson id through', () => {
    expect(parse('lessons', 'trust-policies')).toMatchObject({ command: 'lessons', args: ['trust-policies'] });
  });

  it('recognises two-word batch commands before one-word interactive ones', () => {
    expect(parse('progress', 'export', '--format', 'csv')).toMatchObject({
      kind: 'batch',
      command: 'progress export',
      flags: { format: 'csv' },
    });
    expect(parse('sandbox', 'serve', '--port', '8080')).toMatchObject({
      kind: 'batch',
      command: 'sandbox serve',
      flags: { port: 8080 },
    });
  });

  it('parses explain with its flags', () => {
    expect(parse('explain', 'policy.json', '--as', 'trust', '--json')).toMatchObject({
      kind: 'batch',
      command: 'explain',
      args: ['policy.json'],
      flags: { as: 'trust', json: true },
    });
  });

  it('prints help and version', () => {
    expect(parse('--help')).toMatchObject({ kind: 'help' });
    expect(parse('-h')).toMatchObject({ kind: 'help' });
    expect(parse('help')).toMatchObject({ kind: 'help' });
    expect(parse('--version')).toEqual({ kind: 'version', version: '9.9.9' });
  });

  it('reads --data-dir, --seed and --no-color', () => {
    const parsed = parse('quiz', '--data-dir', '/tmp/x', '--seed', '42', '--no-color');
    expect(parsed).toMatchObject({ kind: 'interactive', flags: { dataDir: '/tmp/x', seed: 42, color: false } });
  });

  it('defaults colour on', () => {
    expect(parse('quiz')).toMatchObject({ flags: { color: true } });
  });

  it('rejects unknown options and commands with a one-line message', () => {
    const option = parse('--frobnicate');
    expect(option).toMatchObject({ kind: 'error', message: 'unknown option --frobnicate' });
    expect(parse('-z')).toMatchObject({ kind: 'error', message: 'unknown option -z' });
    expect(parse('dance')).toMatchObject({ kind: 'error', message: "unknown command 'dance'" });
  });

  it('rejects a seed that is not a whole number', () => {
    expect(parse('quiz', '--seed', '1.5')).toMatchObject({ kind: 'error', message: '--seed needs a whole number' });
  });
});

describe('quickParse (no meow for a bare launch, --version and --help)', () => {
  it.each([[[]], [['--version']], [['-v']], [['--help']], [['-h']]])(
    'gives exactly what parseArgs gives for %j',
    async (argv) => {
      const { quickParse } = await import('../../../src/cli/quickArgs.js');
      expect(quickParse(argv, '9.9.9')).toEqual(parse(...argv));
    },
  );

  it('leaves everything else to parseArgs', async () => {
    const { quickParse } = await import('../../../src/cli/quickArgs.js');
    for (const argv of [['--no-color'], ['lessons'], ['--version', 'x'], ['-hv']])
      expect(quickParse(argv, '9.9.9')).toBeUndefined();
  });
});

describe('flags checked against the command table', () => {
  it('refuses a flag the command would ignore, naming the command, with its usage line', () => {
    expect(parse('explain', 'p.json', '--port', '80')).toEqual({
      kind: 'error',
      message: "--port does not apply to 'explain'",
      usage: expect.stringContaining('Usage: iam-tutor explain FILE|- [--as KIND] [--account ID] [--json]'),
    });
    expect(parse('lessons', '--count', '3')).toMatchObject({
      kind: 'error',
      message: "--count does not apply to 'lessons'",
    });
    expect(parse('--json')).toMatchObject({ kind: 'error', message: '--json does not apply to the home screen' });
  });

  it('keeps --seed for the whole interactive session and the global flags everywhere', () => {
    expect(parse('--seed', '3')).toMatchObject({ kind: 'interactive', command: 'home', flags: { seed: 3 } });
    expect(parse('lessons', '--seed', '3')).toMatchObject({ kind: 'interactive', flags: { seed: 3 } });
    expect(parse('explain', '-', '--data-dir', 'd', '--no-color')).toMatchObject({
      kind: 'batch',
      flags: { dataDir: 'd', color: false },
    });
  });

  it('does not read flags after -- as options', () => {
    expect(parse('explain', '--', '--port')).toMatchObject({ kind: 'batch', command: 'explain' });
  });
});
