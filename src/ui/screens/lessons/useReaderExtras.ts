import { useReducer } from 'react';
import type { Lesson } from '../../../content/index.js';
import { isBookmarked } from '../../../progress/index.js';
import { useAppData } from '../../data/TutorContext.js';
import type { Hint } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';
import { extraHints, termCount, termsRoute } from './readerExtras.js';

/**
 * b (bookmark the section) and w (its glossary terms) for the reader; see readerExtras.ts. The
 * terms are the ones the section view marked, so w lists exactly what is underlined.
 */
export function useReaderExtras(lesson: Lesson, follow: (route: Route) => void) {
  const state = useAppData();
  const client = state.status === 'ready' ? state.data.client : null;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const target = (section: number) => ({ kind: 'lesson' as const, lessonId: lesson.id, section });
  const marked = (section: number) => client !== null && isBookmarked(client.current(), target(section));
  return {
    marked,
    /** The progress line's note: ★ when bookmarked, then the title, then "w: 3 terms". */
    note: (section: number, title: string, terms: number): string =>
      `${marked(section) ? '★ ' : ''}${title}${terms === 0 ? '' : `  w: ${termCount(terms)}`}`,
    /** The same note for a screen reader: "Trust policies, bookmarked. w lists 3 glossary terms." */
    spokenNote: (section: number, title: string, terms: number): string =>
      `${title}${marked(section) ? ', bookmarked' : ''}.${terms === 0 ? '' : ` w lists ${termCount(terms)} from the glossary.`}`,
    hints: (section: number, terms: number): Hint[] => (client === null ? [] : extraHints(marked(section), terms)),
    /** True when the key was b or w and acted. */
    handle: (input: string, section: number, terms: readonly string[]): boolean => {
      if (input === 'b' && client !== null) {
        client.toggleBookmark(target(section));
        rerender();
        return true;
      }
      if (input === 'w' && terms.length > 0) {
        follow(termsRoute(lesson, section, terms));
        return true;
      }
      return false;
    },
  };
}
