import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxExportCommand } from '../../../src/cli/commands/sandbox-export.js';
import { openProgressStore, setLastWorld } from '../../../src/progress/index.js';
import { applyAction, getScenario, parseCommand, startScenario, type World } from '../../../src/sandbox/index.js';

const SCENARIO = 'missing-instance-profile';
const now = () => Date.UTC(2026, 11, 7, 12, 0, 0);
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `iam-tutor-sandbox-export-${name}-`));

function run(args: string[], over: Parameters<typeof flags>[0] = {}, dataDir = tempDir('data'), cwd = tempDir('cwd')) {
  const cap = captureIo({ cwd });
  const code = sandboxExportCommand(args, flags({ dataDir, ...over }), cap.io);
  return { code, out: cap.out(), err: cap.err(), cwd, dataDir };
}

/** A data dir whose saved sandbox world is the scenario's start plus one command. */
function savedDir(line: string, scenarioId = SCENARIO): { dir: string; world: World } {
  let world = startScenario(getScenario(scenarioId)!);
  const parsed = parseCommand(line);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = applyAction(world, parsed.action);
  if (!result.outcome.ok) throw new Error(result.outcome.line);
  world = result.world;
  const dir = tempDir('saved');
  const store = openProgressStore({ dataDir: dir, now });
  setLastWorld(store, { scenarioId, world, step: 0, hintsShown: 0, goalMet: false, sdkRefresh: true });
  return { dir, world };
}

describe('iam-tutor sandbox export', () => {
  it('--solved writes the reference solution in each format to stdout', () => {
    const cli = run([SCENARIO], { solved: true, format: 'cli' });
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(cli.out).toContain('aws iam wait instance-profile-exists --instance-profile-name');
    expect(cli.err).toBe(`Exported ${SCENARIO} solved with its checked reference solution as cli.\n`);
    expect(run([SCENARIO], { solved: true, format: 'cloudformation' }).out).toMatch(/^AWSTemplateFormatVersion/);
    expect(run([SCENARIO], { solved: true, format: 'terraform' }).out).toContain('data "aws_ssm_parameter"');
  });

  it('without --solved exports the saved world of that scenario, else its start', () => {
    const { dir } = savedDir('aws iam create-instance-profile --instance-profile-name learner-made-profile');
    const saved = run([SCENARIO], { format: 'cli' }, dir);
    expect(saved.code).toBe(0);
    expect(saved.out).toContain('--instance-profile-name learner-made-profile');
    expect(saved.err).toContain('as you left it in the sandbox');
    const other = run(['implicit-deny'], { format: 'cli' }, dir);
    expect(other.out).not.toContain('learner-made-profile');
    expect(other.err).toContain('as the scenario starts (no saved world for it)');
    const fresh = run([SCENARIO], { format: 'cli' });
    expect(fresh.code).toBe(0);
    expect(fresh.out).not.toContain('add-role-to-instance-profile');
  });

  it('a damaged saved world is not exported: clear message, exit 1', () => {
    const dir = tempDir('damaged');
    setLastWorld(openProgressStore({ dataDir: dir, now }), {
      scenarioId: SCENARIO,
      world: { schema: 1, accounts: { '111122223333': { id: 7 } }, profiles: {}, files: {}, log: [] },
    });
    const r = run([SCENARIO], { format: 'terraform' }, dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/saved sandbox world for missing-instance-profile is damaged/);
  });

  it('refuses an unknown scenario or format, or a missing one, with exit 2', () => {
    const scenario = run(['no-such-thing'], { format: 'cli' });
    expect(scenario.code).toBe(2);
    expect(scenario.err).toMatch(/^iam-tutor: no scenario 'no-such-thing'\. Choose one of: .*guided-ec2-dynamodb/);
    const format = run([SCENARIO], { format: 'pulumi' });
    expect(format.code).toBe(2);
    expect(format.err).toBe("iam-tutor: --format must be one of cli, cloudformation, terraform (got 'pulumi')\n");
    expect(run([SCENARIO]).err).toMatch(/needs --format cli\|cloudformation\|terraform/);
    expect(run([]).code).toBe(2);
    expect(run([SCENARIO, 'extra'], { format: 'cli' }).code).toBe(2);
    expect(run(['\u001b[31mred'], { format: 'cli' }).err).not.toContain('\u001b');
  });

  it('--out writes a new file, infers the format from .tf, and refuses to replace one without --force', () => {
    const cwd = tempDir('out');
    const first = run([SCENARIO], { solved: true, out: 'main.tf' }, tempDir('d'), cwd);
    expect(first.code).toBe(0);
    expect(first.err).toBe(`Exported ${SCENARIO} solved with its checked reference solution as terraform to main.tf\n`);
    expect(readFileSync(join(cwd, 'main.tf'), 'utf8')).toContain('resource "aws_iam_role"');
    writeFileSync(join(cwd, 'main.tf'), 'mine');
    const again = run([SCENARIO], { solved: true, out: 'main.tf' }, tempDir('d'), cwd);
    expect(again.code).toBe(1);
    expect(again.err).toBe('iam-tutor: main.tf already exists; add --force to replace it. Nothing was written.\n');
    expect(readFileSync(join(cwd, 'main.tf'), 'utf8')).toBe('mine');
    const forced = run([SCENARIO], { solved: true, out: 'main.tf', force: true }, tempDir('d'), cwd);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 'main.tf'), 'utf8')).toContain('resource "aws_iam_role"');
    // Replaced through a temporary file renamed over it: nothing is left beside it.
    expect(readdirSync(cwd)).toEqual(['main.tf']);
  });

  it.each([false, true])('never writes into the progress data directory (--solved %s)', (solved) => {
    const dataDir = tempDir('guarded');
    const r = run([SCENARIO], { format: 'cli', solved, out: join(dataDir, 'x.sh') }, dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/inside the progress data directory/);
    expect(existsSync(join(dataDir, 'x.sh'))).toBe(false);
  });
});
