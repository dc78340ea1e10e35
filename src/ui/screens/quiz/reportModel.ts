// The exam report's review as a pure model (issue #16): the score summary, then the questions the
// active filter shows (all / wrong / flagged / unanswered, from src/quiz/mistakes.ts). `f` cycles
// the filter and 1-4 pick one; n/p jump between the questions shown. Read-only: used right after
// an exam and for a past exam reopened from Progress → Scores.
import { REPORT_FILTERS, type ReportFilter } from '../../../quiz/index.js';
import type { Keymap } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';

export interface ReportState {
  filter: ReportFilter;
  /** First row shown. */
  offset: number;
}

export type ReportAction =
  | { type: 'scroll'; by: number }
  | { type: 'page'; by: number }
  | { type: 'to'; where: 'first' | 'last' }
  | { type: 'jump'; by: 1 | -1 }
  | { type: 'filter'; filter: ReportFilter | 'next' };

/** The layout of the report under a filter: where each question shown starts, and where the review begins. */
export interface ReportLayout {
  rows: number;
  starts: number[];
  reviewAt: number;
}

export interface ReportEnv {
  /** Laid out per filter, so a key after `f` in the same read jumps in the new layout. */
  layout(filter: ReportFilter): ReportLayout;
  /** Rows in the window. */
  height: number;
}

export const reportStart: ReportState = { filter: 'all', offset: 0 };

/** The largest first row: the window shows `height - 1` rows and a "more" row when it overflows. */
const maxOffset = (rows: number, height: number) => (rows > height ? Math.max(0, rows - Math.max(1, height - 1)) : 0);
const clamp = (n: number, max: number) => Math.min(Math.max(0, n), max);

export function nextFilter(filter: ReportFilter): ReportFilter {
  return REPORT_FILTERS[(REPORT_FILTERS.indexOf(filter) + 1) % REPORT_FILTERS.length]!;
}

export function reportReduce(env: ReportEnv) {
  return (state: ReportState, action: ReportAction): ReportState => {
    const layout = env.layout(state.filter);
    const max = maxOffset(layout.rows, env.height);
    switch (action.type) {
      case 'scroll':
        return { ...state, offset: clamp(state.offset + action.by, max) };
      case 'page':
        return { ...state, offset: clamp(state.offset + action.by * Math.max(1, env.height - 2), max) };
      case 'to':
        return { ...state, offset: action.where === 'first' ? 0 : max };
      case 'jump': {
        const at = Math.min(state.offset, max);
        const target =
          action.by > 0 ? layout.starts.find((s) => s > at) : [...layout.starts].reverse().find((s) => s < at);
        return target === undefined ? state : { ...state, offset: clamp(target, max) };
      }
      case 'filter': {
        const filter = action.filter === 'next' ? nextFilter(state.filter) : action.filter;
        if (filter === state.filter) return state;
        // Land on the review heading, so the change of filter is in view.
        const next = env.layout(filter);
        return { filter, offset: clamp(next.reviewAt, maxOffset(next.rows, env.height)) };
      }
    }
  };
}

const digitFilter = (input: string): ReportFilter | undefined => REPORT_FILTERS[Number(input) - 1];

export function reportKeymap(): Keymap<ReportState, ReportAction> {
  // The filter keys first: the footer is cut at 60 columns and they are what this screen adds.
  return [
    {
      keys: 'f',
      label: (s) => `show ${nextFilter(s.filter)}`,
      match: on.char('f'),
      action: { type: 'filter', filter: 'next' },
    },
    {
      keys: '1-4',
      label: 'all/wrong/flagged/unanswered',
      match: on.char('1234'),
      action: (_s, input) => {
        const filter = digitFilter(input);
        return filter === undefined ? undefined : { type: 'filter', filter };
      },
      footer: false,
    },
    { keys: '↑↓', label: 'scroll', match: on.up, action: { type: 'scroll', by: -1 } },
    { keys: '↑↓', label: 'scroll', match: on.down, action: { type: 'scroll', by: 1 } },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageUp, action: { type: 'page', by: -1 } },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageDown, action: { type: 'page', by: 1 } },
    { keys: 'g/G', label: 'top/end', match: on.first, action: { type: 'to', where: 'first' }, footer: false },
    { keys: 'g/G', label: 'top/end', match: on.last, action: { type: 'to', where: 'last' }, footer: false },
    { keys: 'n/p', label: 'next/prev question', match: on.char('n'), action: { type: 'jump', by: 1 } },
    { keys: 'n/p', label: 'next/prev question', match: on.char('p'), action: { type: 'jump', by: -1 } },
  ];
}
