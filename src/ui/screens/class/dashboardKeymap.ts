// The dashboard's keys: one table drives both the handler and the footer. While "End the class?"
// is asked only y, n and Esc act, so a stray key cannot scroll the screen away from the question.
import { type Keymap, on } from '../../shell/keymap.js';
import type { Key } from '../../shell/keys.js';
import { type DashboardAction, type DashboardState, paneLength } from './dashboardModel.js';
import { stepsShown } from './dashboardView.js';

const asking = (s: DashboardState) => s.confirmEnd;
const running = (s: DashboardState) => !s.confirmEnd && !s.ended;
const esc = (_input: string, key: Key) => key.escape;
const PAGE = 10;

export const dashboardKeymap: Keymap<DashboardState, DashboardAction> = [
  // q twice ends too: q is how every screen quits, so it must not be left to the shell here.
  { keys: 'y/q', label: 'end the class', match: on.char('yYq'), action: { kind: 'end' }, when: asking },
  { keys: 'n', label: 'keep it running', match: on.char('nN'), action: { kind: 'keep-running' }, when: asking },
  { keys: 'Esc', label: 'keep it running', match: esc, action: { kind: 'keep-running' }, when: asking, footer: false },
  {
    keys: '↑↓',
    label: 'scroll',
    match: (input, key) => on.up(input, key) || on.down(input, key),
    action: (_s, input, key) => ({ kind: 'scroll', by: on.up(input, key) ? -1 : 1 }),
    when: (s) => running(s) && paneLength(s) > 1,
  },
  {
    keys: 'PgUp/PgDn',
    label: 'page',
    match: (input, key) => on.pageUp(input, key) || on.pageDown(input, key),
    action: (_s, input, key) => ({ kind: 'scroll', by: on.pageUp(input, key) ? -PAGE : PAGE }),
    when: (s) => running(s) && paneLength(s) > 1,
    footer: false,
  },
  {
    keys: 'g/G',
    label: 'first / last',
    match: (input, key) => on.first(input, key) || on.last(input, key),
    action: (_s, input, key) => ({ kind: 'scroll-to', end: on.first(input, key) ? 'first' : 'last' }),
    when: (s) => running(s) && paneLength(s) > 1,
    footer: false,
  },
  {
    keys: '←→',
    label: 'steps',
    match: (input, key) => on.left(input, key) || on.right(input, key),
    action: (_s, input, key) => ({ kind: 'pan', by: on.left(input, key) ? -1 : 1 }),
    when: (s) => running(s) && s.pane === 'grid' && stepsShown(s).count < s.view.steps.length,
  },
  {
    keys: 'Tab',
    label: (s) => (s.pane === 'grid' ? 'questions' : 'grid'),
    match: on.tab,
    action: { kind: 'pane' },
    when: running,
  },
  {
    keys: 't',
    label: (s) => (s.showToken ? 'hide token' : 'show token'),
    match: on.char('t'),
    action: { kind: 'token' },
    when: running,
  },
  { keys: 'q', label: 'end class', match: on.char('q'), action: { kind: 'ask-end' }, when: running },
];
