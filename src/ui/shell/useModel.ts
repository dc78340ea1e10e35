import { useContext, useLayoutEffect, useReducer, useRef } from 'react';
import type { Keymap } from './keymap.js';
import { actionFor, hintsFor } from './keymap.js';
import type { Hint, Key } from './keys.js';
import { ScreenDepthContext, useShell } from './ShellContext.js';

export interface Model<S, A> {
  /** The state of the last render. */
  state: S;
  /** Applies an action to the state the previous action produced (not to this render's). */
  dispatch(action: A): void;
  /** The newest state, including actions dispatched since the last render. */
  current(): S;
}

/**
 * A screen's state as a pure reducer, applied synchronously to a ref. Keys that arrive in one read
 * are handled back to back before React renders again; each one must see what the one before did,
 * which closures over render-time state do not (Down Down Down Enter opened the first entry).
 */
export function useModel<S, A>(reduce: (state: S, action: A) => S, init: () => S): Model<S, A> {
  const ref = useRef<S | null>(null);
  if (ref.current === null) ref.current = init();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const reduceRef = useRef(reduce);
  reduceRef.current = reduce;
  const model = useRef<Model<S, A> | null>(null);
  if (model.current === null) {
    model.current = {
      state: ref.current,
      current: () => ref.current as S,
      dispatch: (action) => {
        const next = reduceRef.current(ref.current as S, action);
        if (Object.is(next, ref.current)) return;
        ref.current = next;
        rerender();
      },
    };
  }
  model.current.state = ref.current;
  return model.current;
}

/**
 * Registers a screen's keymap with the shell: a key becomes an action on the newest state, and the
 * footer shows the bindings active in the rendered state. `onAction` runs what an action means
 * outside the model (navigation, saving) after the model has taken it.
 */
export function useKeymap<S, A>(
  model: Model<S, A>,
  keymap: Keymap<S, A>,
  options: {
    onAction?: (action: A, state: S) => void;
    wantsText?: (state: S) => boolean;
    modal?: (state: S) => boolean;
  } = {},
): { hints: Hint[]; release(): void } {
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  const latest = useRef({ keymap, options });
  latest.current = { keymap, options };
  const handler = useRef((input: string, key: Key) => {
    const { keymap: map, options: opts } = latest.current;
    const action = actionFor(map, model.current(), input, key);
    if (action === undefined) return false;
    model.dispatch(action);
    opts.onAction?.(action, model.current());
    return true;
  });
  const hints = hintsFor(keymap, model.state);
  const overlay = hintsFor(keymap, model.state, true);
  const wantsText = options.wantsText?.(model.state) === true;
  const modal = options.modal?.(model.state) === true;
  const hintKey = overlay.map((h) => `${h.keys}\u0000${h.label}`).join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: hints are compared by content via hintKey
  useLayoutEffect(
    () =>
      shell.registerKeys(depth, {
        handler,
        hints,
        wantsText,
        modal,
        ...(overlay.length > hints.length ? { overlay } : {}),
      }),
    [shell, depth, hintKey, wantsText, modal],
  );
  return { hints, release: () => shell.releaseKeys(depth) };
}

/**
 * For a screen that swaps its own view (exam intro to runner, practice session to setup): keys
 * typed after the swapping key, in the same read, wait for the new view's keys instead of
 * reaching the old view's handler, which is still registered until the new view mounts.
 */
export function useReleaseKeys(): () => void {
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  return () => shell.releaseKeys(depth);
}
