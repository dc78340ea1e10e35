// The reader's study keys beside reading: b bookmarks the section on screen, w lists the glossary
// terms the section uses (opening the Glossary at them). Pure helpers; the screen wires them.
import { findGlossaryTerms, type GlossaryTerm, type Lesson } from '../../../content/index.js';
import type { Hint } from '../../shell/keys.js';

/** Glossary term ids used in a section's text, in order of first use. */
export function sectionTermIds(lesson: Lesson, section: number, terms: readonly GlossaryTerm[]): string[] {
  const text = (lesson.sections[section]?.blocks ?? [])
    .map((block) => (block.kind === 'markdown' ? block.text : block.question.stem))
    .join('\n');
  return [...new Set(findGlossaryTerms(text, terms).map((match) => match.termId))];
}

export function extraHints(bookmarked: boolean, termCount: number): Hint[] {
  return [
    { keys: 'b', label: bookmarked ? 'unmark' : 'bookmark' },
    ...(termCount > 0 ? [{ keys: 'w', label: `${termCount} ${termCount === 1 ? 'term' : 'terms'}` }] : []),
  ];
}
