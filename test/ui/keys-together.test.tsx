// Keys that arrive in one read (a paste, tmux, a fast typist over SSH) must each act on the state
// the key before produced. Every test here writes several keys in ONE stdin write.
import { afterEach, describe, expect, it } from 'vitest';
import { renderInFakeTerminal, settled } from '../helpers/fakeTerminal.js';
import { App } from '../../src/ui/shell/App.js';
import { screens } from '../../src/ui/screens/registry.js';
import { keys, renderApp } from '../helpers/ink.js';
import { TutorTestProviders } from '../helpers/tutor.js';
import { lessons } from './lessons/fixtures.js';
import { renderLessons } from './lessons/harness.js';
import { memoryLessonProgress } from '../helpers/progress.js';
import { bank } from './quiz/fixtures.js';
import { MemoryPort, renderQuiz, waitForFrame } from './quiz/harness.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('keys that arrive together', () => {
  it('home: Down Down Down Enter in one read opens Sandbox, not Lessons', async () => {
    const app = renderApp();
    cleanups.push(app.unmount);
    await app.press(keys.down + keys.down + keys.down + keys.enter);
    expect(await app.waitForFrame('iam-tutor · Sandbox')).toContain('iam-tutor · Sandbox');
  });

  it('home: from Quit, Up Up Up Enter in one read opens Sandbox and does not quit', async () => {
    const app = renderApp();
    cleanups.push(app.unmount);
    await app.press(keys.up);
    expect(app.lastFrame()).toMatch(/› Quit/);
    await app.press(keys.up + keys.up + keys.up + keys.enter);
    expect(await app.waitForFrame('iam-tutor · Sandbox')).toContain('iam-tutor · Sandbox');
    expect(app.exitCodes).toEqual([]);
  });

  it('home: Enter then keys for the screen it opens, in one read, reach that screen', async () => {
    const app = renderApp();
    cleanups.push(app.unmount);
    // Help is the 6th entry; Backspace in the same read goes back home from it, where the cursor
    // is still on Help, so k Enter opens Progress. (Esc cannot be used: Esc then k is Alt+k.)
    await app.press(`jjjjj${keys.enter}${keys.backspace}k${keys.enter}`);
    expect(await app.waitForFrame('iam-tutor · Progress')).toContain('iam-tutor · Progress');
  });

  it('lesson list: Down Down Enter in one read opens the third lesson', async () => {
    const app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lessons' }],
    });
    cleanups.push(app.unmount);
    await app.press(keys.down + keys.down + keys.enter);
    expect(app.lines()[0]).toContain('Gamma credentials');
  });

  it('practice setup: Down Down Space in one read picks the third row', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'quiz' }], questions: bank, port });
    cleanups.push(app.unmount);
    await app.press(keys.down + keys.down + keys.space);
    const frame = await waitForFrame(app, (f) => /\[x\] 1\. IAM in one picture/.test(f));
    expect(frame).toContain('[ ] All topics');
  });

  it('exam intro: Enter then an answer letter in one read starts the exam and picks that letter', async () => {
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'exam', params: { count: 2 } }], questions: bank });
    cleanups.push(app.unmount);
    await app.press(`${keys.enter}b`);
    // b picks the second option of the question the Enter opened.
    const frame = await waitForFrame(app, (f) => f.includes('Question 1 of 2') && /› \(.\) B\./.test(f));
    expect(frame).toMatch(/› \(.\) B\./);
  });
});

describe('keys that arrive together in the sandbox', () => {
  const guided = [{ name: 'home' }, { name: 'sandbox', params: { scenario: 'guided-ec2-dynamodb' } }] as const;

  it(': then a command with q and ? in it, then Enter, in one read: typed, run, nothing quits', async () => {
    const app = renderApp({ initial: [...guided] });
    cleanups.push(app.unmount);
    await app.waitForFrame('Goal');
    await app.press(`:iam create-instance-profile --instance-profile-name q?x${keys.enter}`);
    const frame = await app.waitForFrame('$ aws iam create-instance-profile', 3000);
    // Every letter reached the prompt (AWS then refuses the ? in the name, in its own words).
    expect(frame.replace(/\s+/g, ' ')).toContain("$ aws iam create-instance-profile --instance-profile-name 'q?x'");
    expect(app.exitCodes).toEqual([]);
  }, 15_000);

  it('n n in one read runs the first two guided steps, each on the world the one before made', async () => {
    const app = renderApp({ initial: [...guided] });
    cleanups.push(app.unmount);
    await app.waitForFrame('Goal');
    await app.press('nn');
    const frame = await app.waitForFrame('create-role --role-name app-role', 3000);
    expect(frame).toContain('create-role --role-name app-role');
    expect(frame).not.toContain('EntityAlreadyExists');
  }, 15_000);

  it('w then : and a command in one read leaves the world view and runs the command', async () => {
    const app = renderApp({ initial: [...guided] });
    cleanups.push(app.unmount);
    await app.waitForFrame('Goal');
    await app.press(`w:clock advance 5m${keys.enter}`);
    const frame = await app.waitForFrame('$ clock advance 5m', 3000);
    expect(frame).toContain('$ clock advance 5m');
  }, 15_000);
});

describe('the "terminal too small" notice', () => {
  it('swallows keys at 40x12: two Enters open nothing; q still quits', async () => {
    const exits: number[] = [];
    const { stdout, stdin, instance } = renderInFakeTerminal(
      <TutorTestProviders>
        <App initial={[{ name: 'home' }]} screens={screens} onExit={(code) => exits.push(code)} />
      </TutorTestProviders>,
      { columns: 40, rows: 12 },
    );
    cleanups.push(() => instance.unmount());
    await settled(stdout);
    expect(stdout.lastFrame()).toContain('Terminal too small (40x12)');
    stdin.write(keys.enter);
    await settled(stdout);
    stdin.write(keys.enter);
    await settled(stdout);
    // Enlarge: home must still be on top, with the cursor where it was.
    stdout.columns = 80;
    stdout.rows = 24;
    stdout.emit('resize');
    await settled(stdout);
    expect(stdout.lastFrame()).toContain('iam-tutor · Home');
    expect(stdout.lastFrame()).toMatch(/› Lessons/);
    stdin.write('q');
    await pause(30);
    expect(exits).toEqual([0]);
  });
});

describe('the ? overlay at 80x24', () => {
  it('scrolls to the end of a long screen help instead of cutting it, and any other key closes it', async () => {
    const app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'alpha' } }],
    });
    cleanups.push(app.unmount);
    await app.press('?');
    const first = app.frame();
    expect(first).toContain('Keys everywhere');
    expect(first).toMatch(/↑↓ PgUp\/PgDn scroll · lines 1-\d+ of (\d+)/);
    const total = Number(/lines 1-\d+ of (\d+)/.exec(first)![1]);
    await app.press('G');
    const end = app.frame();
    expect(end).toMatch(new RegExp(`lines \\d+-${total} of ${total}`));
    expect(end).not.toContain('Keys everywhere');
    await app.press(keys.up);
    expect(app.frame()).toMatch(new RegExp(`lines \\d+-${total - 1} of ${total}`));
    await app.press('x');
    expect(app.frame()).not.toContain('scroll · lines');
    expect(app.lines()[0]).not.toContain('Help ·');
    expect(app.frame()).toContain('Intro paragraph 1.');
  });
});
