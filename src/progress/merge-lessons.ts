import type { CheckAnswer, LessonProgress, ProgressData } from './schema.js';
import { ownEntry } from './proto-keys.js';
import { compareIso, earlierIso } from './time.js';

type Lessons = ProgressData['lessons'];

function mergeChecks(a: Record<string, CheckAnswer>, b: Record<string, CheckAnswer>): Record<string, CheckAnswer> {
  const merged = Object.assign(Object.create(null) as Record<string, CheckAnswer>, a);
  for (const [checkId, answer] of Object.entries(b)) {
    const mine = ownEntry(merged, checkId);
    if (mine === undefined || compareIso(answer.answeredAt, mine.answeredAt) > 0) merged[checkId] = answer;
  }
  return merged;
}

/** Completion is OR-ed (first completion time kept); the position comes from the later visit. */
export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const latest = compareIso(b.lastOpenedAt, a.lastOpenedAt) > 0 ? b : a;
  const completed = a.completed || b.completed;
  const completedAt = earlierIso(a.completed ? a.completedAt : undefined, b.completed ? b.completedAt : undefined);
  return {
    completed,
    ...(completed && completedAt !== undefined ? { completedAt } : {}),
    section: latest.section,
    ...(latest.scroll !== undefined ? { scroll: latest.scroll } : {}),
    checks: mergeChecks(a.checks, b.checks),
    lastOpenedAt: latest.lastOpenedAt,
  };
}

export function mergeLessons(local: Lessons, incoming: Lessons): Lessons {
  const byId = Object.assign(Object.create(null) as Record<string, LessonProgress>, local.byId);
  for (const [lessonId, theirs] of Object.entries(incoming.byId)) {
    const mine = ownEntry(byId, lessonId);
    byId[lessonId] = mine === undefined ? theirs : mergeLesson(mine, theirs);
  }
  // "Continue" should open whichever of the two last lessons was opened more recently.
  const candidates = [local.lastLessonId, incoming.lastLessonId].filter((id): id is string => id !== undefined);
  let lastLessonId: string | undefined;
  for (const candidate of candidates) {
    const opened = ownEntry(byId, candidate)?.lastOpenedAt;
    const best = lastLessonId === undefined ? undefined : ownEntry(byId, lastLessonId)?.lastOpenedAt;
    if (lastLessonId === undefined || (opened !== undefined && (best === undefined || compareIso(opened, best) > 0))) {
      lastLessonId = candidate;
    }
  }
  return { byId, ...(lastLessonId !== undefined ? { lastLessonId } : {}) };
}
