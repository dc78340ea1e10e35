import type { Key } from './keys.js';
import { isBack } from './keys.js';

export interface QueuedKey {
  input: string;
  key: Key;
}

/** Keys a loading screen receives later; the shell's own keys (Esc, q, ?, Ctrl+C) never wait. */
export function isForScreen({ input, key }: QueuedKey): boolean {
  return !(input === '?' || input === 'q' || isBack(input, key) || (key.ctrl && input === 'c'));
}

/** Ctrl+A … Ctrl+Z arrive as \x01 … \x1a; inside a chunk they must still act as Ctrl+letter. */
function controlLetter(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (char.length !== 1 || code < 1 || code > 26 || '\t\r\n\b'.includes(char)) return undefined;
  return String.fromCharCode(code + 96);
}

/** The key flags a single character would have had if it had arrived on its own. */
function keyForChar(char: string, key: Key): Key {
  return {
    ...key,
    return: char === '\r' || char === '\n',
    tab: char === '\t',
    backspace: char === '\x7f' || char === '\b',
    ctrl: controlLetter(char) !== undefined,
  };
}

/**
 * Ink hands escape sequences over one at a time, but a run of plain characters (letters typed
 * faster than a render, or sent together by tmux or a paste) as one string. Letters are commands
 * here, so such a run becomes one key per character; a text field asks for the run whole.
 */
export function splitChunk(input: string, key: Key, wantsText: boolean): QueuedKey[] {
  const split = input.length > 1 && !key.ctrl && !key.meta && !wantsText;
  return split
    ? [...input].map((char) => ({ input: controlLetter(char) ?? char, key: keyForChar(char, key) }))
    : [{ input, key }];
}
