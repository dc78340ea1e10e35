import type { Hint, Key } from './keys.js';
import { isDown, isUp } from './keys.js';

/**
 * One line of a screen's keymap: which keys, what the footer says, and the action they send to
 * the screen's model. The key handler and the hints are both built from the same table, and a
 * binding whose `when` is false neither acts nor shows, so a hint never names a key that does
 * nothing now (`s stop serving` after stopping) or what a key did last time (`o refresh on`).
 */
export interface Binding<S, A> {
  /** The keys as printed in the footer and the ? overlay: 'Enter', '↑↓', 'd'. */
  keys: string;
  /** What the key does now; a function when that depends on the state ("turn refresh off"). */
  label: string | ((state: S) => string);
  match: (input: string, key: Key) => boolean;
  action: A | ((state: S, input: string, key: Key) => A | undefined);
  /** Active (and shown) only when this holds. */
  when?: (state: S) => boolean;
  /** Acts but is left out of the footer (kept short); still listed in the ? overlay. */
  footer?: false;
}

export type Keymap<S, A> = readonly Binding<S, A>[];

const active = <S, A>(binding: Binding<S, A>, state: S) => binding.when === undefined || binding.when(state);

/** The action the first active binding that matches this key sends, if any. */
export function actionFor<S, A>(keymap: Keymap<S, A>, state: S, input: string, key: Key): A | undefined {
  for (const binding of keymap) {
    if (!active(binding, state) || !binding.match(input, key)) continue;
    const action =
      typeof binding.action === 'function'
        ? (binding.action as (state: S, input: string, key: Key) => A | undefined)(state, input, key)
        : binding.action;
    if (action !== undefined) return action;
  }
  return undefined;
}

/** The hints of every binding active in this state; `all` includes the ones kept off the footer. */
export function hintsFor<S, A>(keymap: Keymap<S, A>, state: S, all = false): Hint[] {
  const hints: Hint[] = [];
  for (const binding of keymap) {
    if (!active(binding, state) || (!all && binding.footer === false)) continue;
    const label = typeof binding.label === 'function' ? binding.label(state) : binding.label;
    const known = hints.find((hint) => hint.keys === binding.keys);
    if (known === undefined) hints.push({ keys: binding.keys, label });
  }
  return hints;
}

/** Matchers for the keys most screens share. */
export const on = {
  up: isUp,
  down: isDown,
  enter: (_input: string, key: Key) => key.return,
  space: (input: string) => input === ' ',
  char: (chars: string) => (input: string, key: Key) =>
    !key.ctrl && !key.meta && input.length === 1 && chars.includes(input),
  first: (input: string, key: Key) => input === 'g' || key.home,
  last: (input: string, key: Key) => input === 'G' || key.end,
  pageUp: (_input: string, key: Key) => key.pageUp,
  pageDown: (_input: string, key: Key) => key.pageDown,
  left: (input: string, key: Key) => key.leftArrow || input === 'h',
  right: (input: string, key: Key) => key.rightArrow || input === 'l',
  tab: (_input: string, key: Key) => key.tab && !key.shift,
} as const;
