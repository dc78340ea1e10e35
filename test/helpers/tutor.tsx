import type { ReactNode } from 'react';
import {
  type LessonProgressPort,
  memoryProgressClient,
  type ProgressClient,
  type QuizProgressPort,
} from '../../src/app/index.js';
import type { Lesson, Question } from '../../src/content/index.js';
import type { WorkshopSession } from '../../src/workshop/index.js';
import type { ClassFeed } from '../../src/ui/screens/class/classFeed.js';
import { type AppDataLoaders, TutorProvider } from '../../src/ui/data/TutorContext.js';
import type { AppContent, AppCore } from '../../src/ui/data/loadAppData.js';
import type { ProgressPeek } from '../../src/ui/data/peekProgress.js';
import { orderedLessons } from '../../src/ui/screens/lessons/lessonStore.js';
import { screens as realScreens } from '../../src/ui/screens/registry.js';
import { App } from '../../src/ui/shell/App.js';
import type { Route } from '../../src/ui/shell/routes.js';
import type { ScreenRegistry } from '../../src/ui/shell/screenTypes.js';
import type { Services } from '../../src/ui/services.js';
import { renderInFakeTerminal, settled } from './fakeTerminal.js';

export const TEST_NOW = Date.UTC(2026, 10, 22, 12, 0, 0);

export interface TutorTestOptions {
  initial?: Route[];
  screens?: ScreenRegistry;
  lessons?: Lesson[];
  questions?: Question[];
  /** Default: a fresh memory client at `services.now`. */
  client?: ProgressClient;
  /** A spy in place of the client's lesson or quiz port (the data still comes from the client). */
  lessonProgress?: LessonProgressPort;
  quizProgress?: QuizProgressPort;
  /** The lessons the Progress dashboard counts (default: the built-in curriculum topics). */
  curriculum?: readonly { id: string; title: string }[];
  services?: Partial<Services>;
  workshop?: WorkshopSession | null;
  /** The live class the dashboard shows (`workshop host`). */
  classFeed?: ClassFeed | null;
  /** Exam clock tick; default an hour, so ticks never interfere unless a test wants them. */
  tickMs?: number;
  instantAnswers?: boolean;
  /** Load the way run.tsx does: progress peeked after the first frame, content on request. */
  lazy?: boolean;
  columns?: number;
  rows?: number;
  /** Ink's screen-reader output (render's isScreenReaderEnabled), as `--screen-reader` gives. */
  screenReader?: boolean;
  /**
   * A fixed pause after each key instead of waiting for the output to settle: for screens that
   * redraw on their own (an exam clock ticking every 20 ms never settles).
   */
  keyPauseMs?: number;
}

export function testServices(overrides: Partial<Services> = {}): Services {
  return {
    now: () => TEST_NOW,
    color: false,
    progressPath: () => '/tmp/iam-tutor-test/progress.json',
    ...overrides,
  };
}

/** The providers of a screen test, for tests that render with their own streams. */
export function TutorTestProviders({ options = {}, children }: { options?: TutorTestOptions; children: ReactNode }) {
  const services = testServices(options.services);
  const client = options.client ?? memoryProgressClient({ now: services.now });
  const peek: ProgressPeek = { path: client.store.path, data: client.current(), unreadable: false };
  const lessons = options.lessons ?? [];
  const questions = options.questions ?? [];
  const full: { core: AppCore; content: AppContent } = {
    core: { store: client.store, client, storePath: client.store.path, notices: [], options: { now: services.now } },
    content: {
      content: { lessons, questions, problems: [] },
      lessonData: { lessons: orderedLessons(lessons), progress: options.lessonProgress ?? client.lessons },
      quizData: {
        questions,
        progress: options.quizProgress ?? client.quiz,
        topicNames: new Map(lessons.map((lesson) => [lesson.id, lesson.title])),
        tickMs: options.tickMs ?? 3_600_000,
        ...(options.instantAnswers !== undefined ? { instantAnswers: options.instantAnswers } : {}),
      },
      notices: [],
      ...(options.curriculum ? { curriculum: options.curriculum } : {}),
    },
  };
  const loaders: AppDataLoaders = {
    peek: () => peek,
    loadFull: async () => full,
    countDue: async (bank, cards, at) => {
      const { dueCount, parseCards } = await import('../../src/quiz/index.js');
      const parsed = parseCards(cards);
      return parsed.ok ? dueCount(bank, parsed.value, at) : 0;
    },
  };
  return (
    <TutorProvider
      services={services}
      loaders={loaders}
      workshop={options.workshop ?? null}
      classFeed={options.classFeed ?? null}
      {...(options.lazy ? {} : { loaded: { peek, full } })}
    >
      {children}
    </TutorProvider>
  );
}

export interface TutorApp {
  /** The last frame, trailing spaces removed from each line. */
  frame(): string;
  /** The last frame as written. */
  lastFrame(): string;
  lines(): string[];
  /** Every frame written so far, trailing spaces removed, oldest first. */
  frames(): string[];
  /**
   * One key at a time, each after the output settled: a key written before the previous key's
   * render committed would reach the previous handler (settling, not a fixed pause, holds on a
   * loaded machine too).
   */
  press(...keys: string[]): Promise<void>;
  exitCodes: number[];
  unmount(): void;
}

export function renderTutor(options: TutorTestOptions = {}): TutorApp {
  const exitCodes: number[] = [];
  const { stdout, stdin, instance } = renderInFakeTerminal(
    <TutorTestProviders options={options}>
      <App
        initial={options.initial ?? [{ name: 'home' }]}
        screens={options.screens ?? realScreens}
        onExit={(code) => exitCodes.push(code)}
      />
    </TutorTestProviders>,
    { columns: options.columns ?? 80, rows: options.rows ?? 24 },
    { screenReader: options.screenReader === true },
  );
  const trim = (written: string) => written.replace(/[ \t]+$/gm, '');
  const frame = () => trim(stdout.frames[stdout.frames.length - 1] ?? '');
  return {
    frame,
    lastFrame: () => stdout.lastFrame(),
    lines: () => frame().split('\n'),
    frames: () => stdout.frames.map(trim),
    exitCodes,
    press: async (...keys: string[]) => {
      const pause = options.keyPauseMs;
      const wait = () => (pause === undefined ? settled(stdout) : new Promise((done) => setTimeout(done, pause)));
      await wait();
      for (const key of keys) {
        stdin.write(key);
        await wait();
      }
    },
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
