import { useMemo, useReducer } from 'react';
import type { Lesson } from '../../../content/index.js';
import { isBookmarked } from '../../../progress/index.js';
import { useAppData } from '../../data/TutorContext.js';
import type { Hint } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';
import { builtinGlossary } from '../search/searchData.js';
import { extraHints, sectionTermIds } from './readerExtras.js';

/** b (bookmark the section) and w (its glossary terms) for the reader; see readerExtras.ts. */
export function useReaderExtras(lesson: Lesson, follow: (route: Route) => void) {
  const state = useAppData();
  const client = state.status === 'ready' ? state.data.client : null;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const terms = useMemo(() => lesson.sections.map((_, i) => sectionTermIds(lesson, i, builtinGlossary())), [lesson]);
  const target = (section: number) => ({ kind: 'lesson' as const, lessonId: lesson.id, section });
  const marked = (section: number) => client !== null && isBookmarked(client.current(), target(section));
  return {
    marked,
    /** The progress line's note: ★ when bookmarked, then the title, then "w: 3 terms". */
    note: (section: number, title: string): string => {
      const count = terms[section]?.length ?? 0;
      const words = count === 0 ? '' : `  w: ${count} ${count === 1 ? 'term' : 'terms'}`;
      return `${marked(section) ? '★ ' : ''}${title}${words}`;
    },
    hints: (section: number): Hint[] =>
      client === null ? [] : extraHints(marked(section), terms[section]?.length ?? 0),
    /** True when the key was b or w and acted. */
    handle: (input: string, section: number): boolean => {
      if (input === 'b' && client !== null) {
        client.toggleBookmark(target(section));
        rerender();
        return true;
      }
      const ids = terms[section] ?? [];
      if (input === 'w' && ids.length > 0) {
        const title = lesson.sections[section]?.title ?? lesson.title;
        follow({ name: 'glossary', params: { only: ids, heading: `Terms in “${title}”` } });
        return true;
      }
      return false;
    },
  };
}
