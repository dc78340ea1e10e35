// The dashboard's and agenda's preset of the one test helper (test/helpers/tutor.tsx): a
// progress store and, optionally, a workshop session. The routes they open are replaced by an
// echo, so a test sees where Enter led and with which params.
import { Text } from 'ink';
import { ProgressClient } from '../../../src/app/index.js';
import type { Question } from '../../../src/content/index.js';
import type { ProgressStore } from '../../../src/progress/index.js';
import type { LessonRef } from '../../../src/ui/screens/progress/progressData.js';
import { ProgressScreen } from '../../../src/ui/screens/progress/ProgressScreen.js';
import { WorkshopScreen } from '../../../src/ui/screens/workshop/WorkshopScreen.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';
import type { WorkshopSession } from '../../../src/workshop/session.js';
import { renderTutor, type TutorApp } from '../../helpers/tutor.js';

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

export type TestApp = TutorApp;

/** The dashboard and agenda over the one test helper, on this store (a memory store). */
export function renderWithProgress(options: {
  data: { store: ProgressStore; questions: readonly Question[]; lessons?: readonly LessonRef[] };
  initial: Route[];
  workshop?: WorkshopSession;
  columns?: number;
  rows?: number;
}): TestApp {
  const { store, questions, lessons } = options.data;
  return renderTutor({
    initial: options.initial,
    screens: testScreens,
    client: new ProgressClient(store, store.now),
    questions: [...questions],
    ...(lessons ? { curriculum: lessons } : {}),
    workshop: options.workshop ?? null,
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    ...(options.rows !== undefined ? { rows: options.rows } : {}),
  });
}
