// Ink's Key with nothing pressed, and one with a few fields set: what model and keymap tests hand to
// actionFor. Ink reports every field as false when it is not pressed, so the tests do too.
import type { Key } from '../../src/ui/shell/keys.js';

export const noKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A key with `over` pressed and every other field false. */
export const inkKey = (over: Partial<Key> = {}): Key => ({ ...noKey, ...over });
