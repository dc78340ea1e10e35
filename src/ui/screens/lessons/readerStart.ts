// Pure facts the reader starts from: where a lesson opens and the check questions it asks.
import type { LessonProgressPort } from '../../../app/index.js';
import type { Lesson, Question } from '../../../content/index.js';

/** Where a lesson opens: the saved place, unless it was finished there (then from the top). */
export function startingPoint(
  lesson: Lesson,
  progress: LessonProgressPort,
  section: number | undefined,
): { section: number; scroll: number } {
  // A search hit or a bookmark names its section: open there, at its top.
  if (section !== undefined) return { section: Math.min(Math.max(0, section), lesson.sections.length - 1), scroll: 0 };
  const entry = progress.get(lesson.id);
  if (entry === undefined) return { section: 0, scroll: 0 };
  const last = lesson.sections.length - 1;
  if (entry.completed && entry.section >= last) return { section: 0, scroll: 0 };
  return { section: Math.min(Math.max(0, entry.section), last), scroll: Math.max(0, entry.scroll) };
}

/** The lesson's check-yourself questions by id. */
export function lessonQuestions(lesson: Lesson): Map<string, Question> {
  const byId = new Map<string, Question>();
  for (const section of lesson.sections) {
    for (const block of section.blocks) if (block.kind === 'check') byId.set(block.question.id, block.question);
  }
  return byId;
}
