// The sandbox play screen as a pure model: (state, action) → state. The session (world, log,
// guide) is the core's; this adds what the screen shows and where the learner is in it. Saving,
// exports and the live endpoints are the controller's (src/app), driven by the actions below.
import {
  type AppRun,
  checkSession,
  type FlowDiagram,
  flowDiagram,
  fastForward,
  type PlaySession,
  revealHint,
  runCommand,
  runNextStep,
  NEW_POLICY_TEXT,
  runTheApp,
  saveFile,
  startSession,
  toggleRefresh,
} from '../../../sandbox/index.js';
import {
  type EditorAction,
  type EditorState,
  editorReduce,
  editorText,
  editorTop,
  openEditor,
} from './editor/editorModel.js';
import { dwellFor, initialPlayer, type PlayerAction, type PlayerState, reducePlayer } from './flow/player.js';
import { type PromptAction, type PromptState, promptReduce } from './promptModel.js';

export type PlayView = 'log' | 'flow' | 'world' | 'export' | 'verbs' | 'live' | 'editor';

/** The live endpoints as the screen knows them: asked for, serving, or none. */
export type LiveState = { status: 'starting' } | { status: 'serving'; env: Record<string, string> } | null;

export interface PlayModel {
  session: PlaySession;
  view: PlayView;
  /**
   * How the credential flow after `r` is drawn: a sequence diagram (the default) or the event
   * list; t switches. Held here, so a t and the key after it in one read act in order.
   */
  flowView: 'timeline' | 'diagram';
  /** Where the diagram's animation is; a new run (r, f, o, c) plays it from its first step. */
  player: PlayerState;
  /** The command prompt while it is open. */
  prompt: PromptState | null;
  /** The selected timeline event. */
  selected: number;
  /** The first row shown; null follows the default (newest log line, top of other views). */
  offset: number | null;
  format: number;
  exportAccount: number;
  confirm: null | 'reset' | 'overwrite';
  message: string | null;
  live: LiveState;
  liveLog: string[];
  /** The policy editor while a file is open in it. */
  editor: EditorState | null;
}

export const FIFTEEN_MINUTES = 15 * 60 * 1000;
const MAX_LIVE_LOG = 200;

export type PlayAction =
  | { type: 'view'; view: PlayView }
  | { type: 'open-prompt'; text?: string }
  | { type: 'prompt'; action: PromptAction }
  | { type: 'submit' }
  | { type: 'next-step' }
  | { type: 'hint' }
  | { type: 'check' }
  | { type: 'run-app' }
  | { type: 'fast-forward' }
  | { type: 'toggle-refresh' }
  | { type: 'flow-view' }
  /** A diagram player key, or `tick` from the view's timer (time passes in, never read here). */
  | { type: 'player'; action: PlayerAction }
  | { type: 'select'; index: number; offset: number | null }
  | { type: 'scroll'; offset: number }
  | { type: 'format'; by: 1 | -1; count: number }
  | { type: 'export-account'; count: number }
  | { type: 'save-export'; overwrite: boolean }
  | { type: 'ask-reset' }
  | { type: 'ask-overwrite'; name: string }
  | { type: 'confirm'; yes: boolean }
  | { type: 'live-open' }
  | { type: 'live-started'; env: Record<string, string> }
  | { type: 'live-failed'; message: string }
  | { type: 'live-stop' }
  | { type: 'live-log'; line: string }
  | { type: 'message'; text: string | null }
  | { type: 'editor'; action: EditorAction; height: number }
  | { type: 'editor-save'; close: boolean }
  | { type: 'editor-close' }
  /** Hand the text to the learner's own editor ($EDITOR); the screen's effects do it. */
  | { type: 'editor-external' }
  | { type: 'exit' };

/** `edit NAME` at the prompt opens the policy editor (a screen command, not an AWS one). */
const EDIT_COMMAND = /^edit(?:\s+(\S+))?\s*$/;
const DEFAULT_FILE = 'policy.json';

function openFile(m: PlayModel, name: string): PlayModel {
  const text = m.session.world.files[name];
  return { ...show(m, 'editor'), prompt: null, editor: openEditor(name, text ?? NEW_POLICY_TEXT) };
}

function saveEditor(m: PlayModel, close: boolean): PlayModel {
  const e = m.editor;
  if (e === null) return m;
  const saved = saveFile(m.session, e.name, editorText(e));
  if (saved.error !== undefined) return { ...m, message: saved.error };
  const editor = editorReduce(e, { type: 'saved' });
  const next = { ...m, session: saved.session, message: `Saved ${e.name}; commands read it as file://${e.name}.` };
  return close ? { ...next, editor: null, view: 'log', offset: null } : { ...next, editor };
}

export function initialPlay(session: PlaySession): PlayModel {
  return {
    session,
    view: 'log',
    flowView: 'diagram',
    player: playerFor(session.lastRun),
    prompt: null,
    selected: 0,
    offset: null,
    format: 0,
    exportAccount: 0,
    confirm: null,
    message: null,
    live: null,
    liveLog: [],
    editor: null,
  };
}

const show = (m: PlayModel, view: PlayView): PlayModel => ({ ...m, view, offset: null, message: null });
const withSession = (m: PlayModel, session: PlaySession): PlayModel => ({ ...m, session, offset: null });

