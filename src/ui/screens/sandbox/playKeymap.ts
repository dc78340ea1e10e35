// Sandbox play keys: one table from which both the key handler and the footer hints are built, so
// a hint names only keys that act now and says what they will do.
import { exporters, guideOf, scenarioOf } from '../../../sandbox/index.js';
import { type Keymap, on } from '../../shell/keymap.js';
import { isBack } from '../../shell/keys.js';
import { currentExport, type PlayLayout } from './playLayout.js';
import { editorKeys } from './editor/editorKeys.js';
import { type PlayerState, playerKeymap } from './flow/player.js';
import type { PlayAction, PlayModel, PlayView } from './playModel.js';
import { type B, confirming, inView, type PlayKeyEnv, typing } from './playKeyStates.js';

export type { PlayKeyEnv };

const hasScenario = (m: PlayModel) => scenarioOf(m.session) !== undefined;
const hasNextStep = (m: PlayModel) => guideOf(m.session).next !== undefined;
const serving = (m: PlayModel) => m.live?.status === 'serving';
const key = (chars: string) => on.char(chars);

function confirmKeys(): B[] {
  return [
    {
      keys: 'y',
      label: 'yes',
      when: confirming,
      match: key('yY'),
      action: (m) =>
        m.confirm === 'overwrite' ? { type: 'save-export', overwrite: true } : { type: 'confirm', yes: true },
    },
    // Any other key says no: a confirm never leaves a key acting on the hidden screen.
    { keys: 'n', label: 'no', when: confirming, match: () => true, action: { type: 'confirm', yes: false } },
  ];
}

function promptKeys(): B[] {
  return [
    { keys: 'Enter', label: 'run', when: typing, match: on.enter, action: { type: 'submit' } },
    {
      keys: 'Tab',
      label: 'complete',
      when: typing,
      match: (_i, k) => k.tab,
      action: { type: 'prompt', action: { type: 'complete' } },
    },
    {
      keys: '↑↓',
      label: 'history',
      when: typing,
      match: (_i, k) => k.upArrow,
      action: { type: 'prompt', action: { type: 'history', by: -1 } },
    },
    {
      keys: '↑↓',
      label: 'history',
      when: typing,
      match: (_i, k) => k.downArrow,
      action: { type: 'prompt', action: { type: 'history', by: 1 } },
    },
    {
      keys: 'Esc',
      label: 'cancel',
      when: typing,
      match: (_i, k) => k.escape,
      action: { type: 'prompt', action: { type: 'cancel' } },
    },
    {
      keys: 'Backspace',
      label: 'delete',
      footer: false,
      when: typing,
      match: (_i, k) => k.backspace || k.delete,
      action: { type: 'prompt', action: { type: 'backspace' } },
    },
    {
      keys: 'letters',
      label: 'type the command (q and ? too)',
      footer: false,
      when: typing,
      match: (input, k) => !k.ctrl && !k.meta && input.length > 0,
      action: (_m, input) => ({ type: 'prompt', action: { type: 'insert', text: input } }),
    },
  ];
}

/** Scrolling over the current view's rows (the log, world, verbs, export, live). */
function scrollKeys(env: PlayKeyEnv, views: PlayView[]): B[] {
  const at = (m: PlayModel, move: (w: PlayLayout['window']) => number): PlayAction => {
    const { window } = env.layout(m);
    return { type: 'scroll', offset: Math.min(window.maxStart, Math.max(0, move(window))) };
  };
  const when = inView(...views);
  return [
    { keys: '↑↓', label: 'scroll', when, match: on.up, action: (m) => at(m, (w) => w.start - 1) },
    { keys: '↑↓', label: 'scroll', when, match: on.down, action: (m) => at(m, (w) => w.start + 1) },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      footer: false,
      when,
      match: on.pageUp,
      action: (m) => at(m, (w) => w.start - w.rows),
    },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      footer: false,
      when,
      match: (i, k) => on.pageDown(i, k) || (i === ' ' && !inView('log')),
      action: (m) => at(m, (w) => w.start + w.rows),
    },
  ];
}

