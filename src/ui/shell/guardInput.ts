// Ink 6.8's useInput dies on some escape sequences a terminal or a paste can deliver: a CSI with a
// modifier and a final byte it has no name for (`ESC [ 1 ; 5 X`, or `ESC [ 31 m` pasted from
// coloured text) parses as ctrl with no key name, and `input.startsWith` then throws a TypeError
// inside Ink — the app exited 1 with a stack trace (found in tmux: send-keys $'\e[31m' on Home).
// The guard wraps the emitter Ink reads keys from: an escape sequence that makes a listener throw a
// TypeError is dropped as the unknown key it is; any other error still surfaces.
import type { EventEmitter } from 'node:events';

const ESC = '\u001b';

/** True when `data` is an escape sequence (what a terminal sends for a key with no text). */
export function isEscapeSequence(data: unknown): data is string {
  return typeof data === 'string' && data.length > 1 && data.startsWith(ESC);
}

const guarded = new WeakSet<EventEmitter>();

/** Wraps `emitter.emit` once; later calls on the same emitter do nothing. */
export function guardInputEvents(emitter: EventEmitter): void {
  if (guarded.has(emitter)) return;
  guarded.add(emitter);
  const emit = emitter.emit.bind(emitter);
  emitter.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    if (event !== 'input' || !isEscapeSequence(args[0])) return emit(event, ...args);
    try {
      return emit(event, ...args);
    } catch (error) {
      if (error instanceof TypeError) return false;
      throw error;
    }
  };
}
