import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import {
  completeChallenge,
  type ProgressStore,
  recordFailedCheck,
  recordHintUsed,
  setLastWorld,
} from '../../../progress/index.js';
import type { RunningEndpoints, SandboxHost } from '../../../sandbox/endpoints/index.js';
import { formatWorld } from '../../../sandbox/index.js';
import { ScrollView as ScrollLines } from '../../widgets/scroll-view/index.js';
import { scrollWindow } from '../../widgets/scroll-view/index.js';
import { type Line, wrapBlock } from '../../text/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { Hint } from '../../shell/keys.js';
import { useKeys } from '../../shell/useKeys.js';
import { theme } from '../../theme.js';
import { accountsWithResources, exporters } from './exportChoices.js';
// flow-diagram wiring (wt-sbxc): the diagram is the default view after r; t switches to the timeline.
import { FlowDiagram } from './flow/FlowDiagram.js';
import { useFlowPlayer } from './flow/useFlowPlayer.js';
import { TimelineBesideLog, liveSplit } from './liveSplit.js';
import { logRows, timelineRows } from './logLines.js';
import {
  checkSession,
  completeVerb,
  fastForward,
  type PlaySession,
  savedPlay,
  toggleRefresh,
  revealHint,
  runCommand,
  runNextStep,
  runTheApp,
  scenarioOf,
  startSession,
  verbUsage,
} from './session.js';

type Mode = 'log' | 'timeline' | 'world' | 'export' | 'verbs' | 'live';

