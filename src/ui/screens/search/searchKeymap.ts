// Keys of the search screen: the query is a text field (widgets/text-field), so every printable
// key types (the screen wants text, so the shell's q, ? and / are typed here too) and ←→, Home/End,
// Backspace and Ctrl+U edit it; ↑↓ move over the hits; Enter opens; Esc goes back.
import { type Keymap, on } from '../../shell/keymap.js';
import type { Key } from '../../shell/keys.js';
import { fieldKey } from '../../widgets/text-field/index.js';
import type { SearchAction, SearchState } from './searchModel.js';

/** What the text field makes of a key: its edits, or nothing (Esc and keys that are not the field's). */
function edit(_state: SearchState, input: string, key: Key): SearchAction | undefined {
  const typed = fieldKey(input, key);
  return typed === null || 'cancel' in typed ? undefined : { type: 'edit', edits: typed.edits, submit: typed.submit };
}

const anyFieldKey = (input: string, key: Key): boolean => !key.escape && fieldKey(input, key) !== null;

export const searchKeymap: Keymap<SearchState, SearchAction> = [
  { keys: '↑↓', label: 'move', match: (_i, key) => key.upArrow, action: { type: 'move', by: -1 } },
  { keys: '↑↓', label: 'move', match: (_i, key) => key.downArrow, action: { type: 'move', by: 1 } },
  {
    keys: 'Enter',
    label: 'open',
    match: on.enter,
    action: { type: 'open' },
    when: (state) => state.hits.length > 0,
  },
  {
    keys: '←→',
    label: 'cursor',
    match: (_i, key) => key.leftArrow || key.rightArrow,
    action: edit,
    when: (state) => state.field.value !== '',
    footer: false,
  },
  {
    keys: 'Backspace',
    label: 'erase',
    match: (_i, key) => key.backspace || key.delete,
    action: edit,
    when: (state) => state.field.value !== '',
    footer: false,
  },
  {
    keys: 'Ctrl+U',
    label: 'erase to the start',
    match: (input, key) => key.ctrl && input === 'u',
    action: edit,
    footer: false,
  },
  // Typing, and the field's other keys (Home/End, Ctrl+A/E/K/D, a pasted run ending in Enter).
  { keys: 'type', label: 'search', match: anyFieldKey, action: edit, footer: false },
];
