// The lesson screens' preset of the one test helper (test/helpers/tutor.tsx): lessons, a
// lesson port (often a spy) and echoes where links lead.
import { Text } from 'ink';
import type { Lesson } from '../../../src/content/types.js';
import type { LessonProgressPort } from '../../../src/app/index.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import { renderTutor, type TutorApp } from '../../helpers/tutor.js';

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

export type LessonApp = TutorApp;

/** The lesson screens over the one test helper, with links to the quiz and sandbox echoed. */
export function renderLessons(options: {
  lessons: Lesson[];
  progress: LessonProgressPort;
  initial: Route[];
  columns?: number;
  rows?: number;
}): LessonApp {
  return renderTutor({ ...options, lessonProgress: options.progress, screens: testScreens });
}
