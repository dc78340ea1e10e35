import { createContext, useContext } from 'react';
import type { Hint, KeyHandler } from './keys.js';
import type { Route } from './routes.js';

export interface Navigation {
  push(route: Route): void;
  pop(): void;
  replace(route: Route): void;
  /** Ends the app with this exit code (0 unless said otherwise). */
  quit(code?: number): void;
}

export interface ScreenKeys {
  handler: { current: KeyHandler };
  hints: Hint[];
  /** Every key the screen knows, for the ? overlay, when the footer shows only some. */
  overlay?: Hint[];
  /** A screen with a text field wants multi-character input (a paste) delivered whole. */
  wantsText?: boolean;
  /** A y/n prompt has every key (widgets/confirm): the footer shows only its answers, no globals. */
  modal?: boolean;
}

export interface Shell extends Navigation {
  /** Installs the key handler and footer hints of the screen at `depth`; returns the uninstaller. */
  registerKeys(depth: number, keys: ScreenKeys): () => void;
  /**
   * Takes the keys of the screen at `depth` away until it registers new ones: a screen that swaps
   * its own view (setup to session) calls this so that keys in the same read wait for the new view.
   */
  releaseKeys(depth: number): void;
  depth: number;
}

export const ShellContext = createContext<Shell | null>(null);

/** Which level of the stack a screen is rendered at; only the top level receives keys. */
export const ScreenDepthContext = createContext(0);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (shell === null) throw new Error('useShell must be used inside <App>');
  return shell;
}
