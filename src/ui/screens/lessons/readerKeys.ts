// The lesson reader's keys away from the component: reading, the section jump list, link
// targets and the footer hints (a focused check's come from checkKeymap).
import type { InternalLinkKind } from '../../markdown/index.js';
import type { Hint, Key } from '../../shell/keys.js';
import { isDown, isUp } from '../../shell/keys.js';
import { hintsFor as keymapHints } from '../../shell/keymap.js';
import type { Route } from '../../shell/routes.js';
import { checkKeymap } from './checkKeymap.js';
import type { LessonData } from './lessonStore.js';
import type { ReaderAction, ReaderState } from './readerModel.js';

export function readingAction(input: string, key: Key): ReaderAction | undefined {
  if (isUp(input, key)) return { type: 'scroll', by: -1 };
  if (isDown(input, key)) return { type: 'scroll', by: 1 };
  if (key.pageDown || input === ' ') return { type: 'page', by: 1 };
  // b bookmarks the section now (readerExtras.ts); PgUp pages back.
  if (key.pageUp) return { type: 'page', by: -1 };
  if (input === 'g' || key.home) return { type: 'top' };
  if (input === 'G' || key.end) return { type: 'bottom' };
  if (key.rightArrow || input === 'n') return { type: 'section', by: 1 };
  if (key.leftArrow || input === 'p') return { type: 'section', by: -1 };
  if (input === 's') return { type: 'jumpOpen' };
  if (input === 'r') return { type: 'retry' };
  return undefined;
}

export function jumpKeys(input: string, key: Key, dispatch: (action: ReaderAction) => void): boolean {
  if (isUp(input, key)) dispatch({ type: 'jumpMove', by: -1 });
  else if (isDown(input, key)) dispatch({ type: 'jumpMove', by: 1 });
  else if (input === 'g' || key.home) dispatch({ type: 'jumpMove', by: -1000 });
  else if (input === 'G' || key.end) dispatch({ type: 'jumpMove', by: 1000 });
  else if (key.return) dispatch({ type: 'jumpTo' });
  else if (/^[1-9]$/.test(input)) dispatch({ type: 'jumpTo', section: Number(input) - 1 });
  else if (key.escape || key.backspace || input === 's') dispatch({ type: 'jumpClose' });
  else return false;
  return true;
}

/** Where each kind of internal link leads; the switch is exhaustive over InternalLinkKind. */
export function linkRoute(kind: InternalLinkKind, target: string, data: LessonData): Route {
  switch (kind) {
    case 'sandbox':
      return { name: 'sandbox', params: { scenario: target } };
    case 'quiz':
      return { name: 'quiz', params: { questionId: target } };
    case 'lesson': {
      const title = data.lessons.find((lesson) => lesson.id === target)?.title;
      return { name: 'lesson', params: title === undefined ? { id: target } : { id: target, title } };
    }
  }
}

export function hintsFor(
  state: ReaderState,
  onLink: boolean,
  onCheck: boolean,
  end: { next: boolean; sandbox: boolean },
): Hint[] {
  if (state.jump !== null)
    return [
      { keys: '↑↓', label: 'move' },
      { keys: 'Enter', label: 'go' },
      { keys: '1-9', label: 'section' },
    ];
  if (onCheck) return [...keymapHints(checkKeymap, state), { keys: 'Tab', label: 'next' }];
  if (onLink)
    return [
      { keys: 'Enter', label: 'open link' },
      { keys: 'Tab', label: 'next' },
    ];
  const atEnd: Hint[] = [
    ...(end.next ? [{ keys: 'Enter', label: 'next lesson' }] : []),
    ...(end.sandbox ? [{ keys: 't', label: 'sandbox' }] : []),
  ];
  return [
    ...atEnd,
    { keys: '↑↓', label: 'scroll' },
    { keys: '←→', label: 'section' },
    { keys: 'Space', label: 'page' },
    { keys: 's', label: 'jump' },
    { keys: 'Tab', label: 'links' },
  ];
}
