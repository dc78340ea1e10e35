// Renders the app at a chosen terminal size (80x24 by default) with the progress data and,
// optionally, a workshop session. The routes the dashboard and the agenda open are replaced by
// an echo, so a test sees where Enter led and with which params.
import { FakeStdin, FakeStdout, settled } from '../../helpers/fakeTerminal.js';
import { Text, render } from 'ink';
import type { ProgressData } from '../../../src/ui/screens/progress/progressData.js';
import { ProgressDataContext } from '../../../src/ui/screens/progress/progressData.js';
import { ProgressScreen } from '../../../src/ui/screens/progress/ProgressScreen.js';
import { WorkshopScreen } from '../../../src/ui/screens/workshop/WorkshopScreen.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import { WorkshopContext } from '../../../src/ui/screens/workshop/workshopData.js';
import { App } from '../../../src/ui/shell/App.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import { ServicesContext } from '../../../src/ui/services.js';
import type { WorkshopSession } from '../../../src/workshop/session.js';
import { fakeServices } from '../../helpers/ink.js';

function RouteEcho({ params }: { params: Record<string, unknown> }) {
  return <Text>ROUTE {JSON.stringify(params)}</Text>;
}

const echo = (title: string) => ({ title, component: RouteEcho });

// The registry imports these two lazily; tests render them directly so a frame never shows
// the loading fallback (lazy loading itself is the registry's business, covered end to end).
export const testScreens: ScreenRegistry = {
  ...realScreens,
  progress: { ...realScreens.progress!, component: ProgressScreen },
  workshop: { ...realScreens.workshop!, component: WorkshopScreen },
  lesson: echo('Lesson'),
  sandbox: echo('Sandbox'),
  quiz: echo('Quiz'),
  exam: echo('Exam'),
  drill: echo('Drill'),
};

export interface TestApp {
  frame(): string;
  lines(): string[];
  press(...keys: string[]): Promise<void>;
  exitCodes: number[];
  unmount(): void;
}

export function renderWithProgress(options: {
  data: ProgressData;
  initial: Route[];
  workshop?: WorkshopSession;
  columns?: number;
  rows?: number;
}): TestApp {
  const stdout = new FakeStdout(options.columns ?? 80, options.rows ?? 24);
  const stdin = new FakeStdin();
  const exitCodes: number[] = [];
  const instance = render(
    <ServicesContext.Provider value={fakeServices()}>
      <ProgressDataContext.Provider value={options.data}>
        <WorkshopContext.Provider value={options.workshop ?? null}>
          <App initial={options.initial} screens={testScreens} onExit={(code) => exitCodes.push(code)} />
        </WorkshopContext.Provider>
      </ProgressDataContext.Provider>
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
    exitCodes,
    press: async (...keys: string[]) => {
      await settled(stdout);
      for (const key of keys) {
        stdin.write(key);
        await settled(stdout);
      }
    },
    unmount: () => instance.unmount(),
  };
}