/** The diagram's player keys (←/→, Space, Home/End), from its own keymap so the footer matches. */
const refreshLabel = (m: PlayModel) => `turn refresh ${m.session.sdkRefresh === false ? 'on' : 'off'}`;

function playerKeys(): B[] {
  const when = (m: PlayModel) => inView('flow')(m) && m.flowView === 'diagram';
  return playerKeymap.map(
    (binding): B => ({
      keys: binding.keys,
      label:
        typeof binding.label === 'function'
          ? (m) => (binding.label as (s: PlayerState) => string)(m.player)
          : binding.label,
      match: binding.match,
      when: (m) => when(m) && (binding.when?.(m.player) ?? true),
      action: (m, input, k) => {
        const action = typeof binding.action === 'function' ? binding.action(m.player, input, k) : binding.action;
        return action === undefined ? undefined : { type: 'player', action };
      },
      ...(binding.footer === false ? { footer: false as const } : {}),
    }),
  );
}

function flowKeys(env: PlayKeyEnv): B[] {
  const shown = inView('flow');
  const diagram = (m: PlayModel) => shown(m) && m.flowView === 'diagram';
  const when = (m: PlayModel) => shown(m) && m.flowView === 'timeline';
  const count = (m: PlayModel) => m.session.lastRun?.events.length ?? 0;
  const page = (m: PlayModel, by: 1 | -1): PlayAction => {
    const { window } = env.layout(m);
    return { type: 'scroll', offset: Math.min(window.maxStart, Math.max(0, window.start + by * window.rows)) };
  };
  return [
    {
      keys: '↑↓',
      label: 'events',
      when,
      match: on.up,
      action: (m) => ({ type: 'select', index: Math.max(0, m.selected - 1), offset: null }),
    },
    {
      keys: '↑↓',
      label: 'events',
      when,
      match: on.down,
      action: (m) => ({ type: 'select', index: Math.min(count(m) - 1, m.selected + 1), offset: null }),
    },
    {
      keys: 'g',
      label: 'first event',
      footer: false,
      when,
      match: (i) => i === 'g',
      action: { type: 'select', index: 0, offset: 0 },
    },
    // The last event and the outcome below it.
    {
      keys: 'G',
      label: 'outcome',
      when,
      match: (i, k) => i === 'G' || k.end,
      action: (m) => ({ type: 'select', index: count(m) - 1, offset: Number.MAX_SAFE_INTEGER }),
    },
    { keys: 'PgUp/PgDn', label: 'page', footer: false, when, match: on.pageUp, action: (m) => page(m, -1) },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      footer: false,
      when,
      match: (i, k) => on.pageDown(i, k) || i === ' ',
      action: (m) => page(m, 1),
    },
    {
      keys: 't',
      label: (m) => (m.flowView === 'diagram' ? 'timeline' : 'diagram'),
      when: shown,
      match: key('t'),
      action: { type: 'flow-view' },
    },
    { keys: 'f', label: '+15 min', when: shown, match: key('f'), action: { type: 'fast-forward' } },
    {
      keys: 'o',
      // The action o takes, not the current setting (that is in the timeline's own text).
      label: refreshLabel,
      when,
      match: key('o'),
      action: { type: 'toggle-refresh' },
    },
    // o acts on the diagram too, but the footer has no room for it at 80 columns (? lists it).
    {
      keys: 'o',
      label: refreshLabel,
      footer: false,
      when: diagram,
      match: key('o'),
      action: { type: 'toggle-refresh' },
    },
  ];
}

