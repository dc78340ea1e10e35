// Keys of the search screen: every printable key types (the screen wants text, so the shell's
// q, ? and / are typed here too); arrows move over the hits; Enter opens; Esc goes back.
import { type Keymap, on } from '../../shell/keymap.js';
import type { SearchAction, SearchState } from './searchModel.js';

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
    keys: 'Backspace',
    label: 'erase',
    match: (_i, key) => key.backspace || key.delete,
    action: { type: 'erase' },
    when: (state) => state.query !== '',
    footer: false,
  },
  {
    keys: 'Ctrl+U',
    label: 'clear',
    match: (input, key) => key.ctrl && input === 'u',
    action: { type: 'clear' },
    footer: false,
  },
  {
    keys: 'type',
    label: 'search',
    match: (input, key) => !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab && input.length > 0,
    action: (_state, input) => ({ type: 'type', text: input }),
    footer: false,
  },
];
