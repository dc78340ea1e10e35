// Keys while a check question has focus: the same answer model as practice and the exam
// (choose with a number or Space, confirm with Enter). One table builds the handler and hints.
import { type Keymap, on } from '../../shell/keymap.js';
import type { ReaderAction, ReaderState } from './readerModel.js';

export const checkKeymap: Keymap<ReaderState, ReaderAction> = [
  { keys: '↑↓', label: 'move', match: on.up, action: { type: 'check', action: { type: 'move', by: -1 } } },
  { keys: '↑↓', label: 'move', match: on.down, action: { type: 'check', action: { type: 'move', by: 1 } } },
  { keys: 'Space', label: 'choose', match: on.space, action: { type: 'check', action: { type: 'pick' } } },
  {
    keys: '1-9',
    label: 'choose',
    match: (input) => /^[1-9]$/.test(input),
    action: (_state, input) => ({ type: 'answer', index: Number(input) - 1 }),
  },
  { keys: 'Enter', label: 'confirm', match: on.enter, action: { type: 'check', action: { type: 'submit' } } },
];