function logKeys(env: PlayKeyEnv): B[] {
  const when = inView('log');
  return [
    { keys: ':', label: 'command', when, match: (i, k) => i === ':' || k.return, action: { type: 'open-prompt' } },
    // Typing a command's first letter opens the prompt with it.
    {
      keys: 'a',
      label: 'start typing a command',
      footer: false,
      when,
      match: key('a'),
      action: { type: 'open-prompt', text: 'a' },
    },
    ...scrollKeys(env, ['log']),
    {
      keys: 'n',
      label: 'next step',
      when: (m) => when(m) && hasNextStep(m),
      match: key('n'),
      action: { type: 'next-step' },
    },
    { keys: 'h', label: 'hint', when: (m) => when(m) && hasScenario(m), match: key('h'), action: { type: 'hint' } },
    { keys: 'r', label: 'run app', when, match: key('r'), action: { type: 'run-app' } },
    { keys: 'c', label: 'check', when: (m) => when(m) && hasScenario(m), match: key('c'), action: { type: 'check' } },
    { keys: 'w', label: 'world', when, match: key('w'), action: { type: 'view', view: 'world' } },
    { keys: 'v', label: 'verbs', when, match: key('v'), action: { type: 'view', view: 'verbs' } },
    { keys: 'e', label: 'export', when, match: key('e'), action: { type: 'view', view: 'export' } },
    { keys: 'l', label: 'live endpoints', when, match: key('l'), action: { type: 'live-open' } },
    // The editor opens from the prompt (edit NAME), so Tab can complete the file's name.
    { keys: 'p', label: 'edit a policy', when, match: key('p'), action: { type: 'open-prompt', text: 'edit ' } },
    {
      keys: 'x',
      label: 'reset',
      footer: false,
      when: (m) => when(m) && hasScenario(m),
      match: key('x'),
      action: { type: 'ask-reset' },
    },
    { keys: 'Esc', label: 'scenarios', when: (m) => when(m) && env.canExit, match: isBack, action: { type: 'exit' } },
  ];
}

function otherViewKeys(env: PlayKeyEnv): B[] {
  const exporting = inView('export');
  const accounts = (m: PlayModel) => currentExport(m).accounts.length;
  return [
    ...scrollKeys(env, ['world', 'verbs', 'export', 'live']),
    {
      keys: '←→',
      label: 'format',
      when: exporting,
      match: (_i, k) => k.leftArrow,
      action: { type: 'format', by: -1, count: exporters.length },
    },
    {
      keys: '←→',
      label: 'format',
      when: exporting,
      match: (_i, k) => k.rightArrow,
      action: { type: 'format', by: 1, count: exporters.length },
    },
    {
      keys: 'a',
      label: 'account',
      when: (m) => exporting(m) && currentExport(m).exporter.perAccount && accounts(m) > 1,
      match: key('a'),
      action: (m) => ({ type: 'export-account', count: accounts(m) }),
    },
    {
      keys: 's',
      label: 'save file',
      when: exporting,
      match: key('s'),
      action: { type: 'save-export', overwrite: false },
    },
    {
      keys: '+',
      label: '+15 min',
      when: (m) => inView('live')(m) && serving(m),
      match: key('+'),
      action: { type: 'fast-forward' },
    },
    {
      keys: 's',
      label: 'stop serving',
      when: (m) => inView('live')(m) && serving(m),
      match: key('s'),
      action: { type: 'live-stop' },
    },
    {
      keys: 'l',
      label: 'serve again',
      when: (m) => inView('live')(m) && m.live === null,
      match: key('l'),
      action: { type: 'live-open' },
    },
    {
      keys: ':',
      label: 'command',
      footer: false,
      when: inView('flow', 'world', 'verbs', 'export', 'live'),
      match: key(':'),
      action: { type: 'open-prompt' },
    },
    {
      keys: 'Esc',
      label: 'log',
      when: inView('flow', 'world', 'verbs', 'export', 'live'),
      match: isBack,
      action: { type: 'view', view: 'log' },
    },
  ];
}

export function playKeymap(env: PlayKeyEnv): Keymap<PlayModel, PlayAction> {
  return [
    ...confirmKeys(),
    ...promptKeys(),
    ...editorKeys(env),
    ...logKeys(env),
    // The player's keys come before the timeline's: ←/→ and Space mean step and play on the diagram.
    ...playerKeys(),
    ...flowKeys(env),
    ...otherViewKeys(env),
  ];
}
