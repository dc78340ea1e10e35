import { afterEach, describe, expect, it } from 'vitest';
import { builtinTopics } from '../../src/content/topics.js';
import { TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe('reading a lesson in a real terminal', () => {
  it('reads a lesson to the end and finds it marked complete after a restart', async () => {
    session = new TmuxSession().start(['lessons']);
    await session.waitFor(`0 of ${builtinTopics.length} lessons complete`);
    session.keys('Enter');
    await session.waitFor('section 1/');
    // Jump to the bottom of each section and on to the next until the end of the lesson.
    for (let i = 0; i < 20; i++) {
      session.type('G');
      const screen = await session.waitFor(/section \d+\/\d+/);
      if (screen.includes('Lesson complete')) break;
      session.type('n');
      await session.waitFor(/section \d+\/\d+/);
    }
    await session.waitFor('Lesson complete');
    session.type('q');
    expect(await session.exitCode()).toBe(0);

    // A new process reads the progress store from disk.
    session.restart(['lessons']);
    const list = await session.waitFor(`1 of ${builtinTopics.length} lessons complete`);
    expect(list).toMatch(/✓\s+1\. IAM in one picture/);
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });
});
