// Exam keys: one table from which both the key handler and the footer hints are built.
import { type Binding, type Keymap, on } from '../../shell/keymap.js';
import { isBack } from '../../shell/keys.js';
import { confirmBindings } from '../../widgets/confirm/index.js';
import { optionForKey } from './choiceKeys.js';
import type { ExamModel, ExamScreenAction } from './examModel.js';

/** The exam keeps f for flagging, so option F is picked with 6 or the cursor. */
export const RESERVED = new Set(['f']);

export interface ExamKeyEnv {
  now(): number;
  /** Cells per row of the review grid as drawn. */
  columns: number;
  /** "1-4/a-e" for the options on screen. */
  optionKeys: string;
}

type B = Binding<ExamModel, ExamScreenAction>;
export const asking = (m: ExamModel) =>
  m.mode === 'confirm-submit' || m.mode === 'confirm-quit' || m.mode === 'confirm-back';
const inQuestion = (m: ExamModel) => m.mode === 'question';
const inGrid = (m: ExamModel) => m.mode === 'grid';
const multiple = (m: ExamModel) => m.answer.multiple;

export function examKeymap(env: ExamKeyEnv): Keymap<ExamModel, ExamScreenAction> {
  const now = env.now;
  const question: B[] = [
    {
      keys: '↑↓',
      label: 'move',
      when: inQuestion,
      match: on.up,
      action: () => ({ type: 'answer', action: { type: 'move', by: -1 }, now: now() }),
    },
    {
      keys: '↑↓',
      label: 'move',
      when: inQuestion,
      match: on.down,
      action: () => ({ type: 'answer', action: { type: 'move', by: 1 }, now: now() }),
    },
    {
      keys: 'PgUp/PgDn',
      label: 'scroll',
      footer: false,
      when: inQuestion,
      match: (i, k) => on.pageUp(i, k) || on.pageDown(i, k),
      action: (_m, _i, k) => ({ type: 'view', how: k.pageUp ? 'page-up' : 'page-down' }),
    },
    {
      keys: 'Space',
      label: (m) => (multiple(m) ? 'toggle' : 'choose'),
      when: inQuestion,
      match: on.space,
      action: () => ({ type: 'answer', action: { type: 'toggle' }, now: now() }),
    },
    {
      keys: 'Enter',
      label: 'confirm, next',
      when: inQuestion,
      match: on.enter,
      action: () => ({ type: 'answer', action: { type: 'confirm' }, now: now() }),
    },
    {
      keys: '←→',
      label: 'prev/next',
      when: inQuestion,
      match: (i, k) => k.rightArrow || i === 'n',
      action: () => ({ type: 'next', now: now() }),
    },
    {
      keys: '←→',
      label: 'prev/next',
      when: inQuestion,
      match: (i, k) => k.leftArrow || i === 'p',
      action: () => ({ type: 'prev', now: now() }),
    },
    { keys: 'f', label: 'flag', when: inQuestion, match: on.char('f'), action: () => ({ type: 'flag', now: now() }) },
    { keys: 'r', label: 'review', when: inQuestion, match: on.char('r'), action: { type: 'grid', open: true } },
    {
      keys: 'x',
      label: 'clear',
      footer: false,
      when: inQuestion,
      match: on.char('x'),
      action: () => ({ type: 'clear', now: now() }),
    },
    {
      keys: env.optionKeys,
      label: (m) => (multiple(m) ? 'toggle' : 'choose'),
      when: inQuestion,
      match: (input, key) => !key.ctrl && !key.meta && input.length === 1,
      action: (m, input) => {
        const position = optionForKey(input, m.answer.optionCount, RESERVED);
        return position === null ? undefined : { type: 'answer', action: { type: 'choose', position }, now: now() };
      },
    },
  ];
  const gridMove = (keys: string, match: B['match'], by: (m: ExamModel) => number): B => ({
    keys,
    label: 'move',
    when: inGrid,
    match,
    action: (m) => ({ type: 'grid-move', by: by(m) }),
  });
  const grid: B[] = [
    gridMove('↑↓←→', on.left, () => -1),
    gridMove('↑↓←→', on.right, () => 1),
    gridMove('↑↓←→', on.up, () => -env.columns),
    gridMove('↑↓←→', on.down, () => env.columns),
    gridMove('g/G', on.first, (m) => -m.exam.items.length),
    gridMove('g/G', on.last, (m) => m.exam.items.length),
    { keys: 'Enter', label: 'go to', when: inGrid, match: on.enter, action: () => ({ type: 'grid-open', now: now() }) },
    { keys: 'S', label: 'submit', when: inGrid, match: on.char('sS'), action: { type: 'ask', mode: 'confirm-submit' } },
    {
      keys: 'f',
      label: 'flag',
      when: inGrid,
      match: on.char('f'),
      action: () => ({ type: 'flag', grid: true, now: now() }),
    },
    {
      keys: 'r',
      label: 'close',
      when: inGrid,
      match: (i, k) => i === 'r' || isBack(i, k),
      action: { type: 'grid', open: false },
    },
  ];
  return [
    ...confirmBindings<ExamModel, ExamScreenAction>({
      when: asking,
      yes: 'yes',
      no: 'no',
      answer: (yes) => ({ type: 'reply', yes, now: now() }),
    }),
    // Esc and Backspace would otherwise pop the screen: leaving a running exam always asks.
    {
      keys: 'q',
      label: 'leave',
      footer: false,
      when: (m) => !asking(m),
      match: on.char('q'),
      action: { type: 'ask', mode: 'confirm-quit' },
    },
    ...grid,
    {
      keys: 'Esc',
      label: 'leave',
      footer: false,
      when: inQuestion,
      match: isBack,
      action: { type: 'ask', mode: 'confirm-back' },
    },
    ...question,
  ];
}
