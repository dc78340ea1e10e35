// In a workshop the pack fixes the quiz (issue #16): the setup shows the pack's topics (titles,
// never ids), count and seed, and a change of topics or count is refused with the reason.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryProgressClient } from '../../../src/app/index.js';
import { preloadScreens } from '../../../src/ui/screens/registry.js';
import { prepareWorkshopSession, type WorkshopSession, workshopQuizSettings } from '../../../src/workshop/index.js';
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
    expect(first).toMatch(/Set by the workshop, seed 7: 5 questions on Trust polic/i);
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

/** The fixture pack's quiz step names no seed (test/unit/content/fixtures/workshop-pack). */
function seedlessPack(): WorkshopSession {
  const result = prepareWorkshopSession({
    args: ['test/unit/content/fixtures/workshop-pack'],
    name: 'alice',
    dataDirFlag: '/tmp/class',
    env: {},
    cwd: join(import.meta.dirname, '..', '..', '..'),
  });
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

/** An attendee opening the pack's quiz step from the agenda, on their own machine's clock. */
async function openSeedlessStep(now: number, columns = 80) {
  await preloadScreens();
  const session = seedlessPack();
  const step = session.workshop.agenda.find((s) => s.kind === 'quiz');
  if (step?.kind !== 'quiz' || step.seed !== undefined)
    throw new Error('the fixture pack’s quiz step must be seedless');
  const client = memoryProgressClient({ now: () => now });
  const attendee = renderTutor({
    client,
    questions: [...session.content.questions],
    lessons: [...session.content.lessons],
    workshop: session,
    services: { now: () => now },
    initial: [{ name: 'workshop' }],
    columns,
  });
  app = attendee;
  // The quiz is the agenda's last step.
  await attendee.press('G', keys.enter);
  return { attendee, seed: workshopQuizSettings(step).seed };
}

/** The three questions' stems as the attendee sees them, skipping through the quiz. */
async function drawnQuestions(attendee: TutorApp): Promise<string[]> {
  const stems: string[] = [];
  await attendee.press(keys.enter);
  for (let n = 1; n <= 3; n += 1) {
    const lines = attendee.lines();
    const at = lines.findIndex((line) => line.includes(`Question ${n} of 3`));
    expect(at).toBeGreaterThan(-1);
    stems.push(lines.slice(at + 1, at + 3).join(' '));
    await attendee.press('s');
  }
  return stems;
}

describe('a workshop quiz step whose pack names no seed', () => {
  it('opens a locked setup with the seed derived from the step', async () => {
    const { attendee, seed } = await openSeedlessStep(TEST_NOW);
    const top = attendee
      .frame()
      .split('\n')
      .find((line) => line.includes('Set by the workshop'));
    expect(top, 'the setup says the workshop set it').toBeDefined();
    // At 80 columns the seed comes first, so the cut falls on the topics (ticked below anyway).
    expect(top).toContain(`Set by the workshop, seed ${seed}: 3 questions on IAM in one picture.`);
    // Only the keys that do something are in the footer: Space and ←/→ would only be refused.
    const footer = attendee.frame().trimEnd().split('\n').at(-1)!;
    expect(footer).toContain('Enter start');
    expect(footer).not.toMatch(/Space|←\/→/);
    expect(attendee.frame()).toMatch(/Questions: ‹ 3 ›.*fixed by the workshop/);
    await attendee.press(keys.right);
    expect(attendee.frame()).toContain('This workshop fixes the quiz');
    expect(attendee.frame()).toMatch(/Questions: ‹ 3 ›/);
    // Space on "All topics" would drop the pack's topic: refused too.
    await attendee.press('g', ' ');
    expect(attendee.frame()).toContain('This workshop fixes the quiz');
    expect(attendee.frame()).toMatch(/\[ \] All topics/);
    expect(attendee.frame()).toMatch(/\[x\] 1\. IAM in one picture/);
  });

  it('gives two attendees with different clocks the same questions', async () => {
    const drawn: string[][] = [];
    for (const now of [TEST_NOW, TEST_NOW + 7_654_321]) {
      const { attendee } = await openSeedlessStep(now);
      drawn.push(await drawnQuestions(attendee));
      attendee.unmount();
      app = undefined;
    }
    expect(new Set(drawn[0]).size).toBe(3);
    expect(drawn[1]).toEqual(drawn[0]);
  });
});
