// Every kind of internal lesson link, followed into the REAL target screen (not an echo of the
// route): lesson:<id>, sandbox:<scenario> and quiz:<question-id>.
import { afterEach, describe, expect, it } from 'vitest';
import type { InternalLinkKind } from '../../../src/ui/markdown/index.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { keys } from '../../helpers/ink.js';
import { renderTutor } from '../../helpers/tutor.js';
import { MemoryPort } from '../quiz/harness.js';
import { lessons, question } from './fixtures.js';

const now = Date.UTC(2026, 10, 22, 12);
const linked = { ...question('gamma-003', 'single', [1]), stem: 'Which credentials rotate on their own?' };

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function renderReal(initial: Route[]) {
  const app = renderTutor({
    initial,
    lessons,
    questions: [linked],
    lessonProgress: memoryLessonProgress(),
    quizProgress: new MemoryPort(),
    services: { now: () => now },
  });
  unmount = app.unmount;
  const frame = app.lastFrame;
  return {
    frame,
    press: app.press,
    waitFor: async (text: string) => {
      for (let i = 0; i < 200 && !frame().includes(text); i++) await new Promise((r) => setTimeout(r, 10));
      return frame();
    },
  };
}

// One case per link kind the reader supports: a kind added to InternalLinkKind fails the
// typecheck here until it has a test that follows it into its real screen.
const cases = {
  quiz: 'quiz:<question-id> opens that very question in the practice screen',
  sandbox: 'sandbox:<scenario> opens that scenario in the sandbox',
  lesson: 'lesson:<id> opens that lesson in the reader',
} as const satisfies Record<InternalLinkKind, string>;

describe('internal lesson links open the real target screen', () => {
  it(cases.quiz, async () => {
    const app = renderReal([{ name: 'home' }, { name: 'lesson', params: { id: 'gamma' } }]);
    await app.press(keys.tab, keys.enter);
    const frame = await app.waitFor('Which credentials rotate on their own?');
    expect(frame).toContain('iam-tutor · Practice quiz');
    expect(frame).toContain('Which credentials rotate on their own?');
    expect(frame).toContain('Option B');
    // Not the setup: no topic list.
    expect(frame).not.toContain('All topics');
  });

  it('quiz:<question-id> for a question the bank lacks opens the setup and says so', async () => {
    const app = renderReal([{ name: 'home' }, { name: 'quiz', params: { questionId: 'nope-001' } }]);
    const frame = await app.waitFor('not in the question bank');
    expect(frame).toContain('The linked question “nope-001” is not in the question bank.');
    expect(frame).toContain('All topics');
  });

  it(cases.sandbox, async () => {
    const app = renderReal([{ name: 'home' }, { name: 'lesson', params: { id: 'alpha' } }]);
    await app.press('G', keys.tab, keys.tab, keys.enter);
    const frame = await app.waitFor('Goal');
    expect(frame).toContain('iam-tutor · Sandbox');
    expect(frame).toContain('Goal');
  });

  it(cases.lesson, async () => {
    const app = renderReal([{ name: 'home' }, { name: 'lesson', params: { id: 'alpha' } }]);
    await app.press('G', keys.tab, keys.enter);
    const frame = await app.waitFor('Beta intro');
    expect(frame.split('\n')[0]).toContain('Beta profiles');
  });
});
