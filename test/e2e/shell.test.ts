import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

let session: TmuxSession | undefined;

beforeAll(() => {
  if (!tmuxAvailable()) throw new Error('tmux is required for end-to-end tests (apt-get install tmux)');
});

afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('the built CLI in a real terminal', () => {
  it('opens home, navigates into a section and back, shows help, and quits with 0', async () => {
    session = new TmuxSession().start();
    const home = await session.waitFor('Practice quiz');
    expect(home).toContain('iam-tutor · Home');
    expect(home).toMatch(/› Lessons/);
    expect(home).toMatch(/q quit/);

    session.keys('Down', 'j');
    await session.waitFor(/› Exam simulation/);
    session.keys('k');
    await session.waitFor(/› Practice quiz/);
    session.keys('Enter');
    await session.waitFor('iam-tutor · Practice quiz');

    session.keys('Escape');
    const back = await session.waitFor('iam-tutor · Home');
    // The home screen stayed mounted, so the cursor is where the learner left it.
    expect(back).toMatch(/› Practice quiz/);

    session.type('?');
    await session.waitFor('Keys everywhere');
    session.type('x');
    await session.waitFor((s) => !s.includes('Keys everywhere') && s.includes('› Practice quiz'));

    session.type('q');
    expect(await session.exitCode()).toBe(0);
    // The alternate screen is left, so the learner's terminal shows no leftover frame.
    expect(session.screen()).not.toContain('Practice quiz');
  });

  it('exits with 130 on Ctrl+C', async () => {
    session = new TmuxSession().start();
    await session.waitFor('Practice quiz');
    session.keys('C-c');
    expect(await session.exitCode()).toBe(130);
  });

  it('opens a section directly from a subcommand, with Esc leading home', async () => {
    session = new TmuxSession().start(['exam']);
    await session.waitFor('iam-tutor · Exam simulation');
    session.keys('Escape');
    await session.waitFor('iam-tutor · Home');
  });

  it('re-lays out on resize and explains when the terminal is too small', async () => {
    session = new TmuxSession({ columns: 60, rows: 20 }).start();
    const small = await session.waitFor('Practice quiz');
    expect(small).toContain('q quit');
    session.resize(40, 10);
    await session.waitFor('Terminal too small (40x10)');
    session.resize(80, 24);
    await session.waitFor('Practice quiz');
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('sets a corrupted progress file aside and says where, without a stack trace', async () => {
    session = new TmuxSession();
    const dataDir = join(session.dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'progress.json'), '{"version": 1, "lessons": {');
    session.start();
    const screen = await session.waitFor('progress file was unreadable');
    expect(screen.replace(/\s+/g, ' ')).toMatch(/moved to .*progress\.corrupt-[0-9T-]+\.json/);
    expect(readdirSync(dataDir).some((name) => name.startsWith('progress.corrupt-'))).toBe(true);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('honours NO_COLOR', async () => {
    session = new TmuxSession({ env: { NO_COLOR: '1', FORCE_COLOR: '' } }).start();
    await session.waitFor('Practice quiz');
    const colored = session.screenWithEscapes();
    expect(colored).not.toMatch(/\x1b\[3[0-9]m/);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });
});
