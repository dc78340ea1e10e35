// A list row in words, for screen-reader mode: the row's marks (✓ finished, ◐ started, ▸ next)
// become words and column padding collapses to single spaces; Ink's aria-state adds "(selected)"
// in front of the row under the cursor.
import type { ListItem } from './ListView.js';

/** The meaning of the leading marks screens put on rows (» marks "Continue", already a word). */
const markWords: Record<string, string> = { '✓': 'finished', '◐': 'started', '▸': 'next', '»': '' };

/** "Lessons, 2/9 done" or "Trust policies, finished, 12 min". */
export function listRowText(item: Pick<ListItem, 'label' | 'detail' | 'mark' | 'spoken'>): string {
  if (item.spoken !== undefined) return item.spoken;
  const mark = item.mark?.trim() ?? '';
  const parts = [item.label, mark === '' ? '' : (markWords[mark] ?? mark), item.detail ?? ''];
  // Lists pad labels and details into columns; a listener gets single spaces.
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(', ');
}
