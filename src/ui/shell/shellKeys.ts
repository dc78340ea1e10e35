// What the shell does with a key, as pure decisions around the screen's own handler: first the
// keys no screen may take (Ctrl+C; everything while the too-small notice hides the screens; the
// ? overlay's keys while it is open), then, if the screen did not take the key, the global keys.
import { type HelpState, helpKey } from './helpModel.js';
import { type Hint, type Key, isBack } from './keys.js';

export type ShellOutcome =
  | { type: 'quit'; code: number }
  | { type: 'help'; state: HelpState }
  | { type: 'back' }
  | { type: 'search' };

export interface ShellKeyState {
  tooSmall: boolean;
  help: HelpState;
  /** The overlay's last layout: how far it scrolls and a page. */
  helpLayout: { maxOffset: number; page: number };
}

/**
 * Before the screen: an outcome, 'swallow' (the key does nothing: hidden screens must not act
 * unseen, two Enters at 40x12 used to open Lessons and then a lesson), or 'screen' to offer it on.
 */
export function keyBeforeScreen(state: ShellKeyState, input: string, key: Key): ShellOutcome | 'swallow' | 'screen' {
  if (key.ctrl && input === 'c') return { type: 'quit', code: 130 };
  if (state.tooSmall) return input === 'q' ? { type: 'quit', code: 0 } : 'swallow';
  if (state.help.open) {
    const { maxOffset, page } = state.helpLayout;
    return { type: 'help', state: helpKey(state.help, input, key, maxOffset, page) };
  }
  return 'screen';
}

/** A key the screen left: ? opens help, Esc/Backspace go back, q quits; others do nothing. */
export function keyAfterScreen(
  input: string,
  key: Key,
  where: { typing?: boolean; searching?: boolean } = {},
): ShellOutcome | null {
  if (input === '?') return { type: 'help', state: { open: true, offset: 0 } };
  // Search from any screen; a screen typing text (the sandbox prompt, a note) keeps its '/'.
  if (input === '/' && where.typing !== true && where.searching !== true) return { type: 'search' };
  if (isBack(input, key)) return { type: 'back' };
  if (input === 'q') return { type: 'quit', code: 0 };
  return null;
}

export interface FooterState {
  screenHints: Hint[];
  /** Screens on the stack: Esc is offered only when there is one to go back to. */
  depth: number;
  /** A text field has the keys: q and ? are typed, not obeyed, so they are not offered. */
  typing: boolean;
  /** A y/n prompt answers every key itself (q and ? mean "no" there): no global is offered. */
  modal: boolean;
}

/** The screen's hints, then the global ones that act now and whose keys the screen has not claimed. */
export function footerHints(globals: readonly Hint[], state: FooterState): Hint[] {
  const offered = globals.filter(
    (hint) =>
      !state.modal &&
      (state.depth > 1 || hint.keys !== 'Esc') &&
      !(state.typing && (hint.keys === 'q' || hint.keys === '?')),
  );
  // No "Esc log  Esc back": a key the screen gives a meaning of its own is not offered again.
  const claimed = new Set(state.screenHints.flatMap((hint) => hint.keys.split('/')));
  return [...state.screenHints, ...offered.filter((hint) => !hint.keys.split('/').some((part) => claimed.has(part)))];
}
