import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('the sandbox in a real terminal', () => {
  it('runs the guided build to an allowed call, and finds it marked done after a restart', async () => {
    session = new TmuxSession().start(['sandbox', 'guided-ec2-dynamodb']);
    await session.waitFor('Next step (n)');
    for (let i = 0; i < 12; i++) {
      const screen = session.screen();
      if (!screen.includes('Next step (n)')) break;
      session.type('n');
      await session.waitFor((s) => s !== screen);
    }
    session.type('r');
    const timeline = await session.waitFor('IMDSv2 session token issued');
    expect(timeline).toMatch(/✓ Goal/);
    session.keys('G');
    await session.waitFor('The call was allowed');
    session.type('q');
    expect(await session.exitCode()).toBe(0);

    session.restart(['sandbox']);
    const menu = await session.waitFor(/✓ Guided build/);
    expect(menu).toContain('Free play');
    expect(menu).toContain('Resume your last world');
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });
});
