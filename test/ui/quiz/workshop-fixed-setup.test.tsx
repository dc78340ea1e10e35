// In a workshop the pack fixes the quiz (issue #16): the setup shows the pack's topics (titles,
// never ids), count and seed, and a change of topics or count is refused with the reason.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryProgressClient } from '../../../src/app/index.js';
import { preloadScreens } from '../../../src/ui/screens/registry.js';
import { renderTutor, TEST_NOW, type TutorApp } from '../../helpers/tutor.js';
import { bank } from './fixtures.js';
import { keys } from './harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

async function openWorkshopStep() {
  await preloadScreens();
  const client = memoryProgressClient({ now: () => TEST_NOW });
  app = renderTutor({
    client,
    questions: bank,
    initial: [{ name: 'quiz', params: { topics: ['trust-policies'], count: 5, seed: 7 } }],
  });
  await app.press();
  return app;
}

describe('a workshop quiz step’s fixed setup', () => {
  it('shows the pack’s settings with the topic’s title and seed, never the raw id', async () => {
    const app = await openWorkshopStep();
    const first = app
      .frame()
      .split('\n')
      .find((line) => line.includes('Set by the workshop'));
    expect(first).toMatch(/Set by the workshop: Quiz: 5 questions on .*Trust polic/i);
    expect(first).toContain('(seed 7)');
    expect(first).not.toContain('trust-policies');
  });

  it('refuses a change of count or topics with the reason and keeps the pack’s setup', async () => {
    const app = await openWorkshopStep();
    await app.press(keys.right);
    expect(app.frame()).toContain('This workshop fixes the quiz');
    expect(app.frame()).toMatch(/Questions: ‹ 5 ›/);
    // Space on "All topics" (row 0) would drop the pack's topic: refused too.
    await app.press(' ');
    expect(app.frame()).toContain('This workshop fixes the quiz');
    expect(app.frame()).toMatch(/\[ \] All topics/);
    expect(app.frame()).toMatch(/\[x\] \d+\. .*Trust polic/i);
  });
});
