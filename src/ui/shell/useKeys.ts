import { useContext, useLayoutEffect, useRef } from 'react';
import type { Hint, KeyHandler } from './keys.js';
import { ScreenDepthContext, useShell } from './ShellContext.js';

/**
 * Gives the active screen first refusal on every key. The root <App> is the only component that
 * calls Ink's useInput (two useInput owners swapped in one render can hang Ink), so screens
 * register here instead. The handler is read through a ref, so it always sees fresh state.
 */
export function useKeys(
  handler: KeyHandler,
  hints: Hint[],
  options: { wantsText?: boolean /** Keys for the ? overlay only, after the footer's. */; more?: Hint[] } = {},
): void {
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  const wantsText = options.wantsText === true;
  const ref = useRef(handler);
  ref.current = handler;
  const more = options.more ?? [];
  const hintKey = [...hints, ...more].map((h) => `${h.keys}\u0000${h.label}`).join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: hints are compared by content via hintKey
  useLayoutEffect(
    () =>
      shell.registerKeys(depth, {
        handler: ref,
        hints,
        wantsText,
        ...(more.length > 0 ? { overlay: [...hints, ...more] } : {}),
      }),
    [shell, depth, hintKey, wantsText],
  );
}
