import { Box, Text, useApp } from 'ink';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useScreenReader } from '../accessibility/useScreenReader.js';
import { theme } from '../theme.js';
import { BodySizeContext, bodySize } from './BodySize.js';
import { Frame } from './Frame.js';
import { HelpOverlay, globalHints, helpLines, helpWindow } from './HelpOverlay.js';
import { type HelpState, helpClosed, helpHints } from './helpModel.js';
import type { Hint, Key } from './keys.js';
import { initialStack, type StackAction, stackReduce } from './routeStack.js';
import type { Route } from './routes.js';
import { footerHints, keyAfterScreen, keyBeforeScreen, type ShellOutcome } from './shellKeys.js';
import { TooSmall } from './TooSmall.js';
import { useKeyQueue } from './useKeyQueue.js';
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
  const screenReader = useScreenReader();
  // The stack as the last key left it. Navigation updates this ref at once, so a key that
  // arrives in the same read as an Enter already goes to the screen that Enter opened.
  const stackRef = useRef<Route[]>(initialStack(initial));
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
    const navigate = (action: StackAction) => {
      const change = stackReduce(stackRef.current, action);
      if (change === null) return;
      // A screen that is replaced or newly pushed has no keys until it registers its own.
      if (change.fresh !== undefined) keysByDepth.current.delete(change.fresh);
      stackRef.current = change.stack;
      setStack(change.stack);
    };
    return {
      depth: stack.length,
      push: (route) => navigate({ type: 'push', route }),
      pop: () => navigate({ type: 'pop' }),
      replace: (route) => navigate({ type: 'replace', route }),
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

  const apply = (outcome: ShellOutcome) => {
    if (outcome.type === 'quit') quit(outcome.code);
    else if (outcome.type === 'back') shell.pop();
    else if (outcome.type === 'search') shell.push({ name: 'search' });
    else setHelpState(outcome.state);
  };
  const dispatch = (input: string, key: Key) => {
    const state = { tooSmall: tooSmallRef.current, help: helpRef.current, helpLayout: helpLayout.current };
    const before = keyBeforeScreen(state, input, key);
    if (before === 'swallow') return;
    if (before !== 'screen') return apply(before);
    if (liveKeys()?.handler.current(input, key) === true) return;
    const after = keyAfterScreen(input, key, {
      typing: liveKeys()?.wantsText === true,
      searching: stackRef.current.at(-1)?.name === 'search',
    });
    if (after !== null) apply(after);
  };
  useKeyQueue({
    dispatch,
    liveKeys,
    screenHasKeys: () => !helpRef.current.open && !tooSmallRef.current,
    registration: `${keysVersion}:${topDepth}`,
  });

  const top = stack[stack.length - 1]!;
  const def = screenFor(screens, top.name);
  const params = top.params ?? {};
  const title = screenTitle(def, params);
  const topKeys = keysByDepth.current.get(topDepth);
  const screenHints: Hint[] = topKeys?.hints ?? [];
  const frameHeight = Math.max(1, rows - 1);

  if (tooSmall) return <TooSmall columns={columns} rows={rows} minColumns={minColumns} minRows={minRows} />;

  const body = bodySize(columns, frameHeight, chromeRows, screenReader);
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
  const hints = help.open
    ? helpHints(helpRows.maxOffset > 0)
    : footerHints(globalHints, {
        screenHints,
        depth: stack.length,
        typing: topKeys?.wantsText === true,
        modal: topKeys?.modal === true,
      });
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
