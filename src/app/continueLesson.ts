// The one "continue lesson" rule, shared by the home menu and the lesson list (they disagreed:
// home offered only an unfinished last lesson, the list the next unread one after a finished
// last lesson, so reopening a finished lesson hid the half-read one; issue #16). Types only.

/** What the rule needs to know of one lesson's saved progress. */
export interface LessonMark {
  completed: boolean;
  /** ISO time the lesson was last opened; the newest half-read lesson wins. */
  lastOpenedAt?: string;
}

/**
 * The lesson to offer as "Continue", in this order:
 * 1. the lesson opened last, when it is unfinished;
 * 2. else the half-read lesson (opened, not finished) opened most recently (curriculum order
 *    breaks ties), so reopening a finished lesson does not hide the one the learner was reading;
 * 3. else the first unfinished lesson after the one opened last;
 * 4. else nothing (nothing opened yet, or everything after it is finished).
 * `lessons` is in curriculum order.
 */
export function lessonToContinue<L extends { id: string }>(
  lessons: readonly L[],
  markOf: (lessonId: string) => LessonMark | undefined,
  lastLessonId: string | undefined,
): L | undefined {
  const at = lessons.findIndex((lesson) => lesson.id === lastLessonId);
  const last = lessons[at];
  if (last !== undefined && markOf(last.id)?.completed !== true) return last;
  let newest: { lesson: L; openedAt: string } | undefined;
  for (const lesson of lessons) {
    const mark = markOf(lesson.id);
    if (mark === undefined || mark.completed) continue;
    const openedAt = mark.lastOpenedAt ?? '';
    if (newest === undefined || openedAt > newest.openedAt) newest = { lesson, openedAt };
  }
  if (newest !== undefined) return newest.lesson;
  if (last === undefined) return undefined;
  return lessons.slice(at + 1).find((lesson) => markOf(lesson.id)?.completed !== true);
}
