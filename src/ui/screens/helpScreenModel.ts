import type { Keymap } from '../shell/keymap.js';
import { on } from '../shell/keymap.js';

/** The Help screen scrolls its text; nothing else changes. */
export interface HelpScreenState {
  offset: number;
}

export type HelpScreenAction =
  | { type: 'by'; lines: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'to'; line: number };

/** The last layout: how far the text can scroll and how many rows a page is. */
export interface HelpScreenEnv {
  maxStart: number;
  rows: number;
}

export function helpScreenReduce(env: HelpScreenEnv) {
  const clamp = (offset: number) => Math.min(Math.max(0, offset), env.maxStart);
  return (state: HelpScreenState, action: HelpScreenAction): HelpScreenState => {
    const from = clamp(state.offset);
    const offset =
      action.type === 'by'
        ? clamp(from + action.lines)
        : action.type === 'page'
          ? clamp(from + action.direction * Math.max(1, env.rows - 1))
          : clamp(action.line);
    return offset === state.offset ? state : { offset };
  };
}

export function helpScreenKeymap(env: HelpScreenEnv): Keymap<HelpScreenState, HelpScreenAction> {
  // Only offered when the text is taller than the screen: otherwise nothing moves.
  const scrolls = () => env.maxStart > 0;
  return [
    { keys: '↑↓', label: 'scroll', match: on.up, action: { type: 'by', lines: -1 }, when: scrolls },
    { keys: '↑↓', label: 'scroll', match: on.down, action: { type: 'by', lines: 1 }, when: scrolls },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      match: on.pageUp,
      action: { type: 'page', direction: -1 },
      when: scrolls,
      footer: false,
    },
    {
      keys: 'PgUp/PgDn',
      label: 'page',
      match: (input, key) => key.pageDown || input === ' ',
      action: { type: 'page', direction: 1 },
      when: scrolls,
      footer: false,
    },
    { keys: 'g/G', label: 'top/end', match: on.first, action: { type: 'to', line: 0 }, when: scrolls, footer: false },
    {
      keys: 'g/G',
      label: 'top/end',
      match: on.last,
      action: { type: 'to', line: Number.MAX_SAFE_INTEGER },
      when: scrolls,
      footer: false,
    },
  ];
}
