// The dashboard screen in the shell with a fake class feed: live updates from the feed, and keys
// that arrive in one read acting in order (q then y ends the class in one write).
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { ClassFeed } from '../../src/ui/screens/class/classFeed.js';
import { preloadScreens, screens } from '../../src/ui/screens/registry.js';
import { App } from '../../src/ui/shell/App.js';
import type { ClassAction } from '../../src/workshop/live/class-state.js';
import { type ClassState, emptyClass, loadWorkshopPack, packIsUsable, reduceClass } from '../../src/workshop/index.js';
import { renderTutor, TutorTestProviders } from '../helpers/tutor.js';
import { keys } from '../helpers/ink.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const load = loadWorkshopPack('workshops/instance-profiles-101', { cwd: repoRoot });
if (!packIsUsable(load)) throw new Error('example pack should load');
const input = { workshop: load.workshop, packName: load.name, content: load.content };

function fakeFeed() {
  let state: ClassState = emptyClass();
  const listeners = new Set<() => void>();
  const feed: ClassFeed = {
    config: {
      input,
      joinCommand: 'iam-tutor workshop instance-profiles-101 --name NAME --join http://127.0.0.1:4100/abcd2345',
      code: 'abcd2345',
      token: 'secret-token-for-the-instructor-only-000000',
      startedAt: 0,
      idleMinutes: 5,
    },
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => 0,
  };
  const apply = (action: ClassAction) => {
    state = reduceClass(state, action);
    for (const listener of listeners) listener();
  };
  const join = (name: string) => apply({ kind: 'join', attendeeId: name, name, at: 0 });
  return { feed, join, apply, listeners };
}

async function renderDashboard(feed: ClassFeed) {
  await preloadScreens();
  const exitCodes: number[] = [];
  const instance = render(
    <TutorTestProviders options={{ classFeed: feed }}>
      <App initial={[{ name: 'class' }]} screens={screens} onExit={(code) => exitCodes.push(code)} />
    </TutorTestProviders>,
  );
  const frame = () => instance.lastFrame() ?? '';
  const waitFor = async (test: (frame: string) => boolean) => {
    for (let i = 0; i < 300 && !test(frame()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return frame();
  };
  return { instance, frame, waitFor, exitCodes };
}

describe('the class dashboard screen', () => {
  it('shows attendees as they join, without the token, and unsubscribes when it ends', async () => {
    const { feed, join, listeners } = fakeFeed();
    const app = await renderDashboard(feed);
    expect(await app.waitFor((f) => f.includes('No one has joined yet.'))).toContain('Code abcd2345');
    join('alice');
    join('bob');
    const frame = await app.waitFor((f) => f.includes('bob'));
    expect(frame).toMatch(/alice\s+· · · · · · · · · step 1/);
    expect(frame).toContain('2 attendees');
    expect(frame).not.toContain(feed.config.token);
    expect(listeners.size).toBe(1);
    app.instance.unmount();
    expect(listeners.size).toBe(0);
  });

  it('takes keys typed together in order: q then y in one read ends the class with 0', async () => {
    const { feed, join } = fakeFeed();
    join('alice');
    const app = await renderDashboard(feed);
    await app.waitFor((f) => f.includes('q end class'));
    app.instance.stdin.write('qy');
    await app.waitFor(() => app.exitCodes.length > 0);
    expect(app.exitCodes).toEqual([0]);
    app.instance.unmount();
  });

  it('n keeps the class running after q', async () => {
    const { feed } = fakeFeed();
    const app = await renderDashboard(feed);
    await app.waitFor((f) => f.includes('q end class'));
    app.instance.stdin.write('q');
    expect(await app.waitFor((f) => f.includes('End the class?'))).toContain('y/q end the class');
    app.instance.stdin.write('n');
    expect(await app.waitFor((f) => !f.includes('End the class?'))).toContain('q end class');
    expect(app.exitCodes).toEqual([]);
    app.instance.unmount();
  });

  // The feed rides in the one app context, so a shell key that opens another screen (search
  // reads the tutor's data) finds that context too; Esc comes back to the live class.
  it('/ opens search over the dashboard and Esc returns to it', async () => {
    const { feed } = fakeFeed();
    const app = await renderDashboard(feed);
    await app.waitFor((f) => f.includes('q end class'));
    app.instance.stdin.write('/');
    expect(await app.waitFor((f) => f.includes('iam-tutor · Search'))).not.toContain('q end class');
    app.instance.stdin.write('\x1b');
    expect(await app.waitFor((f) => f.includes('q end class'))).toContain('Code abcd2345');
    expect(app.exitCodes).toEqual([]);
    app.instance.unmount();
  });

  it('reads as words in screen-reader mode: the grid, the question list and the counts', async () => {
    const { feed, join, apply } = fakeFeed();
    join('alice');
    join('bob');
    const question = input.content.questions.find((q) => q.topic === 'trust-policies')!;
    const wrong = question.options.findIndex((o) => !o.correct);
    apply({
      kind: 'events',
      attendeeId: 'alice',
      at: 0,
      events: [
        { type: 'step-completed', kind: 'lesson', id: 'instance-profiles', seq: 1, at: 0 },
        {
          type: 'quiz-answer',
          questionId: question.id,
          topic: question.topic,
          chosen: [wrong],
          correct: false,
          misconceptions: [],
          seq: 2,
          at: 0,
        },
      ],
    });
    await preloadScreens();
    const app = renderTutor({ classFeed: feed, initial: [{ name: 'class' }], screenReader: true });
    await app.press();
    const grid = app.lastFrame();
    expect(grid).toMatch(/^Attendees and the 9 agenda steps:$/m);
    expect(grid).toMatch(/^alice: done: step 1; started: step 9; not started: steps 2 to 8; now on step 2\.$/m);
    expect(grid).toMatch(/^bob: not started: steps 1 to 9; now on step 1\.$/m);
    expect(grid).toContain('by plan: step 1 (minutes 0 to 14)');
    await app.press(keys.tab);
    const list = app.lastFrame();
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(list).toContain(`Question: ${flat(question.stem)} (${question.id})`);
    expect(list).toContain(
      `0% right of 1 answer; wrong answer chosen most: 1 chose ${flat(question.options[wrong]!.text)}`,
    );
    for (const frame of [grid, list]) {
      expect(frame).not.toMatch(/[\u2500-\u259f]/);
      expect(frame).not.toMatch(/[×✓·•]|\u001b/);
    }
    app.unmount();
  });
});