interface Live {
  host: SandboxHost;
  running: RunningEndpoints;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

interface SandboxPlayProps {
  initial: PlaySession;
  store: ProgressStore | null;
  cwd?: string;
  /** Esc in the log view returns to the sandbox menu when it opened this; else the shell goes back. */
  onExit?: () => void;
}

/** A scenario (or free play): the goal, a log of commands and AWS's answers, and a prompt. */
export function SandboxPlay({ initial, store, cwd = process.cwd(), onExit }: SandboxPlayProps) {
  const { width, height } = useBodySize();
  const inner = Math.max(20, width - 2);
  const [session, setSession] = useState(initial);
  const [mode, setMode] = useState<Mode>('log');
  const [typing, setTyping] = useState(false);
  const [input, setInput] = useState('');
  const [recall, setRecall] = useState<number | null>(null);
  const [selected, setSelected] = useState(0);
  const [offset, setOffset] = useState<number | null>(null);
  const [format, setFormat] = useState(0);
  const [exportAccount, setExportAccount] = useState(0);
  const [confirm, setConfirm] = useState<null | 'reset' | 'overwrite'>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [liveLog, setLiveLog] = useState<string[]>([]);
  const liveRef = useRef<Live | null>(null);
  const scenario = scenarioOf(session);
  // flow-diagram wiring (wt-sbxc): which view `r` shows, and the diagram's player.
  const [view, setView] = useState<'timeline' | 'diagram'>('diagram');
  const flow = useFlowPlayer(session.lastRun, mode === 'timeline' && view === 'diagram');
  const diagramShown = mode === 'timeline' && view === 'diagram' && session.lastRun && flow.diagram;

  // Live endpoints stop with the screen.
  useEffect(
    () => () => {
      void liveRef.current?.running.close();
    },
    [],
  );

  const startLive = async () => {
    if (liveRef.current) return;
    try {
      const { SandboxHost, startSandboxEndpoints } = await import('../../../sandbox/endpoints/index.js');
      const host = new SandboxHost(session.world);
      const running = await startSandboxEndpoints(host);
      host.on('request', (event) => {
        const time = new Date(event.at).toISOString().slice(11, 19);
        setLiveLog((lines) => [
          ...lines.slice(-200),
          `${time} ${event.server} ${event.method} ${event.path} ${event.status || '—'} ${event.meaning}`,
        ]);
      });
      liveRef.current = { host, running };
      setLive(liveRef.current);
    } catch (error) {
      setMessage(`Could not start the live endpoints: ${(error as Error).message}`);
    }
  };

  const stopLive = () => {
    void liveRef.current?.running.close();
    liveRef.current = null;
    setLive(null);
    setMessage('Live endpoints stopped.');
  };

  // Every change to the world is saved, so quitting at any moment loses nothing.
  const save = (next: PlaySession) => {
    setSession(next);
    liveRef.current?.host.replaceWorld(next.world);
    if (store === null) return;
    try {
      setLastWorld(store, savedPlay(next));
      if (next.goalMet && !session.goalMet && next.scenarioId) completeChallenge(store, next.scenarioId);
    } catch (error) {
      setMessage(`Could not save: ${(error as Error).message}`);
    }
  };

  const goalRows: Line[] = scenario
    ? wrapBlock(`${session.goalMet ? '✓ ' : ''}Goal: ${scenario.goal.description}`, inner).slice(0, 2)
    : wrapBlock('Free play: build anything; w shows the world, e exports it.', inner);
  const guided = scenario?.steps;
  const nextStep = guided?.[session.step];
  const stepRows: Line[] =
    nextStep && mode === 'log'
      ? wrapBlock(`Next step (n): ${nextStep.title}. ${nextStep.explanation}`, inner, {
          style: { color: theme.accent },
        })
      : [];

  const contentHeight = Math.max(3, height - goalRows.length - 3);
  // With the endpoints live, the timeline shares the screen with the requests real SDKs make.
  const split = mode === 'timeline' && session.lastRun && live ? liveSplit(inner, contentHeight) : null;
  const exportAccounts = accountsWithResources(session.world);
  const account = exportAccounts[exportAccount % exportAccounts.length]!;
  let contentRows: Line[];
  let focus: [number, number] | null = null;
  if (mode === 'timeline' && session.lastRun) {
    const laid = timelineRows(session.lastRun, selected, split?.timelineWidth ?? inner);
    contentRows = laid.rows;
    focus = [laid.selectedRow, laid.selectedRow + 2];
  } else if (mode === 'live') {
    contentRows = live
      ? [
          ...wrapBlock(
            'Live endpoints on 127.0.0.1 (fake credentials that work nowhere). In another terminal:',
            inner,
            { style: { bold: true } },
          ),
          ...Object.entries(live.running.env).flatMap(([name, value]) =>
            wrapBlock(`export ${name}=${value}`, inner, { indent: 2, style: { color: theme.accent } }),
          ),
          [],
          ...(liveLog.length === 0
            ? wrapBlock('Waiting for requests… (try: aws sts get-caller-identity --debug)', inner, {
                style: { dim: true },
              })
            : liveLog.flatMap((row) => wrapBlock(row, inner))),
        ]
      : wrapBlock('Starting…', inner);
  } else if (mode === 'verbs') {
    contentRows = verbUsage().flatMap((usage) => wrapBlock(usage, inner, { prefix: [{ text: '• ' }] }));
  } else if (mode === 'world') {
    // Keep formatWorld's indentation: it is what shows which profile holds which role.
    contentRows = formatWorld(session.world)
      .split('\n')
      .flatMap((row) => {
        const body = row.trimStart();
        return body === '' ? [[]] : wrapBlock(body, inner, { indent: row.length - body.length });
      });
  } else if (mode === 'export') {
    const exporter = exporters[format]!;
    const accountNote =
      exporter.perAccount && exportAccounts.length > 1
        ? wrapBlock(
            `Account ${account} (${session.world.accounts[account]?.label}): a template deploys into one account; a shows the other.`,
            inner,
            { style: { color: theme.accent } },
          )
        : [];
    contentRows = [
      wrapBlock(`‹ ${exporter.label} ›  (←/→ format, s saves ${exporter.file(account, session.world)})`, inner, {
        style: { bold: true },
      })[0]!,
      ...accountNote,
      ...exporter
        .render(session.world, account)
        .split('\n')
        .map((row): Line => [{ text: row }]),
    ];
  } else {
    contentRows = [...logRows(session.log, inner), ...stepRows];
  }
  // The logs follow the newest line unless the learner scrolled; other views start at the top.
  const defaultOffset = mode === 'log' || mode === 'live' ? Number.MAX_SAFE_INTEGER : 0;
  const viewHeight = split?.timelineHeight ?? contentHeight;
  const window = scrollWindow(contentRows.length, viewHeight, offset ?? defaultOffset, offset === null ? focus : null);

  const switchMode = (next: Mode) => {
    setMode(next);
    setOffset(null);
    setMessage(null);
  };

  const submit = () => {
    const line = input.trim();
    setInput('');
    setRecall(null);
    setTyping(false);
    if (line === '') return;
    save(runCommand(session, line));
    setOffset(null);
  };

  const writeExport = (overwrite: boolean) => {
    const exporter = exporters[format]!;
    const file = exporter.file(account, session.world);
    const path = resolve(cwd, file);
    if (existsSync(path) && !overwrite) {
      setConfirm('overwrite');
      setMessage(`${file} exists. Overwrite it? (y/n)`);
      return;
    }
    try {
      writeFileSync(path, exporter.render(session.world, account));
      setMessage(`Wrote ${path}`);
    } catch (error) {
      setMessage(`Could not write ${file}: ${(error as Error).message}`);
    }
  };

  // Hints say what a key does now: none for keys that do nothing in this state.
  const classicHints: Hint[] =
    confirm !== null
      ? [
          { keys: 'y', label: 'yes' },
          { keys: 'n', label: 'no' },
        ]
      : typing
        ? [
            { keys: 'Enter', label: 'run' },
            { keys: 'Tab', label: 'complete' },
            { keys: 'Esc', label: 'cancel' },
            { keys: '↑↓', label: 'history' },
          ]
        : mode === 'log'
          ? [
              { keys: ':', label: 'command' },
              { keys: '↑↓', label: 'scroll' },
              ...(nextStep ? [{ keys: 'n', label: 'next step' }] : []),
              ...(scenario ? [{ keys: 'h', label: 'hint' }] : []),
              { keys: 'r', label: 'run app' },
              ...(scenario ? [{ keys: 'c', label: 'check' }] : []),
              { keys: 'w', label: 'world' },
              { keys: 'v', label: 'verbs' },
              { keys: 'e', label: 'export' },
              { keys: 'l', label: 'live endpoints' },
            ]
          : mode === 'live'
            ? [
                ...(live
                  ? [
                      { keys: '+', label: '+15 min' },
                      { keys: 's', label: 'stop serving' },
                    ]
                  : []),
                { keys: 'Esc', label: 'log' },
              ]
            : mode === 'timeline'
              ? [
                  { keys: '↑↓', label: 'events' },
                  { keys: 'G', label: 'outcome' },
                  { keys: 'f', label: '+15 min' },
                  // The action o takes, not the current setting (that is in the timeline's own text).
                  { keys: 'o', label: `turn refresh ${session.sdkRefresh === false ? 'on' : 'off'}` },
                  { keys: 't', label: 'diagram' },
                  { keys: 'Esc', label: 'log' },
                ]
              : [
                  { keys: '↑↓', label: 'scroll' },
                  ...(mode === 'export'
                    ? [
                        { keys: '←→', label: 'format' },
                        ...(exporters[format]!.perAccount && exportAccounts.length > 1
                          ? [{ keys: 'a', label: 'account' }]
                          : []),
                        { keys: 's', label: 'save file' },
                      ]
                    : []),
                  { keys: 'Esc', label: 'log' },
                ];
  // flow-diagram wiring (wt-sbxc): the diagram's hints replace the timeline's while it shows; o
  // still acts there, but the footer has no room for it at 80 columns.
  const hints: Hint[] = diagramShown
    ? [...flow.hints, { keys: 't', label: 'timeline' }, { keys: 'f', label: '+15 min' }, { keys: 'Esc', label: 'log' }]
    : classicHints;

  useKeys(
    (ch, key) => {
      if (confirm !== null) {
        if (ch === 'y' && confirm === 'reset' && scenario) {
          setConfirm(null);
          setMessage('Reset to the scenario start.');
          save(startSession(scenario.id));
        } else if (ch === 'y' && confirm === 'overwrite') {
          setConfirm(null);
          writeExport(true);
        } else {
          setConfirm(null);
          setMessage(null);
        }
        return true;
      }
      if (typing) {
        if (key.return) submit();
        else if (key.escape) {
          setTyping(false);
          setInput('');
        } else if (key.backspace || key.delete) setInput((text) => text.slice(0, -1));
        else if (key.tab) setInput((text) => completeVerb(text));
        else if (key.upArrow || key.downArrow) {
          const list = session.history;
          if (list.length === 0) return true;
          const current = recall ?? list.length;
          const next = Math.min(list.length, Math.max(0, current + (key.upArrow ? -1 : 1)));
          setRecall(next);
          setInput(list[next] ?? '');
        } else if (!key.ctrl && !key.meta && ch.length > 0 && !key.tab)
          setInput((text) => text + ch.replace(/[\r\n]+/g, ' '));
        return true;
      }
      if (mode !== 'log') {
        if (key.escape || key.backspace) {
          switchMode('log');
          return true;
        }
        if (ch === ':') {
          // A command can be typed from any view; the log shows its answer.
          switchMode('log');
          setTyping(true);
          setInput('');
          return true;
        }
        if (mode === 'live') {
          if (ch === 's' && live) stopLive();
          else if (ch === '+' && live) {
            // The session's clock moves (and with it the timeline); the live host follows it.
            save(fastForward(session, FIFTEEN_MINUTES));
            setLiveLog((lines) => [
              ...lines,
              `sandbox clock +15 min: ${new Date(live.host.sandboxNow()).toISOString()}`,
            ]);
          } else return false;
          return true;
        }
        if (mode === 'timeline' && session.lastRun) {
          // flow-diagram wiring (wt-sbxc): t switches view; the diagram's player takes its keys first.
          if (ch === 't') {
            setView((v) => (v === 'diagram' ? 'timeline' : 'diagram'));
            setOffset(null);
            return true;
          }
          if (diagramShown && flow.handle(ch, key)) return true;
          const count = session.lastRun.events.length;
          if (key.upArrow || ch === 'k') {
            setSelected((i) => Math.max(0, i - 1));
            setOffset(null);
          } else if (key.downArrow || ch === 'j') {
            setSelected((i) => Math.min(count - 1, i + 1));
            setOffset(null);
          } else if (ch === 'g') {
            setSelected(0);
            setOffset(0);
          } else if (ch === 'G' || key.end) {
            // The last event and the outcome below it.
            setSelected(count - 1);
            setOffset(Number.MAX_SAFE_INTEGER);
          } else if (key.pageDown || ch === ' ') setOffset(Math.min(window.maxStart, window.start + window.rows));
          else if (key.pageUp) setOffset(Math.max(0, window.start - window.rows));
          else if (ch === 'f') {
            save(fastForward(session, FIFTEEN_MINUTES));
            setSelected(0);
            setOffset(null);
          } else if (ch === 'o') {
            const next = toggleRefresh(session);
            save(next);
            setMessage(next.log.at(-1)?.text ?? null);
          } else return false;
          return true;
        }
        if (key.upArrow || ch === 'k') setOffset(Math.max(0, window.start - 1));
        else if (key.downArrow || ch === 'j') setOffset(Math.min(window.maxStart, window.start + 1));
        else if (key.pageDown || ch === ' ') setOffset(Math.min(window.maxStart, window.start + window.rows));
        else if (key.pageUp) setOffset(Math.max(0, window.start - window.rows));
        else if (mode === 'export' && (key.leftArrow || key.rightArrow)) {
          setFormat((i) => (i + (key.rightArrow ? 1 : exporters.length - 1)) % exporters.length);
          setOffset(null);
        } else if (mode === 'export' && ch === 's') writeExport(false);
        else if (mode === 'export' && ch === 'a' && exportAccounts.length > 1) {
          setExportAccount((i) => (i + 1) % exportAccounts.length);
          setOffset(null);
        } else return false;
        return true;
      }
      if ((key.escape || key.backspace) && onExit) {
        onExit();
        return true;
      }
      if (ch === ':' || key.return || ch === 'a') {
        setTyping(true);
        setInput(ch === 'a' ? 'a' : '');
        return true;
      }
      if (ch === 'n' && nextStep) save(runNextStep(session));
      else if (ch === 'h' && scenario) {
        const next = revealHint(session);
        setSession(next);
        if (store && next.hintsShown > session.hintsShown && scenario) {
          try {
            recordHintUsed(store, scenario.id);
          } catch {
            // Only a statistic; the hint itself is shown.
          }
        }
      } else if (ch === 'c' && scenario) {
        const checked = checkSession(session);
        save(checked.session);
        if (store && checked.result?.met === false) {
          try {
            recordFailedCheck(store, scenario.id);
          } catch {
            // Only a statistic; the check's answer is shown.
          }
        }
      } else if (ch === 'r') {
        const ran = runTheApp(session);
        save(ran);
        if (ran.lastRun && ran.lastRun !== session.lastRun) {
          setSelected(0);
          switchMode('timeline');
        }
      } else if (ch === 'w') switchMode('world');
      else if (ch === 'v') switchMode('verbs');
      else if (ch === 'l') {
        void startLive();
        switchMode('live');
      } else if (ch === 'e') switchMode('export');
      else if (ch === 'x' && scenario) {
        setConfirm('reset');
        setMessage('Reset this scenario to its start? Your commands here are discarded. (y/n)');
      } else if (key.upArrow || ch === 'k') setOffset(Math.max(0, window.start - 1));
      else if (key.downArrow || ch === 'j') setOffset(Math.min(window.maxStart, window.start + 1));
      else if (key.pageUp) setOffset(Math.max(0, window.start - window.rows));
      else if (key.pageDown) setOffset(Math.min(window.maxStart, window.start + window.rows));
      else return false;
      return true;
    },
    hints,
    { wantsText: typing },
  );

  // flow-diagram wiring (wt-sbxc)
  const diagramProps = (w: number, h: number) => ({
    run: session.lastRun!,
    diagram: flow.diagram!,
    player: flow.state,
    width: w,
    height: h,
  });
  const promptText = typing
    ? `aws> ${input}█`
    : mode === 'log'
      ? 'Press : to type a command (aws iam …, app deploy …, clock advance 50m)'
      : '';
  return (
    <Box flexDirection="column" paddingX={1}>
      {goalRows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
        <Text key={i} bold wrap="truncate-end">
          {row.map((s) => s.text).join('')}
        </Text>
      ))}
      {split ? (
        <TimelineBesideLog
          split={split}
          log={liveLog}
          timeline={
            diagramShown ? (
              <FlowDiagram {...diagramProps(split.timelineWidth, viewHeight)} />
            ) : (
              <ScrollLines lines={contentRows} window={window} height={viewHeight} />
            )
          }
        />
      ) : diagramShown ? (
        <FlowDiagram {...diagramProps(inner, contentHeight)} />
      ) : (
        <ScrollLines lines={contentRows} window={window} height={contentHeight} />
      )}
      <Text color={message ? theme.warn : theme.muted} wrap="truncate-end">
        {message ?? (mode === 'timeline' ? 'Credentials are simulated: fake keys that work nowhere.' : ' ')}
      </Text>
      <Text color={typing ? undefined : theme.muted} wrap="truncate-start">
        {promptText}
      </Text>
    </Box>
  );
}
