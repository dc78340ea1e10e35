// The exam-date text field as a pure function of (text, key), so the screen stays a view.
import type { Key } from '../../shell/keys.js';

export const DATE_LENGTH = 10; // YYYY-MM-DD

export type FieldAction = 'edit' | 'save' | 'cancel' | 'ignore';

export function dateFieldKey(text: string, input: string, key: Key): { text: string; action: FieldAction } {
  if (key.return) return { text, action: 'save' };
  if (key.escape) return { text, action: 'cancel' };
  if (key.backspace || key.delete) return { text: text.slice(0, -1), action: 'edit' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) {
    return { text, action: 'ignore' };
  }
  // Typed or pasted: keep digits and dashes (a paste like "2026-12-31\n" arrives whole).
  const kept = input.replace(/[^0-9-]/g, '');
  if (kept === '') return { text, action: 'ignore' };
  return { text: (text + kept).slice(0, DATE_LENGTH), action: 'edit' };
}
