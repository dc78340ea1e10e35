import { useInput, useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { guardInputEvents } from './guardInput.js';
import { type QueuedKey, isForScreen, splitChunk } from './keyChunks.js';
import type { Key } from './keys.js';
import type { ScreenKeys } from './ShellContext.js';

const maxTypeAhead = 64;

interface KeyQueueOptions {
  /** Handles one key (the shell's dispatch of the latest render). */
  dispatch: (input: string, key: Key) => void;
  /** The top screen's registered keys, read at the moment a key is handled. */
  liveKeys: () => ScreenKeys | null;
  /** True when the next key goes to the screen (no overlay or too-small notice in front of it). */
  screenHasKeys: () => boolean;
  /** Changes when a screen registers keys or the stack moves: a waiting queue resumes then. */
  registration: string;
}

/**
 * The shell's one useInput. Ink emits the keys of one read synchronously, one after another (Down
 * Down Down Enter from a paste or over SSH): each later key waits until React has committed what
 * the key before it did, so it acts on that state. Keys typed while the top screen is still
 * loading (a lazy chunk, content parsed on a first run) are kept for it, up to 64, not dropped.
 */
export function useKeyQueue({ dispatch, liveKeys, screenHasKeys, registration }: KeyQueueOptions): void {
  const { internal_eventEmitter: inkInput } = useStdin();
  useEffect(() => guardInputEvents(inkInput), [inkInput]);
  const dispatchRef = useRef(dispatch);
  dispatchRef.current = dispatch;
  const queue = useRef<QueuedKey[]>([]);
  const waiting = useRef(false);
  const settling = useRef(false);
  const drain = () => {
    const next = queue.current[0];
    if (next === undefined) return;
    if (liveKeys() === null && screenHasKeys() && isForScreen(next)) {
      waiting.current = true; // the registration effect below resumes
      return;
    }
    queue.current.shift();
    settling.current = true;
    dispatchRef.current(next.input, next.key);
    setTimeout(() => {
      settling.current = false;
      drain();
    }, 0);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new registration is the trigger
  useEffect(() => {
    if (!waiting.current || liveKeys() === null) return;
    waiting.current = false;
    drain();
  }, [registration]);

  useInput((input, key) => {
    const keys = splitChunk(input, key, liveKeys()?.wantsText === true);
    if (waiting.current) {
      const shellKey = keys.find((next) => !isForScreen(next));
      if (shellKey !== undefined) {
        // Esc, q, ? and Ctrl+C act at once even while a screen loads; leaving it drops what
        // was typed for it.
        queue.current = [];
        waiting.current = false;
        dispatchRef.current(shellKey.input, shellKey.key);
        return;
      }
      queue.current.push(...keys.slice(0, Math.max(0, maxTypeAhead - queue.current.length)));
      return;
    }
    const idle = queue.current.length === 0 && !settling.current;
    queue.current.push(...keys);
    if (idle) drain();
  });
}
