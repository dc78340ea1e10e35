import type { Scroll } from '../../widgets/scroll-view/index.js';
import { isDown, isUp, type Key } from '../../shell/keys.js';

/** Scrolling keys shared by the practice summary and the exam result: lines, pages, top and bottom. */
export function scrollKey(scroll: Scroll, input: string, key: Key, spacePages = true): boolean {
  if (isUp(input, key)) scroll.by(-1);
  else if (isDown(input, key)) scroll.by(1);
  else if (key.pageUp) scroll.page(-1);
  else if (key.pageDown || (spacePages && input === ' ')) scroll.page(1);
  else if (input === 'g' || key.home) scroll.toTop();
  else if (input === 'G' || key.end) scroll.toBottom();
  else return false;
  return true;
}

/** The same moves by name, for screens whose keymap sends them as actions. */
export function scrollBy(
  scroll: Scroll,
  how: 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'top' | 'bottom',
): void {
  if (how === 'line-up') scroll.by(-1);
  else if (how === 'line-down') scroll.by(1);
  else if (how === 'page-up') scroll.page(-1);
  else if (how === 'page-down') scroll.page(1);
  else if (how === 'top') scroll.toTop();
  else scroll.toBottom();
}
