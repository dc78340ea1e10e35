import { afterEach, describe, expect, it } from 'vitest';
import { builtinTopics } from '../../src/content/topics.js';
import { readLessonToEnd } from '../helpers/readLesson.js';
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
    // Page to the end, answering the check questions on the way (skipping them no longer completes).
    await readLessonToEnd(session);
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
