import { type ComponentType, createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { ProgressClient } from '../../app/index.js';
import { type HomeSummary, reviewCardsOf, summariseHome } from '../../app/summary.js';
import type { ContentSet } from '../../content/index.js';
import type { WorkshopSession } from '../../workshop/index.js';
import type { ProgressStore } from '../../progress/index.js';
import type { ClassFeed } from '../screens/class/classFeed.js';
import type { LessonData } from '../screens/lessons/lessonStore.js';
import type { QuizData } from '../screens/quiz/quizData.js';
import type { Services } from '../services.js';
import type { RouteName } from '../shell/routes.js';
import type { ScreenProps } from '../shell/screenTypes.js';
import { LoadingView } from './LoadingView.js';
import type { ProgressPeek } from './peekProgress.js';
import type { AppContent, AppCore } from './loadAppData.js';

/** Everything loaded from disk, as the screens see it. */
export interface AppData {
  /** Null until a screen asked for the full data (requestContent) and it finished loading. */
  store: ProgressStore | null;
  /** Null until the store is opened (requestContent). */
  client: ProgressClient | null;
  storePath: string;
  notices: string[];
  content: ContentSet | null;
  lessonData: LessonData | null;
  quizData: QuizData | null;
  /** The lessons the Progress dashboard counts; default: the built-in curriculum topics. */
  curriculum?: readonly { id: string; title: string }[];
  /** Opens the store and loads lessons and banks (once). */
  requestContent(): void;
  summary(now: number): Promise<HomeSummary>;
}

export type AppDataState =
  | { status: 'loading' }
  | { status: 'ready'; data: AppData }
  | { status: 'failed'; message: string };

/**
 * Everything the screens read from outside React, in the one context they share (there were
 * six: services, app data, lesson data, quiz data, progress data, workshop). The shell keeps its
 * own layout contexts (ShellContext, BodySize), which no screen provides or replaces.
 */
export interface Tutor {
  services: Services;
  data: AppDataState;
  /** Loaded lessons with the progress client's lesson port; null until loaded. */
  lessonData: LessonData | null;
  /** Loaded question banks with the progress client's quiz port; null until loaded. */
  quizData: QuizData | null;
  /** `iam-tutor workshop PACK`: the checked pack and attendee. */
  workshop: WorkshopSession | null;
  /** `iam-tutor workshop host PACK`: the live class the dashboard shows. */
  classFeed: ClassFeed | null;
}

const TutorContext = createContext<Tutor | null>(null);

export function useTutor(): Tutor {
  const tutor = useContext(TutorContext);
  if (tutor === null) throw new Error('useTutor must be used inside a TutorProvider');
  return tutor;
}

export const useAppData = (): AppDataState => useTutor().data;

export interface AppDataLoaders {
  /** The progress file as it is on disk, for the home screen. Cheap; never throws. */
  peek(): ProgressPeek;
  /** The store and the content: everything the other screens use. */
  loadFull(): Promise<{ core: AppCore; content: AppContent }>;
  countDue(questions: ContentSet['questions'], cards: unknown, now: number): Promise<number>;
}

/**
 * Loads in two steps. Right after the first frame the home screen gets a raw look at the
 * progress file; the store (conf, zod, the lock) and the lessons and banks, which are most of
 * the tutor's memory, are loaded when a screen first needs them, or at once when the progress
 * file is unreadable (the store sets it aside and says where).
 */
export function TutorProvider({
  services,
  loaders,
  workshop = null,
  classFeed = null,
  loaded,
  children,
}: {
  services: Services;
  loaders: AppDataLoaders;
  workshop?: WorkshopSession | null;
  classFeed?: ClassFeed | null;
  /** Already loaded (screen tests over a memory store): the first frame has the data. */
  loaded?: { peek: ProgressPeek; full: { core: AppCore; content: AppContent } };
  children: ReactNode;
}) {
  const [peek, setPeek] = useState<ProgressPeek | null>(loaded?.peek ?? null);
  const [full, setFull] = useState<{ core: AppCore; content: AppContent } | null>(loaded?.full ?? null);
  const [wanted, setWanted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (loaded !== undefined) return;
    const timer = setTimeout(() => {
      const peeked = loaders.peek();
      setPeek(peeked);
      if (peeked.unreadable) setWanted(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [loaders, loaded]);

  useEffect(() => {
    if (!wanted || full !== null) return;
    let live = true;
    loaders.loadFull().then(
      (loaded) => live && setFull(loaded),
      (error: unknown) =>
        live && setFailure(`Could not load the lessons and progress: ${(error as Error)?.message ?? String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [wanted, full, loaders]);

  const state = useMemo<AppDataState>(() => {
    if (failure !== null) return { status: 'failed', message: failure };
    if (peek === null) return { status: 'loading' };
    const core = full?.core;
    const content = full?.content;
    return {
      status: 'ready',
      data: {
        store: core?.store ?? null,
        client: core?.client ?? null,
        storePath: core?.storePath ?? peek.path,
        notices: [...(core?.notices ?? []), ...(content?.notices ?? [])],
        content: content?.content ?? null,
        lessonData: content?.lessonData ?? null,
        quizData: content?.quizData ?? null,
        ...(content?.curriculum ? { curriculum: content.curriculum } : {}),
        requestContent: () => setWanted(true),
        summary: async (now) => {
          const progress = core?.store ? core.client.current() : peek.data;
          const lessons = content?.lessonData.lessons ?? null;
          const mistakes = core?.store ? { mistakes: core.client.mistakes().length } : {};
          const base = { ...summariseHome(progress, lessons, now), ...mistakes };
          if (base.due !== undefined || content === undefined) return base;
          return {
            ...summariseHome(
              progress,
              lessons,
              now,
              await loaders.countDue(content.content.questions, reviewCardsOf(progress), now),
            ),
            ...mistakes,
          };
        },
      },
    };
  }, [peek, full, failure, loaders]);

  const tutor = useMemo<Tutor>(
    () => ({
      services,
      data: state,
      lessonData: full?.content.lessonData ?? null,
      quizData: full?.content.quizData ?? null,
      workshop,
      classFeed,
    }),
    [services, state, full, workshop, classFeed],
  );
  return <TutorContext.Provider value={tutor}>{children}</TutorContext.Provider>;
}

/** The loaded data, asking for it on first use; null while it loads. */
export function useContentRequest(): AppData | null {
  const state = useAppData();
  const data = state.status === 'ready' ? state.data : null;
  const missing = data !== null && data.content === null;
  useEffect(() => {
    if (missing) data?.requestContent();
  }, [missing, data]);
  return data !== null && data.content !== null ? data : null;
}

/** Shows "Loading…" (or why loading failed) until content and progress are ready. */
export function withAppData<K extends RouteName>(Screen: ComponentType<ScreenProps<K>>): ComponentType<ScreenProps<K>> {
  function NeedsData(props: ScreenProps<K>) {
    const state = useAppData();
    const ready = useContentRequest();
    if (ready !== null) return <Screen {...props} />;
    return state.status === 'failed' ? (
      <LoadingView failure={`Could not load the tutor's content: ${state.message}`} />
    ) : (
      <LoadingView what="lessons and progress" />
    );
  }
  NeedsData.displayName = `withAppData(${Screen.displayName ?? Screen.name})`;
  return NeedsData;
}
