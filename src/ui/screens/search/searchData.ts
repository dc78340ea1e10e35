// What search and the glossary read: the built-in glossary (read once, on first use, like the
// rest of the content) and one index per loaded content set; and where a hit leads.
import {
  buildSearchIndex,
  type ContentSet,
  type GlossaryTerm,
  loadBuiltinGlossary,
  type SearchIndex,
  type SearchTarget,
} from '../../../content/index.js';
import type { Route } from '../../shell/routes.js';

let glossary: readonly GlossaryTerm[] | undefined;

/** The glossary terms in file order; empty when glossary.yaml is missing or invalid. */
export function builtinGlossary(): readonly GlossaryTerm[] {
  glossary ??= loadBuiltinGlossary().terms;
  return glossary;
}

const indexes = new WeakMap<ContentSet, SearchIndex>();

/** Built once per content set (a workshop pack adds lessons and questions). */
export function contentIndex(content: ContentSet): SearchIndex {
  let index = indexes.get(content);
  if (index === undefined) {
    index = buildSearchIndex({ lessons: content.lessons, questions: content.questions, glossary: builtinGlossary() });
    indexes.set(content, index);
  }
  return index;
}

/** The screen a hit opens: the lesson at its section, the question, or the glossary entry. */
export function routeOf(target: SearchTarget, content: Pick<ContentSet, 'lessons'>): Route {
  switch (target.kind) {
    case 'lesson': {
      const title = content.lessons.find((lesson) => lesson.id === target.lessonId)?.title;
      return {
        name: 'lesson',
        params: { id: target.lessonId, section: target.section, ...(title === undefined ? {} : { title }) },
      };
    }
    case 'question':
      return { name: 'quiz', params: { questionId: target.questionId } };
    case 'glossary':
      return { name: 'glossary', params: { termId: target.termId } };
  }
}

export const kindLabel: Record<SearchTarget['kind'], string> = {
  lesson: 'Lesson',
  question: 'Question',
  glossary: 'Glossary',
};
