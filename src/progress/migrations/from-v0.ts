// Version 0 -> 1 (the result then goes through from-v1.ts to the current version).
//
// Version 0 is the layout of the pre-release builds, before the file carried a `version`
// field: everything at the top level, times as epoch milliseconds, no check-yourself answers,
// no misconception tags, no FSRS cards and no sandbox state:
//
//   {
//     lessons?: { [lessonId]: { done: boolean, section: number, doneAt?: ms, openedAt?: ms } },
//     lastLesson?: string,
//     answers?: [{ questionId, topic, correct, chosen: number[], mode, at: ms }],
//     attempts?: [{ id, mode, startedAt: ms, finishedAt: ms, total, correct }],
//     examDate?: 'YYYY-MM-DD'
//   }
//
// A file with no `version` field is read as version 0, so `{}` is an empty version-0 file.
import { z } from 'zod';
import { formatIssues } from '../issues.js';
import { toIso } from '../time.js';
import type { MigrationContext } from './types.js';
import { MigrationError } from './migration-error.js';

const ms = z.number().int().nonnegative();
const count = z.number().int().nonnegative();
const mode = z.enum(['practice', 'exam', 'drill']);

// Strict, so a file that merely lacks `version` but is something else entirely is not
// mistaken for an empty version-0 file and overwritten.
const v0Schema = z.strictObject({
  lessons: z
    .record(
      z.string(),
      z.strictObject({ done: z.boolean(), section: count, doneAt: ms.optional(), openedAt: ms.optional() }),
    )
    .optional(),
  lastLesson: z.string().optional(),
  answers: z
    .array(
      z.strictObject({
        questionId: z.string().min(1),
        topic: z.string(),
        correct: z.boolean(),
        chosen: z.array(count),
        mode,
        at: ms,
      }),
    )
    .optional(),
  attempts: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        mode,
        startedAt: ms,
        finishedAt: ms,
        total: count,
        correct: count,
      }),
    )
    .optional(),
  examDate: z.string().optional(),
});

export function migrateFromV0(old: unknown, context: MigrationContext): unknown {
  const parsed = v0Schema.safeParse(old);
  if (!parsed.success) throw new MigrationError(formatIssues(parsed.error.issues));
  const v0 = parsed.data;

  const times: number[] = [];
  const byId: Record<string, unknown> = {};
  for (const [lessonId, lesson] of Object.entries(v0.lessons ?? {})) {
    const opened = lesson.openedAt ?? lesson.doneAt ?? context.nowMs;
    times.push(opened);
    byId[lessonId] = {
      completed: lesson.done,
      ...(lesson.done && lesson.doneAt !== undefined ? { completedAt: toIso(lesson.doneAt) } : {}),
      section: lesson.section,
      checks: {},
      lastOpenedAt: toIso(opened),
    };
  }
  const answers = (v0.answers ?? []).map((answer) => {
    times.push(answer.at);
    return { ...answer, misconceptions: [], at: toIso(answer.at) };
  });
  const attempts = (v0.attempts ?? []).map((attempt) => {
    times.push(attempt.startedAt);
    return {
      ...attempt,
      startedAt: toIso(attempt.startedAt),
      finishedAt: toIso(attempt.finishedAt),
      perTopic: {},
      perDomain: {},
    };
  });
  // Version 0 did not check the exam date; drop one that version 1 would reject rather than
  // set the whole file aside for it.
  const examDate = z.iso.date().safeParse(v0.examDate).success ? v0.examDate : undefined;

  return {
    version: 1,
    lessons: { byId, ...(v0.lastLesson !== undefined ? { lastLessonId: v0.lastLesson } : {}) },
    quiz: { attempts, answers, examInProgress: null, fsrsCards: {} },
    sandbox: { challenges: {}, lastWorld: null },
    settings: examDate !== undefined ? { examDate } : {},
    meta: { createdAt: toIso(Math.min(context.nowMs, ...times)), updatedAt: toIso(context.nowMs) },
  };
}
