// Practice remembers the setup last started (issue #16: "practise again" forgot topic and
// count): it is saved on Start and preselected next time; a workshop step's fixed setup is not.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryProgressClient } from '../../../src/app/index.js';
import { preloadScreens } from '../../../src/ui/screens/registry.js';
import { renderTutor, TEST_NOW, type TutorApp } from '../../helpers/tutor.js';
import { bank } from './fixtures.js';
import { keys } from './harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

describe('practice setup remembers', () => {
  it('saves the topics and count on Start', async () => {
    await preloadScreens();
    const client = memoryProgressClient({ now: () => TEST_NOW });
    app = renderTutor({ client, questions: bank, initial: [{ name: 'quiz', params: { topic: 'trust-policies' } }] });
    await app.press(keys.left, keys.enter);
    expect(client.current().settings.lastPractice).toEqual({ topics: ['trust-policies'], count: 5, mode: 'practice' });
  });

  it('preselects the setup last started', async () => {
    await preloadScreens();
    const client = memoryProgressClient({ now: () => TEST_NOW });
    client.quiz.saveLastPractice?.({ topics: ['ecs-roles', 'gone-topic'], count: 20, mode: 'practice' });
    app = renderTutor({ client, questions: bank, initial: [{ name: 'quiz' }] });
    await app.press();
    const frame = app.frame();
    expect(frame).toMatch(/\[x\] \d+\. ECS: instance role/);
    expect(frame).toMatch(/\[ \] All topics/);
    expect(frame).toMatch(/Questions: ‹ 20 ›/);
  });

  it('keeps a workshop step’s fixed setup and does not remember it', async () => {
    await preloadScreens();
    const client = memoryProgressClient({ now: () => TEST_NOW });
    client.quiz.saveLastPractice?.({ topics: ['ecs-roles'], count: 20, mode: 'practice' });
    app = renderTutor({
      client,
      questions: bank,
      initial: [{ name: 'quiz', params: { topics: ['trust-policies'], count: 5, seed: 7 } }],
    });
    await app.press();
    expect(app.frame()).toMatch(/\[x\] \d+\. Trust policies/);
    expect(app.frame()).toMatch(/Questions: ‹ 5 ›/);
    await app.press(keys.enter);
    expect(client.current().settings.lastPractice?.topics).toEqual(['ecs-roles']);
  });
});
