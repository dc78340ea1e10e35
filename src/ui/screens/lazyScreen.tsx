import { type ComponentType, type ReactElement, useEffect, useState } from 'react';
import type { RouteName } from '../shell/routes.js';
import type { ScreenProps } from '../shell/screenTypes.js';
import { LoadingView } from '../data/LoadingView.js';

export type LazyScreen<K extends RouteName> = ((props: ScreenProps<K>) => ReactElement) & {
  /** Imports the screen's code now; resolves when it is ready to render synchronously. */
  preload(): Promise<unknown>;
};

/**
 * A screen whose code is imported the first time it is shown. The home screen must appear fast,
 * so the lesson reader (marked), the quiz (zod, ts-fsrs) and the sandbox (the IAM engine) stay
 * out of the startup path; esbuild turns each import() into its own chunk. Once loaded, the
 * screen renders synchronously (unlike React.lazy, which suspends on every first mount).
 */
export function lazyScreen<K extends RouteName>(load: () => Promise<ComponentType<ScreenProps<K>>>): LazyScreen<K> {
  let loaded: ComponentType<ScreenProps<K>> | undefined;
  let pending: Promise<ComponentType<ScreenProps<K>>> | undefined;
  const preload = () => {
    pending ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  function Lazy(props: ScreenProps<K>): ReactElement {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded !== undefined) return;
      let live = true;
      preload().then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    if (loaded === undefined) return <LoadingView />;
    const Screen = loaded;
    return <Screen {...props} />;
  }
  return Object.assign(Lazy, { preload });
}
