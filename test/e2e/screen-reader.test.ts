// The built CLI in a real terminal: `--screen-reader` and INK_SCREEN_READER=true both give Ink's
// linear screen-reader text (roles, words, no rules, no colour), and the keys work as usual.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxSession, tmuxAvailable } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
// The test run turns colour off; FORCE_COLOR='' turns it back on (chalk level 1), so a colour
// code in screen-reader mode would show here.
const colorOn = { FORCE_COLOR: '', NO_COLOR: '' };
const SGR_COLOR = /\u001b\[[0-9;]*3[0-9][;m]/;

beforeAll(() => {
  if (!tmuxAvailable()) throw new Error('tmux is required for end-to-end tests (apt-get install tmux)');
});

afterEach(() => {
  session?.stop();
  session = undefined;
});

describe.each([
  { name: '--screen-reader', args: ['--screen-reader'], env: colorOn },
  { name: 'INK_SCREEN_READER=true', args: [], env: { ...colorOn, INK_SCREEN_READER: 'true' } },
])('$name', ({ args, env }) => {
  it('opens home as a menu in words, moves, opens the practice setup, and quits with 0', async () => {
    session = new TmuxSession({ env }).start(args);
    const home = await session.waitFor('menu: menuitem: (selected) Lessons');
    expect(home).toContain('iam-tutor, Home screen.');
    expect(home).toMatch(/^toolbar: Keys: /m);
    expect(home).not.toMatch(/[\u2500-\u259f›]/);
    // No colour: a colour code would reach the reader with the words.
    expect(session.screenWithEscapes()).not.toMatch(SGR_COLOR);
    session.keys('Down');
    await session.waitFor('menuitem: (selected) Practice quiz');
    session.keys('Enter');
    await session.waitFor(/\(current\) \(checked\) checkbox: All topics/);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });
});

it('draws the usual frame without either', async () => {
  session = new TmuxSession({ env: colorOn }).start();
  const home = await session.waitFor('Practice quiz');
  expect(home).toContain('iam-tutor · Home');
  expect(home).not.toContain('menuitem');
  expect(session.screenWithEscapes()).toMatch(SGR_COLOR);
});