// One diagram per run: the reducer, the layout and each key's lookup ask for the same run again.
const diagrams = new WeakMap<AppRun, FlowDiagram>();
export function diagramOf(run: AppRun): FlowDiagram {
  let diagram = diagrams.get(run);
  if (diagram === undefined) {
    diagram = flowDiagram(run);
    diagrams.set(run, diagram);
  }
  return diagram;
}

function playerFor(run: AppRun | undefined): PlayerState {
  return initialPlayer(run ? diagramOf(run).steps : []);
}

export function playReduce(m: PlayModel, action: PlayAction): PlayModel {
  const next = reduce(m, action);
  // Any action that brought a new run (r, f, o, c, a command) restarts the animation on it.
  const run = next.session.lastRun;
  if (run === undefined || run === m.session.lastRun) return next;
  return {
    ...next,
    player: reducePlayer(next.player, { type: 'load', dwell: dwellFor(diagramOf(run).steps), play: true }),
  };
}

function reduce(m: PlayModel, action: PlayAction): PlayModel {
  switch (action.type) {
    case 'view':
      return show(m, action.view);
    case 'open-prompt':
      // A command can be typed from any view; the log shows its answer.
      return { ...show(m, 'log'), prompt: { text: action.text ?? '', recall: null } };
    case 'prompt': {
      if (m.prompt === null) return m;
      // Letters and Enter in one read (typed fast, or over SSH): the Enter runs what came before.
      // Line breaks inside a paste stay spaces.
      if (action.action.type === 'insert' && /[^\r\n][\r\n]$/.test(action.action.text)) {
        const typed = playReduce(m, {
          type: 'prompt',
          action: { type: 'insert', text: action.action.text.slice(0, -1) },
        });
        return playReduce(typed, { type: 'submit' });
      }
      const prompt = promptReduce(m.prompt, action.action, m.session);
      return prompt === null ? { ...m, prompt: null } : { ...m, prompt };
    }
    case 'submit': {
      const line = m.prompt?.text.trim() ?? '';
      const closed = { ...m, prompt: null };
      const edit = EDIT_COMMAND.exec(line);
      if (edit) return openFile(closed, edit[1] ?? DEFAULT_FILE);
      return line === '' ? closed : withSession(closed, runCommand(m.session, line));
    }
    case 'next-step':
      return withSession(m, runNextStep(m.session));
    case 'hint':
      return withSession(m, revealHint(m.session));
    case 'check':
      return withSession(m, checkSession(m.session).session);
    case 'run-app': {
      const ran = runTheApp(m.session);
      const fresh = ran.lastRun !== undefined && ran.lastRun !== m.session.lastRun;
      return fresh ? { ...show(withSession(m, ran), 'flow'), selected: 0 } : withSession(m, ran);
    }
    case 'fast-forward': {
      const later = withSession(m, fastForward(m.session, FIFTEEN_MINUTES));
      return m.view === 'flow' ? { ...later, selected: 0 } : later;
    }
    case 'flow-view':
      return { ...m, flowView: m.flowView === 'diagram' ? 'timeline' : 'diagram', offset: null };
    case 'player':
      return { ...m, player: reducePlayer(m.player, action.action) };
    case 'toggle-refresh': {
      const session = toggleRefresh(m.session);
      return { ...m, session, message: session.log.at(-1)?.text ?? null };
    }
    case 'select':
      return { ...m, selected: action.index, offset: action.offset };
    case 'scroll':
      return { ...m, offset: action.offset };
    case 'format':
      return { ...m, format: (m.format + action.by + action.count) % action.count, offset: null };
    case 'export-account':
      return { ...m, exportAccount: (m.exportAccount + 1) % action.count, offset: null };
    case 'save-export':
      return { ...m, confirm: null };
    case 'ask-reset':
      return {
        ...m,
        confirm: 'reset',
        message: 'Reset this scenario to its start? Your commands here are discarded. (y/n)',
      };
    case 'ask-overwrite':
      return { ...m, confirm: 'overwrite', message: `${action.name} exists. Overwrite it? (y/n)` };
    case 'confirm':
      // A yes to "overwrite?" is a save-export of its own (the keymap sends it).
      if (m.confirm === 'reset' && action.yes && m.session.scenarioId !== null)
        return {
          ...withSession(m, startSession(m.session.scenarioId)),
          confirm: null,
          message: 'Reset to the scenario start.',
        };
      return { ...m, confirm: null, message: null };
    case 'live-open':
      return { ...show(m, 'live'), live: m.live ?? { status: 'starting' } };
    case 'live-started':
      return m.live?.status === 'starting' ? { ...m, live: { status: 'serving', env: action.env } } : m;
    case 'live-failed':
      return { ...m, live: null, message: action.message };
    case 'live-stop':
      return { ...m, live: null, message: 'Live endpoints stopped.' };
    case 'live-log':
      return { ...m, liveLog: [...m.liveLog.slice(-MAX_LIVE_LOG), action.line] };
    case 'message':
      return { ...m, message: action.text };
    case 'editor': {
      if (m.editor === null) return m;
      const editor = editorReduce(m.editor, action.action);
      return { ...m, editor: { ...editor, top: editorTop(editor, action.height) }, message: null };
    }
    case 'editor-save':
      return m.editor?.dirty ? saveEditor(m, action.close) : action.close ? { ...show(m, 'log'), editor: null } : m;
    case 'editor-external':
      return m;
    case 'editor-close':
      return { ...show(m, 'log'), editor: null };
    case 'exit':
      return m;
  }
}
