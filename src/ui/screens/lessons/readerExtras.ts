// The reader's study keys beside reading: b bookmarks the section on screen, w lists the glossary
// terms the section uses (the Glossary, showing just those; Enter there opens the whole of it).
// Pure helpers; the screen wires them.
import type { Lesson } from '../../../content/index.js';
import type { Hint } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';

export const termCount = (count: number): string => `${count} ${count === 1 ? 'term' : 'terms'}`;

export function extraHints(bookmarked: boolean, terms: number): Hint[] {
  return [
    { keys: 'b', label: bookmarked ? 'unmark' : 'bookmark' },
    ...(terms > 0 ? [{ keys: 'w', label: termCount(terms) }] : []),
  ];
}

/** The Glossary listing a section's terms (ids as the section view marked them, in reading order). */
export function termsRoute(lesson: Lesson, section: number, terms: readonly string[]): Route {
  const title = lesson.sections[section]?.title ?? lesson.title;
  return { name: 'glossary', params: { only: [...terms], heading: `Terms in “${title}”` } };
}
