import { Box, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { theme } from '../theme.js';
import { BodySizeContext } from './BodySize.js';
import { Frame } from './Frame.js';
import { HelpOverlay, globalHints, helpLines, helpWindow } from './HelpOverlay.js';
import { type HelpState, helpClosed, helpHints, helpKey } from './helpModel.js';
import { type QueuedKey, isForScreen, splitChunk } from './keyChunks.js';
import { type Hint, type Key, isBack } from './keys.js';
import type { Route } from './routes.js';
import { type ScreenRegistry, screenFor, screenTitle } from './screenTypes.js';
import { ScreenDepthContext, type ScreenKeys, type Shell, ShellContext } from './ShellContext.js';
import { useViewport } from './useViewport.js';

export const minColumns = 50;
export const minRows = 15;
const chromeRows = 4; // header, rule, rule, footer

interface AppProps {
  initial: Route[];
  screens: ScreenRegistry;
  onExit: (code: number) => void;
  status?: string;
}

/**
 * The root: the only owner of keyboard input and of exiting. It keeps the screen stack, offers
 * each key to the active screen first, then applies the global keys (Esc back, q quit, ? help,
 * / search).
 */
export function App({ initial, screens, onExit, status }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useViewport();
  // The stack as the last key left it. Navigation updates this ref at once, so a key that
  // arrives in the same read as an Enter already goes to the screen that Enter opened.
  const stackRef = useRef<Route[]>(initial.length > 0 ? initial : [{ name: 'home' }]);
  const [stack, setStack] = useState<Route[]>(stackRef.current);
  const [help, setHelp] = useState<HelpState>(helpClosed);
  const helpRef = useRef<HelpState>(helpClosed);
  const helpLayout = useRef({ maxOffset: 0, page: 1 });
  const [keysVersion, setKeysVersion] = useState(0);
  // Key handlers by stack depth: screens below the top stay mounted (so going back restores
  // their cursor and scroll) but only the top one is offered keys.
  const keysByDepth = useRef(new Map<number, ScreenKeys>());
  const tooSmall = columns < minColumns || rows < minRows;
  const tooSmallRef = useRef(tooSmall);
  tooSmallRef.current = tooSmall;

  const quit = useCallback(
    (code = 0) => {
      onExit(code);
      exit();
    },
    [exit, onExit],
  );

  const setHelpState = (next: HelpState) => {
    helpRef.current = next;
    setHelp(next);
  };

  const shell = useMemo<Shell>(() => {
    const navigate = (next: Route[], freshDepth?: number) => {
      // A screen that is replaced or newly pushed has no keys until it registers its own.
      if (freshDepth !== undefined) keysByDepth.current.delete(freshDepth);
      stackRef.current = next;
      setStack(next);
    };
    return {
      depth: stack.length,
      push: (next) => navigate([...stackRef.current, next], stackRef.current.length),
      pop: () => {
        const s = stackRef.current;
        if (s.length > 1) navigate(s.slice(0, -1), s.length - 1);
      },
      replace: (next) => navigate([...stackRef.current.slice(0, -1), next], stackRef.current.length - 1),
      quit,
      releaseKeys: (depth) => {
        keysByDepth.current.delete(depth);
      },
      registerKeys: (depth, keys) => {
        keysByDepth.current.set(depth, keys);
        setKeysVersion((v) => v + 1);
        return () => {
          if (keysByDepth.current.get(depth) === keys) keysByDepth.current.delete(depth);
        };
      },
    };
    // A new identity on every navigation, so every screen re-registers its keys (a replaced
    // screen may be the same component, which would otherwise keep no keys).
  }, [stack, quit]);

  const topDepth = stack.length - 1;
  // Read at the moment a key is handled: a screen registers its keys in an effect after it renders.
  const liveKeys = () => keysByDepth.current.get(stackRef.current.length - 1) ?? null;

  const dispatch = (input: string, key: Key) => {
    if (key.ctrl && input === 'c') {
      quit(130);
      return;
    }
    // The too-small notice hides the screens, so their keys must not act unseen (two Enters at
    // 40x12 used to open Lessons and then a lesson). Only quitting works there, as it says.
    if (tooSmallRef.current) {
      if (input === 'q') quit(0);
      return;
    }
    if (helpRef.current.open) {
      const { maxOffset, page } = helpLayout.current;
      setHelpState(helpKey(helpRef.current, input, key, maxOffset, page));
      return;
    }
    if (liveKeys()?.handler.current(input, key) === true) return;
    if (input === '?') {
      setHelpState({ open: true, offset: 0 });
    } else if (input === '/' && liveKeys()?.wantsText !== true && stackRef.current.at(-1)?.name !== 'search') {
      // Search from any screen; a screen typing text (the sandbox prompt, a note) keeps its '/'.
      shell.push({ name: 'search' });
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
  // True from a key until React has had a turn to commit what it did. Ink emits the keys of one
  // read synchronously, one after another (Down Down Down Enter from a paste or over SSH): each
  // later key waits here, so it is applied to the state the key before it produced.
  const settling = useRef(false);
  const drain = () => {
    const next = queue.current[0];
    if (next === undefined) return;
    if (liveKeys() === null && !helpRef.current.open && !tooSmallRef.current && isForScreen(next)) {
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
  }, [keysVersion, topDepth]);

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

  const top = stack[stack.length - 1]!;
  const def = screenFor(screens, top.name);
  const params = top.params ?? {};
  const title = screenTitle(def, params);
  const topKeys = keysByDepth.current.get(topDepth);
  const screenHints: Hint[] = topKeys?.hints ?? [];
  const frameHeight = Math.max(1, rows - 1);

  if (tooSmall) {
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
  // While a text field has the keys, q and ? are typed, not obeyed: the footer must not offer them.
  const typing = topKeys?.wantsText === true;
  // A y/n prompt answers every key itself (q and ? mean "no" there): no global is offered.
  const modal = topKeys?.modal === true;
  const globals = globalHints.filter(
    (hint) =>
      !modal && (stack.length > 1 || hint.keys !== 'Esc') && !(typing && (hint.keys === 'q' || hint.keys === '?')),
  );
  const helpText = help.open
    ? helpLines({
        screenTitle: title,
        screenHints: topKeys?.overlay ?? screenHints,
        ...(def?.help ? { screenHelp: def.help } : {}),
        width: body.width,
      })
    : [];
  const helpRows = helpWindow(helpText.length, body.height);
  helpLayout.current = { maxOffset: helpRows.maxOffset, page: Math.max(1, helpRows.rows - 1) };
  const hints = help.open ? helpHints(helpRows.maxOffset > 0) : [...screenHints, ...unclaimed(globals, screenHints)];
  return (
    <ShellContext.Provider value={shell}>
      <BodySizeContext.Provider value={body}>
        <Frame
          title={help.open ? `Help · ${title}` : title}
          status={status}
          hints={hints}
          width={columns}
          height={frameHeight}
        >
          {help.open ? (
            <HelpOverlay lines={helpText} offset={help.offset} width={body.width} height={body.height} />
          ) : null}
          {stack.map((entry, depth) => {
            const visible = depth === topDepth && !help.open;
            const EntryScreen = screenFor(screens, entry.name)?.component;
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

const maxTypeAhead = 64;
