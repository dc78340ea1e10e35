// The Progress screen's decisions, pure: which tab a key selects, which settings row does what,
// and the footer hints. ProgressScreen.tsx only wires them to state and the store.
import type { ProgressData as StoredProgress } from '../../../progress/index.js';
import type { Key } from '../../shell/keys.js';
import type { TextField } from '../../widgets/text-field/index.js';
import type { SettingsView } from './SettingsTab.js';

export const TABS = ['Overview', 'Topics', 'Scores', 'Settings', 'Plan'] as const;
export const TOPICS = 1;
export const SCORES = 2;
export const SETTINGS = 3;
export const PLAN = 4;

/** The tab a key moves to, or undefined when the key is not a tab key. */
export function tabAfterKey(tab: number, input: string, key: Key): number | undefined {
  const n = TABS.length;
  if (key.tab || key.rightArrow || input === 'l') return key.shift ? (tab + n - 1) % n : (tab + 1) % n;
  if (key.leftArrow || input === 'h') return (tab + n - 1) % n;
  if (/^[1-9]$/.test(input) && Number(input) <= n) return Number(input) - 1;
  return undefined;
}

type Settings = StoredProgress['settings'];
/** What the store is asked to do; the screen calls the client with it. */
export type SettingsChange = { color: 'auto' | 'never' } | { instantAnswers: boolean };

/** Enter on a toggle row (colours, instant answers): the change and the line that confirms it. */
export function settingsToggle(
  cursor: number,
  settings: Settings,
): { change: SettingsChange; done: string } | undefined {
  if (cursor === 1) {
    const next = settings.color === 'never' ? 'auto' : 'never';
    return { change: { color: next }, done: `Colours: ${next}. This takes effect the next time iam-tutor starts.` };
  }
  if (cursor === 2) {
    const on = settings.instantAnswers !== true;
    return {
      change: { instantAnswers: on },
      done: on
        ? 'Instant answers on: a letter answers a one-answer question.'
        : 'Instant answers off: a letter chooses, Enter confirms.',
    };
  }
  return undefined;
}

/** The exam date typed in the field; blank clears it. */
export function examDateOf(typed: string): string | undefined {
  const value = typed.trim();
  return value === '' ? undefined : value;
}

export function settingsView(cursor: number, path: string, settings: Settings, draft?: TextField): SettingsView {
  return {
    cursor,
    path,
    ...(settings.examDate !== undefined ? { examDate: settings.examDate } : {}),
    ...(settings.color !== undefined ? { color: settings.color } : {}),
    instantAnswers: settings.instantAnswers === true,
    ...(draft !== undefined ? { draft } : {}),
  };
}

export function hintsFor(tab: number, editing: boolean, due: boolean) {
  if (editing)
    return [
      { keys: 'Enter', label: 'save' },
      { keys: 'Esc', label: 'cancel' },
    ];
  const hints = [{ keys: '←→', label: 'tabs' }];
  if (tab === TOPICS || tab === PLAN) hints.push({ keys: '↑↓', label: 'scroll' });
  if (tab === 0 && due) hints.push({ keys: 'd', label: 'due drill' });
  if (tab === SCORES) hints.push({ keys: 'e', label: 'mock exam' });
  if (tab === SCORES) hints.push({ keys: 'Enter', label: 'past exams' });
  if (tab === SETTINGS) hints.push({ keys: 'Enter', label: 'change' });
  return hints;
}
