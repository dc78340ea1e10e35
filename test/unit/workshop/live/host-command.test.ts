// `workshop host --headless` and `workshop status` in this process, on 127.0.0.1.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopHostCommand } from '../../../../src/cli/commands/workshop-host.js';
import { renderClassView, workshopStatusCommand } from '../../../../src/cli/commands/workshop-status.js';
import type { ClassFeed } from '../../../../src/ui/screens/class/classFeed.js';
import type { ClassView } from '../../../../src/workshop/live/views.js';
import { captureIo, cliFlags } from '../../../helpers/cliIo.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const pack = join(repoRoot, 'workshops', 'instance-profiles-101');

async function waitFor(check: () => boolean, ms = 15_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Each command loads the example pack and its content (about 2 s of CPU on the shared machine).
describe('workshop host and workshop status', { timeout: 30_000 }, () => {
  it('prints the join URL, token and attendee command; status reads the class; --out writes the class report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-cmd-'));
    const host = captureIo({ cwd: dir, env: { IAM_TUTOR_DATA_DIR: join(dir, 'data') } });
    const stop = new AbortController();
    const running = workshopHostCommand([pack], cliFlags({ headless: true, out: 'class.md' }), host.io, {
      signal: stop.signal,
    });
    await waitFor(() => host.out().includes('Stop with Ctrl+C.'));
    const out = host.out();
    const joinUrl = /^JOIN_URL=(\S+)$/m.exec(out)![1]!;
    const token = /^INSTRUCTOR_TOKEN=(\S+)$/m.exec(out)![1]!;
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[a-z2-7]{8}$/);
    expect(out).toContain(`--name NAME --join ${joinUrl}`);
    expect(out).not.toContain('WARNING');
    const joined = await fetch(`${joinUrl}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice' }),
    });
    const joinAnswer = await joined.text();
    expect(joinAnswer).not.toContain(token);
    const { secret } = JSON.parse(joinAnswer) as { secret: string };
    const answer = { type: 'quiz-answer', topic: 'which-role-am-i', correct: false, misconceptions: [], at: 1 };
    const events = [
      { type: 'step-completed', kind: 'lesson', id: 'instance-profiles', seq: 1, at: 1 },
      // A question of the pack's own bank, and an id no bank here has.
      { ...answer, questionId: 'which-role-am-i-001', chosen: [2], seq: 2 },
      { ...answer, questionId: 'gone-question-99', chosen: [0], seq: 3 },
    ];
    await fetch(`${joinUrl}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ events }),
    });
    const origin = new URL(joinUrl).origin;
    const status = captureIo();
    expect(await workshopStatusCommand([origin], cliFlags({ token }), status.io)).toBe(0);
    expect(status.out()).toContain('Instance profiles 101 (instance-profiles-101): 1 attendee, 3 events\n');
    expect(status.out()).toContain('alice     #.......~'); // the answers started the quiz (step 9)
    expect(status.out()).toContain('Most attendees are on step 2 (guided-ec2-dynamodb): 1');
    // Questions by their text from the host's bank, the id after it; never the bare id first.
    expect(status.out()).toMatch(
      /^ {2}An application on an EC2 instance uses the role.*… \(which-role-am-i-001\)\n {4}0% of 1; 1× "The instance profile's ID, because the profile is the caller"$/m,
    );
    expect(status.out()).toContain('  (not in this version\'s bank) (gone-question-99)\n    0% of 1; 1× "option 1"');
    expect(status.out()).not.toMatch(/^ {2}which-role-am-i-001:/m);
    for (const row of status.out().split('\n')) expect([...row].length).toBeLessThanOrEqual(80);
    const json = captureIo();
    expect(await workshopStatusCommand([origin], cliFlags({ token, json: true }), json.io)).toBe(0);
    expect((JSON.parse(json.out()) as ClassView).grid[0]!.name).toBe('alice');
    const refused = captureIo();
    expect(await workshopStatusCommand([origin], cliFlags({ token: 'wrong' }), refused.io)).toBe(1);
    expect(refused.err()).toContain('refused the token');
    stop.abort();
    expect(await running).toBe(0);
    const markdown = readFileSync(join(dir, 'class.md'), 'utf8');
    expect(markdown).toContain('alice');
    expect(existsSync(join(dir, 'class.csv'))).toBe(true);
    expect(readFileSync(join(dir, 'class.csv'), 'utf8')).toContain('instance-profiles');
  });

  it('warns when bound beyond this computer, and refuses a bad pack or --out inside the data dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-cmd-'));
    const env = { IAM_TUTOR_DATA_DIR: join(dir, 'data') };
    const host = captureIo({ cwd: dir, env });
    const stop = new AbortController();
    const running = workshopHostCommand([pack], cliFlags({ headless: true, bind: '0.0.0.0' }), host.io, {
      signal: stop.signal,
    });
    await waitFor(() => host.out().includes('Stop with Ctrl+C.'));
    expect(host.out()).toContain('everyone on that network can reach this class server');
    stop.abort();
    expect(await running).toBe(0);
    const missing = captureIo({ cwd: dir, env });
    expect(await workshopHostCommand(['no-such-pack'], cliFlags({ headless: true }), missing.io)).toBe(2);
    const inside = captureIo({ cwd: dir, env });
    expect(
      await workshopHostCommand([pack], cliFlags({ headless: true, out: join(dir, 'data', 'x.md') }), inside.io),
    ).toBe(1);
    expect(inside.err()).toContain('inside the progress data directory');
  });

  it('without --headless hands the dashboard a live feed, then stops the host and writes the class report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-cmd-'));
    const env = { IAM_TUTOR_DATA_DIR: join(dir, 'data') };
    const notTty = captureIo({ cwd: dir, env });
    expect(await workshopHostCommand([pack], cliFlags({}), notTty.io)).toBe(2);
    expect(notTty.err()).toContain('add --headless');
    const host = captureIo({ cwd: dir, env, stdinTTY: true, stdoutTTY: true });
    let seen: ClassFeed | undefined;
    const code = await workshopHostCommand([pack], cliFlags({ idleMinutes: 3 }), host.io, {
      // Stands in for the Ink dashboard: joins an attendee the way an attendee's tutor does and
      // ends the class once the feed has said the class changed.
      runDashboard: async (feed) => {
        seen = feed;
        let changes = 0;
        const unsubscribe = feed.subscribe(() => changes++);
        const joinUrl = /--join (\S+)$/.exec(feed.config.joinCommand)![1]!;
        const joined = await fetch(`${joinUrl}/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'dora' }),
        });
        expect(joined.status).toBe(201);
        expect(changes).toBe(1);
        unsubscribe();
        return 0;
      },
    });
    expect(code).toBe(0);
    expect(seen!.config.idleMinutes).toBe(3);
    expect(seen!.state().order.length).toBe(1);
    // The token is for the dashboard's t key, not printed where the join command is shown.
    expect(host.out()).not.toContain(seen!.config.token);
    const written = /^Wrote (\S+\.md) and (\S+\.csv) \(1 attendee\)\.$/m.exec(host.out());
    expect(written, host.out()).not.toBeNull();
    expect(readFileSync(join(dir, written![1]!), 'utf8')).toContain('dora');
    expect(readFileSync(join(dir, written![2]!), 'utf8')).toMatch(/^step,kind,ref,/);
  });

  it('renders whatever the host sends as inert text', () => {
    const view: ClassView = {
      title: 'T\u001b[2J',
      packName: 'p',
      steps: ['1 lesson a'],
      grid: [{ name: 'eve\u001b]0;x\u0007', cells: ['done'] }],
      idle: [{ name: 'eve\u009b', minutes: 6 }],
      idleMinutes: 5,
      questions: [
        {
          questionId: 'q',
          answered: 2,
          correct: 1,
          percentCorrect: 50,
          mostChosenWrong: { chosen: [1], text: 'B\u001b[31m', count: 1 },
        },
      ],
      events: 1,
    };
    const text = renderClassView(view);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('50% of 2; 1× "B');
    // A stem from the host is cleaned and cut to fit one line with its id.
    const long = renderClassView({
      ...view,
      questions: [{ ...view.questions[0]!, questionId: 'q-7', stem: `Which\u001b[2J role ${'is it '.repeat(20)}?` }],
    });
    const line = long.split('\n').find((row) => row.endsWith('(q-7)'))!;
    expect(line).toMatch(/^ {2}Which␛\[2J role is it is it .*…\s?\(q-7\)$/);
    expect([...line].length).toBeLessThanOrEqual(80);
  });
});
