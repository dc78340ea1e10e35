import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import { spokenMarks } from '../../accessibility/spoken.js';
import { SandboxController, type SandboxProgress } from '../../../app/index.js';
import type { PlaySession } from '../../../sandbox/index.js';
import { editExternally, exportFilesIn, externalEditor, startLiveEndpoints } from '../../data/sandboxNode.js';
import { editorText } from './editor/editorModel.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { theme } from '../../theme.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { FlowDiagram } from './flow/FlowDiagram.js';
import { TimelineBesideLog } from './liveSplit.js';
import { playKeymap } from './playKeymap.js';
import { currentExport, type PlayLayout, playLayout } from './playLayout.js';
import { type PlayAction, type PlayModel, initialPlay, playReduce } from './playModel.js';

interface SandboxPlayProps {
  initial: PlaySession;
  /** Where progress is written (the app's progress client); null while it is not open. */
  progress: SandboxProgress | null;
  cwd?: string;
  /** Esc in the log view returns to the sandbox menu when it opened this; else the shell goes back. */
  onExit?: () => void;
}

/** A scenario (or free play): the goal, a log of commands and AWS's answers, and a prompt. */
export function SandboxPlay({ initial, progress, cwd = process.cwd(), onExit }: SandboxPlayProps) {
  const { width, height } = useBodySize();
  const model = useModel(playReduce, () => initialPlay(initial));
  const controller = useRef<SandboxController | null>(null);
  controller.current ??= new SandboxController({ progress, files: exportFilesIn(cwd), startLive: startLiveEndpoints });
  const committed = useRef(initial);
  // The live endpoints stop with the screen.
  useEffect(() => () => controller.current?.close(), []);

  const m = model.state;
  const layout = playLayout(m, width, height);
  const editor = externalEditor();
  const env = {
    layout: (state: PlayModel) => playLayout(state, width, height),
    canExit: onExit !== undefined,
    ...(editor ? { externalEditor: editor } : {}),
  };
  const effects = useEffects(model, controller.current, committed, onExit, env.layout);
  useKeymap(model, playKeymap(env), {
    onAction: effects,
    wantsText: (state) => state.prompt !== null || state.view === 'editor',
  });

  useDiagramTimer(model, layout.diagram !== null);

  // The credential flow after r: the sequence diagram (default) or the timeline's rows (t).
  const timeline = layout.diagram ? (
    <FlowDiagram {...layout.diagram} player={m.player} height={layout.viewHeight} />
  ) : (
    <ScrollView lines={layout.rows} window={layout.window} height={layout.viewHeight} />
  );
  return (
    <Box flexDirection="column" paddingX={1}>
      {layout.goalRows.map((row, i) => {
        const text = row.map((s) => s.text).join('');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
          <Text key={i} bold wrap="truncate-end" aria-label={spokenMarks(text.replace(/^✓ Goal:/, 'Goal met:'))}>
            {text}
          </Text>
        );
      })}
      {layout.split ? <TimelineBesideLog split={layout.split} log={m.liveLog} timeline={timeline} /> : timeline}
      <Text
        color={m.message || m.prompt?.candidates ? theme.warn : theme.muted}
        wrap="truncate-end"
        aria-label={m.prompt?.candidates ? `Completions: ${m.prompt.candidates.join(', ')}.` : undefined}
      >
        {statusLine(m)}
      </Text>
      {/* For a screen reader the prompt is a named text box with its words, not "aws> …█". */}
      <Box aria-role={m.prompt ? 'textbox' : undefined}>
        <Text
          color={m.prompt ? undefined : theme.muted}
          wrap="truncate-start"
          aria-label={m.prompt ? `AWS command: ${m.prompt.text === '' ? 'empty' : m.prompt.text}` : undefined}
        >
          {promptLine(m)}
        </Text>
      </Box>
    </Box>
  );
}

function statusLine(m: PlayModel): string {
  if (m.prompt?.candidates) return m.prompt.candidates.join('  ');
  if (m.message) return m.message;
  return m.view === 'flow' && m.session.lastRun ? 'Credentials are simulated: fake keys that work nowhere.' : ' ';
}

function promptLine(m: PlayModel): string {
  if (m.prompt) return `aws> ${m.prompt.text}█`;
  return m.view === 'log' ? 'Press : to type a command (iam …, ec2 …, app deploy …, clock advance 50m)' : '';
}

/** A floor for the diagram's timer, so a step never re-renders in a tight loop. */
const MIN_WAIT_MS = 20;

/**
 * The diagram's animation clock: one timer per step, for the time the step has left, sending the
 * time that passed as a `tick` (the model never reads a clock). Runs only while the diagram shows.
 */
function useDiagramTimer(model: ReturnType<typeof useModel<PlayModel, PlayAction>>, showing: boolean) {
  const { playing, cursor, elapsed, dwell } = model.state.player;
  const wait = Math.max(MIN_WAIT_MS, (dwell[cursor] ?? 0) - elapsed);
  const running = showing && playing;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step needs a new timer even when its wait equals the last one's
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = setTimeout(
      () => model.dispatch({ type: 'player', action: { type: 'tick', ms: Date.now() - started } }),
      wait,
    );
    return () => clearTimeout(timer);
  }, [running, cursor, wait, model]);
}

/** What an action means outside the model: saving, files, the live endpoints, leaving. */
function useEffects(
  model: ReturnType<typeof useModel<PlayModel, PlayAction>>,
  controller: SandboxController,
  committed: { current: PlaySession },
  onExit: (() => void) | undefined,
  layout: (m: PlayModel) => PlayLayout,
) {
  const say = (text: string | null) => model.dispatch({ type: 'message', text });
  return (action: PlayAction, state: PlayModel) => {
    if (state.session !== committed.current) {
      const problem = controller.commit(committed.current, state.session);
      committed.current = state.session;
      if (problem) say(problem);
    }
    if (action.type === 'check') {
      const problem = controller.checked(state.session);
      if (problem) say(problem);
    }
    if (action.type === 'save-export') {
      const { exporter, account } = currentExport(state);
      const world = state.session.world;
      const file = exporter.file(account, world);
      const result = controller.writeExport(file, exporter.render(world, account), action.overwrite);
      if (result.kind === 'exists') model.dispatch({ type: 'ask-overwrite', name: file });
      else say(result.kind === 'written' ? `Wrote ${result.path}` : result.message);
    } else if (action.type === 'live-open' && state.live?.status === 'starting' && !controller.serving) {
      controller
        .startLive(state.session.world, (line) => model.dispatch({ type: 'live-log', line }))
        .then((env) => {
          // Commands typed while the servers started: serve the newest world.
          controller.serve(model.current().session.world);
          model.dispatch({ type: 'live-started', env });
        })
        .catch((error: Error) => model.dispatch({ type: 'live-failed', message: error.message }));
    } else if (action.type === 'editor-external' && state.editor) {
      const editor = externalEditor();
      if (editor === undefined) return;
      const done = editExternally(editor, state.editor.name, editorText(state.editor));
      const height = layout(model.current()).editorHeight;
      if ('text' in done) model.dispatch({ type: 'editor', action: { type: 'replace', text: done.text }, height });
      else say(done.problem);
    } else if (action.type === 'live-stop') controller.stopLive();
    else if (action.type === 'fast-forward' && state.view === 'live') {
      const now = controller.liveNow();
      if (now !== undefined)
        model.dispatch({ type: 'live-log', line: `sandbox clock +15 min: ${new Date(now).toISOString()}` });
    } else if (action.type === 'exit') onExit?.();
  };
}
