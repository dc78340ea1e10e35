import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { theme } from '../theme.js';
import { BodySizeContext } from './BodySize.js';
import { Frame } from './Frame.js';
import { HelpOverlay, globalHints } from './HelpOverlay.js';
import { type Hint, type Key, isBack } from './keys.js';
import type { Route } from './routes.js';
import { type ScreenDef, screenTitle } from './screenTypes.js';
import { ScreenDepthContext, type ScreenKeys, type Shell, ShellContext } from './ShellContext.js';
import { useViewport } from './useViewport.js';

export const minColumns = 50;
export const minRows = 15;
const chromeRows = 4; // header, rule, rule, footer

interface AppProps {
  initial: Route[];
  screens: Record<string, ScreenDef>;
  onExit: (code: number) => void;
  status?: string;
}

/**
 * The root: the only owner of keyboard input and of exiting. It keeps the screen stack, offers
 * each key to the active screen first, then applies the global keys (Esc back, q quit, ? help).
 */
export function App({ initial, screens, onExit, status }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useViewport();
  const [stack, setStack] = useState<Route[]>(initial.length > 0 ? initial : [{ name: 'home' }]);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpOpenRef = useRef(false);
  const [keysVersion, setKeysVersion] = useState(0);
  // Key handlers by stack depth: screens below the top stay mounted (so going back restores
  // their cursor and scroll) but only the top one is offered keys.
  const keysByDepth = useRef(new Map<number, ScreenKeys>());

  const quit = useCallback(
    (code = 0) => {
      onExit(code);
      exit();
    },
    [exit, onExit],
  );

  const shell = useMemo<Shell>(
    () => ({
      depth: stack.length,
      push: (next) => setStack((s) => [...s, next]),
      pop: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      replace: (next) => setStack((s) => [...s.slice(0, -1), next]),
      quit,
      registerKeys: (depth, keys) => {
        keysByDepth.current.set(depth, keys);
        setKeysVersion((v) => v + 1);
        return () => {
          if (keysByDepth.current.get(depth) === keys) keysByDepth.current.delete(depth);
        };
      },
    }),
    [stack.length, quit],
  );

  const topDepth = stack.length - 1;
  const topDepthRef = useRef(topDepth);
  topDepthRef.current = topDepth;
  // Read at the moment a key is handled: a screen registers its keys in an effect after it renders.
  const liveKeys = () => keysByDepth.current.get(topDepthRef.current) ?? null;

  const dispatch = (input: string, key: Key) => {
    if (key.ctrl && input === 'c') {
      quit(130);
      return;
    }
    if (helpOpenRef.current) {
      helpOpenRef.current = false;
      setHelpOpen(false);
      return;
    }
    if (liveKeys()?.handler.current(input, key) === true) return;
    if (input === '?') {
      helpOpenRef.current = true;
      setHelpOpen(true);
    } else if (isBack(input, key)) {
      shell.pop();
    } else if (input === 'q') {
      quit(0);
    }
  };

  // The latest dispatch, so queued keys see the state of the render after the previous key.
  const dispatchRef = useRef(dispatch);
  dispatchRef.current = dispatch;
  const queue = useRef<QueuedKey[]>([]);
  // True while the head of the queue waits for a screen that is still loading (a lazy chunk, or
  // content parsed on a first run): what the learner typed ahead is kept, not dropped.
  const waiting = useRef(false);
  const drain = () => {
    const next = queue.current[0];
    if (next === undefined) return;
    if (liveKeys() === null && !helpOpenRef.current && isForScreen(next)) {
      waiting.current = true; // the registration effect below resumes
      return;
    }
    queue.current.shift();
    dispatchRef.current(next.input, next.key);
    // Give React a turn to commit the key's state change before the next key is handled.
    if (queue.current.length > 0) setTimeout(drain, 0);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new registration is the trigger
  useEffect(() => {
    if (!waiting.current || liveKeys() === null) return;
    waiting.current = false;
    drain();
  }, [keysVersion, topDepth]);

  useInput((input, key) => {
    // Keys typed faster than a render (or sent together by tmux) arrive as one string; letters
    // are commands here, so they are replayed one at a time. Text fields get them whole.
    const split = input.length > 1 && !key.ctrl && !key.meta && liveKeys()?.wantsText !== true;
    const keys = split ? [...input].map((char) => splitKey(char, key)) : [{ input, key }];
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
    const idle = queue.current.length === 0;
    queue.current.push(...keys);
    if (idle) drain();
  });

  const top = stack[stack.length - 1]!;
  const def = screens[top.name];
  const params = top.params ?? {};
  const title = screenTitle(def, params);
  const screenHints: Hint[] = keysByDepth.current.get(topDepth)?.hints ?? [];
  const frameHeight = Math.max(1, rows - 1);

  if (columns < minColumns || rows < minRows) {
    return (
      <Box flexDirection="column">
        <Text color={theme.warn}>Terminal too small ({`${columns}x${rows}`}).</Text>
        <Text>
          iam-tutor needs at least {minColumns}x{minRows}; 80x24 is best. Enlarge the window, or press q to quit.
        </Text>
      </Box>
    );
  }

  const body = { width: columns, height: Math.max(1, frameHeight - chromeRows) };
  const globals = stack.length > 1 ? globalHints : globalHints.filter((hint) => hint.keys !== 'Esc');
  const hints = helpOpen
    ? [{ keys: 'any key', label: 'close help' }]
    : [...screenHints, ...unclaimed(globals, screenHints)];
  return (
    <ShellContext.Provider value={shell}>
      <BodySizeContext.Provider value={body}>
        <Frame
          title={helpOpen ? `Help · ${title}` : title}
          status={status}
          hints={hints}
          width={columns}
          height={frameHeight}
        >
          {helpOpen ? (
            <HelpOverlay
              screenTitle={title}
              screenHints={screenHints}
              screenHelp={def?.help}
              width={body.width}
              height={body.height}
            />
          ) : null}
          {stack.map((entry, depth) => {
            const visible = depth === topDepth && !helpOpen;
            const EntryScreen = screens[entry.name]?.component;
            return (
              <Box
                // biome-ignore lint/suspicious/noArrayIndexKey: a stack level is identified by its depth and route
                key={`${depth}-${entry.name}-${JSON.stringify(entry.params ?? {})}`}
                display={visible ? 'flex' : 'none'}
                flexDirection="column"
                flexGrow={1}
              >
                <ScreenDepthContext.Provider value={depth}>
                  {EntryScreen ? (
                    <EntryScreen params={entry.params ?? {}} />
                  ) : (
                    <Text color={theme.bad}>No screen named “{entry.name}”. Press Esc to go back.</Text>
                  )}
                </ScreenDepthContext.Provider>
              </Box>
            );
          })}
        </Frame>
      </BodySizeContext.Provider>
    </ShellContext.Provider>
  );
}

/** The global hints whose keys the screen has not given a meaning of its own (no "Esc log  Esc back"). */
function unclaimed(globals: Hint[], screenHints: Hint[]): Hint[] {
  const claimed = new Set(screenHints.flatMap((hint) => hint.keys.split('/')));
  return globals.filter((hint) => !hint.keys.split('/').some((part) => claimed.has(part)));
}

interface QueuedKey {
  input: string;
  key: Key;
}

const maxTypeAhead = 64;

/** Keys a loading screen receives later; the shell's own keys (Esc, q, ?, Ctrl+C) never wait. */
function isForScreen({ input, key }: QueuedKey): boolean {
  return !(input === '?' || input === 'q' || isBack(input, key) || (key.ctrl && input === 'c'));
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

/** Ctrl+A … Ctrl+Z arrive as \x01 … \x1a; inside a chunk they must still act as Ctrl+letter. */
function controlLetter(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (char.length !== 1 || code < 1 || code > 26 || '\t\r\n\b'.includes(char)) return undefined;
  return String.fromCharCode(code + 96);
}

/** One character of a chunk as the key Ink would have reported had it arrived alone. */
function splitKey(char: string, key: Key): QueuedKey {
  return { input: controlLetter(char) ?? char, key: keyForChar(char, key) };
}
