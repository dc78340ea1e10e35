import { Text } from 'ink';
import { type ComponentType, lazy, Suspense } from 'react';
import type { ScreenProps } from '../shell/screenTypes.js';
import { theme } from '../theme.js';

/**
 * A screen whose code is imported the first time it is shown. The home screen must appear fast,
 * so the lesson reader (marked), the quiz (zod, ts-fsrs) and the sandbox (the IAM engine) are
 * kept out of the startup path; esbuild turns each import() into its own chunk.
 */
export function lazyScreen(load: () => Promise<ComponentType<ScreenProps>>): ComponentType<ScreenProps> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyScreen(props: ScreenProps) {
    return (
      <Suspense fallback={<Text color={theme.muted}> Loading…</Text>}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyScreen;
}
