import { Box, Text } from 'ink';
import { type ComponentType, createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { LessonDataContext } from '../screens/lessons/lessonStore.js';
import { QuizDataContext } from '../screens/quiz/quizData.js';
import type { ScreenProps } from '../shell/screenTypes.js';
import { theme } from '../theme.js';
import type { LoadedAppData } from './loadAppData.js';

export type AppDataState =
  | { status: 'loading' }
  | { status: 'ready'; data: LoadedAppData }
  | { status: 'failed'; message: string }
  /** No provider: the screen's own contexts were given directly (screen tests). */
  | { status: 'absent' };

export const AppDataContext = createContext<AppDataState>({ status: 'absent' });

export const useAppData = (): AppDataState => useContext(AppDataContext);

/**
 * Loads content and progress once, right after the first frame, and hands them to every screen
 * through the contexts the screens already read (lessons, quiz). `load` is injected so tests can
 * provide data synchronously.
 */
export function AppDataProvider({ load, children }: { load: () => Promise<LoadedAppData>; children: ReactNode }) {
  const [state, setState] = useState<AppDataState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      load().then(
        (data) => live && setState({ status: 'ready', data }),
        (error: unknown) => live && setState({ status: 'failed', message: (error as Error)?.message ?? String(error) }),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [load]);
  const data = state.status === 'ready' ? state.data : null;
  return (
    <AppDataContext.Provider value={state}>
      <LessonDataContext.Provider value={data?.lessonData ?? null}>
        <QuizDataContext.Provider value={data?.quizData ?? null}>{children}</QuizDataContext.Provider>
      </LessonDataContext.Provider>
    </AppDataContext.Provider>
  );
}

/** Shows "Loading…" (or why loading failed) until content and progress are ready. */
export function withAppData(Screen: ComponentType<ScreenProps>): ComponentType<ScreenProps> {
  function NeedsData(props: ScreenProps) {
    const state = useAppData();
    if (state.status === 'ready' || state.status === 'absent') return <Screen {...props} />;
    return (
      <Box paddingX={1}>
        {state.status === 'loading' ? (
          <Text color={theme.muted}>Loading lessons and progress…</Text>
        ) : (
          <Text color={theme.bad}>Could not load the tutor's content: {state.message}</Text>
        )}
      </Box>
    );
  }
  NeedsData.displayName = `withAppData(${Screen.displayName ?? Screen.name})`;
  return NeedsData;
}
