// A live class end to end on loopback: a headless host, an attendee's tutor in tmux joining it,
// `workshop status --json` seeing their progress, then the instructor's dashboard in tmux at
// 80x24 resuming the same class from its data dir and writing the class report on q, y.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, sleep, TmuxSession, tmuxAvailable } from '../helpers/tmux.js';
import { readLessonToEnd } from '../helpers/readLesson.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const pack = join(repoRoot, 'workshops', 'instance-profiles-101');
const sessions: TmuxSession[] = [];
let host: ChildProcess | undefined;
let scratch: string | undefined;

beforeAll(() => {
  if (!tmuxAvailable()) throw new Error('tmux is required for end-to-end tests (apt-get install tmux)');
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
  host?.kill('SIGKILL');
  host = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Starts `workshop host PACK --headless` and resolves with what it printed once it serves. */
function startHeadless(dataDir: string): Promise<{ joinUrl: string; token: string }> {
  host = spawn('node', [cliPath, 'workshop', 'host', pack, '--headless'], {
    env: { ...process.env, IAM_TUTOR_DATA_DIR: dataDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    host!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const joinUrl = /^JOIN_URL=(\S+)$/m.exec(out)?.[1];
      const token = /^INSTRUCTOR_TOKEN=(\S+)$/m.exec(out)?.[1];
      if (joinUrl && token && out.includes('Stop with Ctrl+C.')) resolve({ joinUrl, token });
    });
    host!.once('exit', (code) => reject(new Error(`the host exited (${code}): ${out}`)));
  });
}

/** Presses `key` until the screen shows `done` (the reader moves a section or a page per key). */
interface StatusJson {
  grid: { name: string; cells: string[] }[];
  questions: { questionId: string; answered: number }[];
}

describe('a live class', () => {
  it('an attendee in tmux reaches the host, status --json shows it, and the dashboard shows it at 80x24', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'live-e2e-'));
    const hostData = join(scratch, 'host-data');
    const { joinUrl, token } = await startHeadless(hostData);

    const attendee = new TmuxSession().start(['workshop', pack, '--name', 'alice', '--join', joinUrl]);
    sessions.push(attendee);
    await attendee.waitFor('Instance profiles 101 • alice • 90 min');
    // Step 1, the lesson: to its end, answering its check questions.
    attendee.keys('Enter');
    await attendee.waitFor('section 1/9');
    await readLessonToEnd(attendee);
    // Step 9, the quiz: answer one question.
    attendee.keys('Escape');
    await attendee.waitFor('1 of 9 done');
    attendee.keys('G');
    attendee.keys('Enter');
    await attendee.waitFor('Start practice');
    attendee.keys('Enter');
    await attendee.waitFor('Question 1 of 10');
    attendee.type('a');
    attendee.keys('Enter');
    await attendee.waitFor(/Correct|Wrong/);

    const origin = new URL(joinUrl).origin;
    let status: StatusJson | undefined;
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const run = spawnSync('node', [cliPath, 'workshop', 'status', origin, '--token', token, '--json'], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      status = JSON.parse(run.stdout) as StatusJson;
      if (status.grid[0]?.cells[0] === 'done' && status.questions[0]?.answered === 1) break;
      await sleep(200);
    }
    expect(status!.grid.map((row) => row.name)).toEqual(['alice']);
    expect(status!.grid[0]!.cells[0]).toBe('done');
    expect(status!.questions).toHaveLength(1);
    expect(status!.questions[0]!.answered).toBe(1);

    // The dashboard resumes the same class (same data dir) after the headless host stops.
    const stopped = new Promise((resolve) => host!.once('exit', resolve));
    host!.kill('SIGTERM');
    await stopped;
    host = undefined;
    const report = join(scratch, 'class.md');
    const dashboard = new TmuxSession({ env: { IAM_TUTOR_DATA_DIR: hostData, NO_COLOR: '1' } });
    sessions.push(dashboard);
    dashboard.start(['workshop', 'host', pack, '--out', report]);
    const grid = await dashboard.waitFor(/alice\s+✓ · · · · · · · ~ step 2/);
    expect(grid).toContain('iam-tutor · Live class');
    expect(grid).toContain('1 attendees');
    expect(grid).toContain('instructor token hidden');
    expect(grid).not.toContain(token);
    for (const row of grid.split('\n')) expect([...row].length).toBeLessThanOrEqual(80);
    dashboard.keys('Tab');
    const questions = await dashboard.waitFor(/% right of 1/);
    expect(questions).toContain(status!.questions[0]!.questionId);
    dashboard.type('q');
    await dashboard.waitFor('End the class?');
    dashboard.type('y');
    expect(await dashboard.exitCode()).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('alice');
    expect(existsSync(join(scratch, 'class.csv'))).toBe(true);
  }, 120_000);
});
