// The policy editor's keys: every printable key is text; Ctrl+S saves, Esc saves and closes.
import { on } from '../../../shell/keymap.js';
import { type B, inView, type PlayKeyEnv } from '../playKeyStates.js';
import type { PlayAction, PlayModel } from '../playModel.js';
import type { EditorAction } from './editorModel.js';

/** The policy editor: every printable key is text; Ctrl+S saves, Esc saves and closes. */
export function editorKeys(env: PlayKeyEnv): B[] {
  const when = inView('editor');
  const edit =
    (action: EditorAction | ((m: PlayModel) => EditorAction)) =>
    (m: PlayModel): PlayAction => ({
      type: 'editor',
      action: typeof action === 'function' ? action(m) : action,
      height: env.layout(m).editorHeight,
    });
  const page = (m: PlayModel) => env.layout(m).editorHeight;
  const dirty = (m: PlayModel) => m.editor?.dirty === true;
  return [
    {
      keys: 'Ctrl+S',
      label: 'save',
      when,
      match: (i, k) => k.ctrl && i === 's',
      action: { type: 'editor-save', close: false },
    },
    {
      keys: 'Ctrl+E',
      label: `open in ${env.externalEditor?.split(/\s+/)[0]?.split('/').at(-1) ?? '$EDITOR'}`,
      when: (m) => when(m) && env.externalEditor !== undefined,
      match: (i, k) => k.ctrl && i === 'e',
      action: { type: 'editor-external' },
    },
    {
      keys: 'Esc',
      label: (m) => (dirty(m) ? 'save & close' : 'close'),
      when,
      match: (_i, k) => k.escape,
      action: { type: 'editor-save', close: true },
    },
    { keys: '↑↓←→', label: 'move', when, match: (_i, k) => k.upArrow, action: edit({ type: 'move', rows: -1 }) },
    { keys: '↑↓←→', label: 'move', when, match: (_i, k) => k.downArrow, action: edit({ type: 'move', rows: 1 }) },
    { keys: '↑↓←→', label: 'move', when, match: (_i, k) => k.leftArrow, action: edit({ type: 'move', cols: -1 }) },
    { keys: '↑↓←→', label: 'move', when, match: (_i, k) => k.rightArrow, action: edit({ type: 'move', cols: 1 }) },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      footer: false,
      when,
      match: on.pageUp,
      action: edit((m) => ({ type: 'move', rows: -page(m) })),
    },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      footer: false,
      when,
      match: on.pageDown,
      action: edit((m) => ({ type: 'move', rows: page(m) })),
    },
    {
      keys: 'Home/End',
      label: 'line start/end',
      footer: false,
      when,
      match: (_i, k) => k.home,
      action: edit({ type: 'home' }),
    },
    {
      keys: 'Home/End',
      label: 'line start/end',
      footer: false,
      when,
      match: (_i, k) => k.end,
      action: edit({ type: 'end' }),
    },
    { keys: 'Enter', label: 'new line', footer: false, when, match: on.enter, action: edit({ type: 'newline' }) },
    // Most terminals send Backspace as DEL (0x7f), which arrives as delete: both erase backwards.
    {
      keys: 'Backspace',
      label: 'delete',
      footer: false,
      when,
      match: (_i, k) => k.backspace || k.delete,
      action: edit({ type: 'backspace' }),
    },
    {
      keys: 'Tab',
      label: 'indent',
      footer: false,
      when,
      match: (_i, k) => k.tab,
      action: edit({ type: 'insert', text: '  ' }),
    },
    {
      keys: 'letters',
      label: 'type the policy',
      footer: false,
      when,
      match: (input, k) => !k.ctrl && !k.meta && input.length > 0,
      action: (m, input) => edit({ type: 'insert', text: input })(m),
    },
  ];
}
