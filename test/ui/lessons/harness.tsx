// Renders the app with lesson data at a chosen terminal size. ink-testing-library pins the
// width at 100 columns, and the reader must be checked at 80 and 60, so this builds the same
// fake streams with a size of our choosing.
import { FakeStdin, FakeStdout, settled } from '../../helpers/fakeTerminal.js';
import { Text, render } from 'ink';
import type { Lesson } from '../../../src/content/types.js';
import type { LessonProgressPort } from '../../../src/app/index.js';
import { LessonDataContext } from '../../../src/ui/screens/lessons/lessonStore.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import { App } from '../../../src/ui/shell/App.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import { ServicesContext } from '../../../src/ui/services.js';
import { fakeServices } from '../../helpers/ink.js';

/** Where links lead, drawn so a test can see the route and its params. */
function RouteEcho({ params }: { params: Record<string, unknown> }) {
  return <Text>ROUTE {JSON.stringify(params)}</Text>;
}

export const testScreens: ScreenRegistry = {
  ...realScreens,
  sandbox: { title: 'Sandbox', component: RouteEcho },
  quiz: { title: 'Quiz', component: RouteEcho },
};

/** Records every call to the port, on top of the in-memory one. */
export function spyProgress(inner: LessonProgressPort = memoryLessonProgress()) {
  const calls: string[] = [];
  const port: LessonProgressPort = {
    get: (id) => inner.get(id),
    lastLessonId: () => inner.lastLessonId(),
    savePosition: (id, section, scroll) => {
      calls.push(`position ${id} ${section} ${scroll}`);
      inner.savePosition(id, section, scroll);
    },
    saveCheck: (id, checkId, correct) => {
      calls.push(`check ${id} ${checkId} ${correct}`);
      inner.saveCheck(id, checkId, correct);
    },
    complete: (id) => {
      calls.push(`complete ${id}`);
      inner.complete(id);
    },
  };
  return { port, calls };
}

export interface LessonApp {
  /** The last frame with trailing spaces removed from each line. */
  frame(): string;
  lines(): string[];
  /** Every frame written so far, trailing spaces removed, oldest first. */
  frames(): string[];
  press(...keys: string[]): Promise<void>;
  unmount(): void;
}

export function renderLessons(options: {
  lessons: Lesson[];
  progress: LessonProgressPort;
  initial: Route[];
  columns?: number;
  rows?: number;
}): LessonApp {
  const stdout = new FakeStdout(options.columns ?? 80, options.rows ?? 24);
  const stdin = new FakeStdin();
  const instance = render(
    <ServicesContext.Provider value={fakeServices()}>
      <LessonDataContext.Provider value={{ lessons: options.lessons, progress: options.progress }}>
        <App initial={options.initial} screens={testScreens} onExit={() => {}} />
      </LessonDataContext.Provider>
    </ServicesContext.Provider>,
    {
      // biome-ignore lint/suspicious/noExplicitAny: fake streams stand in for the process's
      stdout: stdout as any,
      // biome-ignore lint/suspicious/noExplicitAny: fake streams stand in for the process's
      stderr: new FakeStdout(80, 24) as any,
      // biome-ignore lint/suspicious/noExplicitAny: fake streams stand in for the process's
      stdin: stdin as any,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const frame = () => (stdout.frames[stdout.frames.length - 1] ?? '').replace(/[ \t]+$/gm, '');
  return {
    frame,
    lines: () => frame().split('\n'),
    frames: () => stdout.frames.map((written) => written.replace(/[ \t]+$/gm, '')),
    press: async (...keys: string[]) => {
      // One key per render: a key written right after another can reach the previous handler,
      // and a key written before the first effects ran reaches nobody. Wait for the output to
      // settle before and after every key, which holds on a loaded machine too.
      await settled(stdout);
      for (const key of keys) {
        stdin.write(key);
        await settled(stdout);
      }
    },
    unmount: () => instance.unmount(),
  };
}
