// Practice keys: one table from which both the key handler and the footer hints are built.
import { type FeedbackSize, feedbackHasMoreBelow } from '../../../quiz/index.js';
import { type Binding, type Keymap, on } from '../../shell/keymap.js';
import { isBack, type Key } from '../../shell/keys.js';
import { optionForKey } from './choiceKeys.js';
import type { PracticeAction, PracticeModel } from './practiceModel.js';

export interface PracticeKeyEnv {
  now(): number;
  /** The feedback's size in the last drawn layout. */
  feedbackSize(model: PracticeModel): FeedbackSize;
  instant: boolean;
  doneLabel: string;
  /** "1-4/a-d" for the options on screen. */
  optionKeys: string;
  /** Whether the session had a wrong answer (the summary then offers "Review mistakes"). */
  missed(model: PracticeModel): boolean;
}

type B = Binding<PracticeModel, PracticeAction>;
const asking = (m: PracticeModel) => m.phase === 'question';
const reviewing = (m: PracticeModel) => m.phase === 'feedback';
const summing = (m: PracticeModel) => m.phase === 'summary';
const multiple = (m: PracticeModel) => m.answer.multiple;
const back = (input: string, key: Key) => isBack(input, key);

/** Scroll keys for the feedback (in the answer model) and the summary (in the screen's scroll). */
function scrollBindings(env: PracticeKeyEnv): B[] {
  const keys = [
    { keys: '↑↓', match: (i: string, k: Key) => on.up(i, k), to: 'line-up' as const },
    { keys: '↑↓', match: (i: string, k: Key) => on.down(i, k), to: 'line-down' as const },
    { keys: 'PgUp/PgDn', match: on.pageUp, to: 'page-up' as const },
    { keys: 'PgUp/PgDn', match: (i: string, k: Key) => on.pageDown(i, k) || i === ' ', to: 'page-down' as const },
    { keys: 'g/G', match: on.first, to: 'top' as const },
    { keys: 'g/G', match: on.last, to: 'bottom' as const },
  ];
  const action =
    (to: (typeof keys)[number]['to']) =>
    (m: PracticeModel): PracticeAction =>
      m.phase === 'feedback'
        ? { type: 'answer', action: { type: 'scroll', to, size: env.feedbackSize(m) } }
        : { type: 'view', how: to };
  // Feedback longer than its region (the last option's note and the documentation link are often
  // below at 80x24, while Enter already moves on): the footer then names the page keys.
  const overflows = (m: PracticeModel) => {
    if (m.phase !== 'feedback') return false;
    const size = env.feedbackSize(m);
    return size.total > size.height;
  };
  const pages = keys
    .filter(({ keys }) => keys === 'PgUp/PgDn')
    .map(({ keys, match, to }): B => ({ keys, label: 'scroll', when: overflows, match, action: action(to) }));
  const quiet = keys.map(
    ({ keys, match, to }): B => ({
      keys,
      label: 'scroll',
      footer: false,
      match,
      when: (m: PracticeModel) => m.phase !== 'question',
      action: action(to),
    }),
  );
  return [...pages, ...quiet];
}

export function practiceKeymap(env: PracticeKeyEnv): Keymap<PracticeModel, PracticeAction> {
  const last = (m: PracticeModel) => m.session.current + 1 >= m.session.items.length;
  const moreBelow = (m: PracticeModel) => feedbackHasMoreBelow(m.answer, env.feedbackSize(m));
  return [
    {
      keys: '↑↓',
      label: 'move',
      when: asking,
      match: on.up,
      action: { type: 'answer', action: { type: 'move', by: -1 } },
    },
    {
      keys: '↑↓',
      label: 'move',
      when: asking,
      match: on.down,
      action: { type: 'answer', action: { type: 'move', by: 1 } },
    },
    {
      keys: 'PgUp/PgDn',
      label: 'scroll',
      footer: false,
      when: asking,
      match: (i, k) => on.pageUp(i, k) || on.pageDown(i, k),
      action: (_m, _i, k) => ({ type: 'view', how: k.pageUp ? 'page-up' : 'page-down' }),
    },
    {
      keys: 'Space',
      label: (m) => (multiple(m) ? 'toggle' : 'choose'),
      when: asking,
      match: on.space,
      action: { type: 'answer', action: { type: 'toggle' } },
    },
    {
      keys: 'Enter',
      label: (m) => (multiple(m) ? 'submit' : 'answer'),
      when: asking,
      match: on.enter,
      action: { type: 'answer', action: { type: 'confirm' } },
    },
    {
      keys: env.optionKeys,
      label: (m) => (multiple(m) ? 'toggle' : env.instant ? 'answer' : 'choose'),
      when: asking,
      match: (input, key) => !key.ctrl && !key.meta && input.length === 1,
      action: (m, input) => {
        const position = optionForKey(input, m.answer.optionCount);
        return position === null ? undefined : { type: 'answer', action: { type: 'choose', position } };
      },
    },
    {
      keys: 'b',
      label: 'bookmark',
      footer: false,
      when: reviewing,
      match: on.char('b'),
      action: { type: 'bookmark' },
    },
    { keys: 's', label: 'skip', when: asking, match: on.char('s'), action: () => ({ type: 'skip', now: env.now() }) },
    {
      keys: 'Enter',
      label: (m) => (moreBelow(m) ? 'more below' : last(m) ? 'see your score' : 'next'),
      when: reviewing,
      match: on.enter,
      action: (m) =>
        moreBelow(m)
          ? { type: 'answer', action: { type: 'scroll', to: 'page-down', size: env.feedbackSize(m) } }
          : { type: 'next', now: env.now() },
    },
    {
      keys: 'n/→',
      label: 'next',
      footer: false,
      when: reviewing,
      match: (i, k) => i === 'n' || k.rightArrow,
      action: () => ({ type: 'next', now: env.now() }),
    },
    ...scrollBindings(env),
    { keys: 'Enter', label: env.doneLabel, when: summing, match: on.enter, action: { type: 'done' } },
    {
      keys: 'm',
      label: 'review mistakes',
      when: (m) => summing(m) && env.missed(m),
      match: on.char('m'),
      action: { type: 'review-mistakes' },
    },
    {
      keys: 'Esc',
      label: 'end session',
      footer: false,
      when: (m) => !summing(m),
      match: back,
      action: () => ({ type: 'finish', now: env.now() }),
    },
  ];
}
