// Which check-yourself questions of a lesson are still unanswered. A lesson counts as complete
// only when every check has an answer (right or wrong: r retries a wrong one), so skipping them
// no longer completes it (UX review, item 10). Lessons completed before keep their completion.
import type { Lesson } from '../../../content/index.js';

export function lessonCheckIds(lesson: Lesson): string[] {
  return lesson.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'check' ? [block.question.id] : [])),
  );
}

export function unansweredChecks(lesson: Lesson, answered: (checkId: string) => boolean): string[] {
  return lessonCheckIds(lesson).filter((id) => !answered(id));
}
