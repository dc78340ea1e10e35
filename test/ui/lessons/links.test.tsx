// Every kind of internal lesson link, followed into the REAL target screen (not an echo of the
// route): lesson:<id>, sandbox:<scenario> and quiz:<question-id>.
import { render } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentSet } from '../../../src/content/types.js';
import { createMemoryProgressStore } from '../../../src/progress/index.js';
import { type AppData, AppDataContext } from '../../../src/ui/data/AppDataContext.js';
import type { InternalLinkKind } from '../../../src/ui/markdown/index.js';
import { LessonDataContext } from '../../../src/ui/screens/lessons/lessonStore.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import { QuizDataContext } from '../../../src/ui/screens/quiz/quizData.js';
import { screens } from '../../../src/ui/screens/registry.js';
import { ServicesContext } from '../../../src/ui/services.js';
import { App } from '../../../src/ui/shell/App.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { FakeStdin, FakeStdout, settled } from '../../helpers/fakeTerminal.js';
import { fakeServices, keys } from '../../helpers/ink.js';
import { MemoryPort } from '../quiz/harness.js';
import { lessons, question } from './fixtures.js';

const now = Date.UTC(2026, 10, 22, 12);
const linked = { ...question('gamma-003', 'single', [1]), stem: 'Which credentials rotate on their own?' };

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function renderReal(initial: Route[]) {
  const stdout = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const store = createMemoryProgressStore({ now: () => now });
  const data: AppData = {
    store,
    client: null,
    storePath: ':memory:',
    notices: [],
    content: { lessons, questions: [linked], problems: [] } satisfies ContentSet,
    lessonData: null,
    quizData: null,
    requestContent: () => {},
    summary: async () => ({ lessonsDone: 0, lessonsTotal: 3, due: 0, dueConcepts: 0, examInProgress: false }),
  };
  const instance = render(
    <ServicesContext.Provider value={fakeServices()}>
      <AppDataContext.Provider value={{ status: 'ready', data }}>
        <LessonDataContext.Provider value={{ lessons, progress: memoryLessonProgress() }}>
          <QuizDataContext.Provider value={{ questions: [linked], progress: new MemoryPort(), tickMs: 3_600_000 }}>
            <App initial={initial} screens={screens} onExit={() => {}} />
          </QuizDataContext.Provider>
        </LessonDataContext.Provider>
      </AppDataContext.Provider>
    </ServicesContext.Provider>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  unmount = () => instance.unmount();
  const frame = () => stdout.lastFrame();
  return {
    frame,
    press: async (...input: string[]) => {
      await settled(stdout);
      for (const chunk of input) {
        stdin.write(chunk);
        await settled(stdout);
      }
    },
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
