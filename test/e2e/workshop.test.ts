import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const pack = join(repoRoot, 'workshops', 'instance-profiles-101');
const bob = join(repoRoot, 'test', 'unit', 'workshop', 'fixtures', 'results', 'bob.json');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node', [cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let session: TmuxSession | undefined;

beforeAll(() => {
  if (!tmuxAvailable()) throw new Error('tmux is required for end-to-end tests (apt-get install tmux)');
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
});

afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('the example workshop, end to end', () => {
  it('validates the pack with exit 0', () => {
    const result = cli(['validate', pack]);
    expect(result.err).toBe('');
    expect(result.out.trimEnd().split('\n').at(-1)).toBe(
      '1 lesson (2 checks), 4 questions (4 beyond, 0 clf-c02): 0 errors, 0 warnings',
    );
    expect(result.code).toBe(0);
  });

  it('runs the agenda for alice, opens a step and comes back, then exports and reports', async () => {
    session = new TmuxSession().start(['workshop', pack, '--name', 'alice']);
    const agenda = await session.waitFor('Instance profiles 101 • alice • 90 min');
    expect(agenda).toContain('iam-tutor · Workshop · Instance profiles 101');
    expect(agenda).toMatch(/› ▸ {2}1 {2}Lesson: what an instance profile is \(and is not\)\s+14 min {2}0:00/);
    expect(agenda).toMatch(/9 {2}Closing quiz: 10 questions\s+10 min {2}1:20/);
    expect(agenda).toContain('0 of 9 done');

    // Step 1 is the built-in lesson on instance profiles.
    session.keys('Enter');
    await session.waitFor('iam-tutor · Lesson: what an instance profile is (and is not)');
    session.keys('Escape');
    await session.waitFor('Instance profiles 101 • alice • 90 min');
    session.type('q');
    expect(await session.exitCode()).toBe(0);

    // Alice's progress lives in her own data dir, under the learner's data dir.
    const aliceDir = join(session.dir, 'data', 'workshops', 'instance-profiles-101', 'alice');
    const exported = join(session.dir, 'alice.json');
    const exportRun = cli(['progress', 'export', '--data-dir', aliceDir, '--format', 'json', '--out', exported]);
    expect(exportRun.code).toBe(0);
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    expect(data.version).toBe(2); // progress format 2 (issue #16)

    const report = join(session.dir, 'class.md');
    const reportRun = cli(['workshop', 'report', pack, exported, bob, '--out', report]);
    expect(reportRun.err).toMatch(/^Wrote .*class\.md and .*class\.csv \(2 attendees\)\.\n$/);
    expect(reportRun.code).toBe(0);
    const md = readFileSync(report, 'utf8');
    expect(md).toContain('# Class report: Instance profiles 101');
    expect(md).toContain('2 attendees: alice, bob.');
    // Alice opened the first lesson and nothing else: started (…) there, not started (·) elsewhere.
    expect(md).toContain('| alice | … | · | · | · | · | · | · | · | · | 0/9 |');
    expect(md).toMatch(/\| 1 \| Lesson: what an instance profile is \(and is not\) \| lesson \| 0\/2 \|/);
    const csv = readFileSync(join(session.dir, 'class.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe(
      'step,kind,ref,title,minutes,attendees,finished,started,correct,answered,score_percent,hints_used,common_wrong,misconceptions,missed_questions,topic_verdicts,verdict_rule',
    );
    expect(csv).toHaveLength(10);
  });

  it('takes the closing quiz in the pty, and the class report counts it', async () => {
    session = new TmuxSession().start(['workshop', pack, '--name', 'carol']);
    await session.waitFor('Instance profiles 101 • carol • 90 min');
    session.type('G');
    session.keys('Enter');
    await session.waitFor('Start practice');
    session.keys('Enter');
    const CHOOSE: Record<string, number> = { TWO: 2, THREE: 3 };
    for (let n = 1; n <= 10; n++) {
      const screen = await session.waitFor(`Question ${n} of 10`);
      const choose = /\(Choose (TWO|THREE)\.\)/.exec(screen.replace(/\s+/g, ' '));
      if (choose) {
        // Multiple response: toggle the first N options, then submit.
        for (let i = 1; i <= CHOOSE[choose[1]!]!; i++) session.type(String(i));
        session.keys('Enter');
      } else {
        // Choose, then confirm (the one answer model of practice, exam and lesson checks).
        session.type('1');
        session.keys('Enter');
      }
      let feedback = await session.waitFor(/[✓✗] (Correct|Wrong)/);
      // While the explanations of the chosen and right options are below, Enter scrolls first.
      for (let i = 0; i < 10 && feedback.includes('Enter scrolls'); i++) {
        session.keys('Enter');
        feedback = await session.waitFor((s) => s !== feedback);
      }
      session.keys('Enter');
    }
    await session.waitFor(/Score: \d+ of 10 correct/);
    session.keys('Escape');
    await session.waitFor('Instance profiles 101 • carol • 90 min');
    session.type('q');
    expect(await session.exitCode()).toBe(0);

    const carolDir = join(session.dir, 'data', 'workshops', 'instance-profiles-101', 'carol');
    const report = cli(['workshop', 'report', pack, carolDir, '--format', 'csv']);
    expect(report.code).toBe(0);
    const quizRow = report.out.split('\n').find((row) => row.startsWith('9,quiz,'));
    // step,kind,ref,title,minutes,attendees,finished,started,correct,answered,...
    expect(quizRow?.split(',').slice(5, 8)).toEqual(['1', '1', '1']);
    expect(quizRow?.split(',')[9]).toBe('10');
  });

  it('draws the agenda and the progress dashboard without colour under NO_COLOR', async () => {
    session = new TmuxSession({ env: { NO_COLOR: '1', FORCE_COLOR: '' } }).start(['workshop', pack, '--name', 'bob']);
    await session.waitFor('Enter start step');
    expect(session.screenWithEscapes()).not.toMatch(/\x1b\[(3[0-9]|9[0-7])m/);
    // The marks carry the meaning without colour.
    expect(session.screen()).toMatch(/› ▸ {2}1 {2}Lesson/);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
    session.stop();

    session = new TmuxSession({ env: { NO_COLOR: '1', FORCE_COLOR: '' } }).start(['progress']);
    await session.waitFor('[1 Overview]');
    session.type('3');
    await session.waitFor('No mock exams yet.');
    expect(session.screenWithEscapes()).not.toMatch(/\x1b\[(3[0-9]|9[0-7])m/);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('refuses a missing pack and a malformed workshop.yaml without a stack trace', () => {
    const missing = cli(['workshop', 'no/such/pack', '--name', 'alice']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('iam-tutor: no/such/pack: no such directory\n');
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-broken-pack-'));
    writeFileSync(join(dir, 'workshop.yaml'), 'title: Broken\nminutes: 30\nagenda:\n  - kind: lab\n    id: x\n');
    const broken = cli(['workshop', dir, '--name', 'alice']);
    expect(broken.code).toBe(1);
    expect(broken.err.split('\n')[0]).toMatch(
      /workshop\.yaml:4: agenda\[0\]\.kind: must be one of lesson, challenge, quiz \(found "lab"\)$/,
    );
    const validate = cli(['validate', dir]);
    expect(validate.code).toBe(1);
    expect(validate.out).toContain('workshop.yaml:4: agenda[0].kind');
    for (const run of [missing, broken]) expect(run.err).not.toMatch(/\n\s+at /);
  });
});
