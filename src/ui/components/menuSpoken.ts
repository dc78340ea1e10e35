// A menu row in words, for screen-reader mode. Kept apart from Menu.tsx so it moves with the
// cursor-list widget that replaces Menu: the row's marks (✓ finished, ◐ started) become words,
// and Ink's aria-state adds "(selected)" in front of the row under the cursor.
import type { MenuItem } from './Menu.js';

/** The meaning of the leading marks screens put on menu rows (» marks "Continue", already a word). */
const markWords: Record<string, string> = { '✓': 'finished', '◐': 'started', '»': '' };

/** "Lessons, 2/9 done" or "Trust policies, finished, 12 min". */
export function menuRowText(item: Pick<MenuItem, 'label' | 'detail' | 'mark'>): string {
  const mark = item.mark?.trim() ?? '';
  const parts = [item.label, mark === '' ? '' : (markWords[mark] ?? mark), item.detail ?? ''];
  // Lists pad labels and details into columns; a listener gets single spaces.
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(', ');
}
