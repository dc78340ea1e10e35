// The progress file, version 2: zod schema and the TypeScript types inferred from it.
// This schema (not conf's ajv `schema` option) is the one source of truth: ajv would cost
// ~45 ms to compile on every start, and zod gives messages we can show on import.
// Every value is plain JSON; times are ISO 8601 strings so exported files read well.
import { z } from 'zod';

/** The version this build writes. A file with a lower number goes through `migrations`. */
export const CURRENT_VERSION = 2;
// Version 2 (issue #16) added, all optional or defaulted by migrations/from-v1.ts: an attempt's
// `items` (to reopen a past exam read-only), `bookmarks`, `settings.lastPractice` and
// `quiz.practiceInProgress`. The version went up, not just the schema: zod drops keys it does
// not know, so a version-1 build rewriting a version-2 file would have lost them silently; now
// it refuses the newer file instead.

const timestamp = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();
const id = z.string().min(1, 'must not be empty');

/** Owned by another module (quiz engine, sandbox); we only check it is a JSON object. */
const opaqueObject = z.record(z.string(), z.unknown());

export const quizModeSchema = z.enum(['practice', 'exam', 'drill']);
export const colorSettingSchema = z.enum(['auto', 'never']);

const tallySchema = z
  .object({ total: count, correct: count })
  .refine((tally) => tally.correct <= tally.total, 'correct cannot exceed total');

export const checkAnswerSchema = z.object({
  correct: z.boolean(),
  answeredAt: timestamp,
});

export const lessonProgressSchema = z.object({
  completed: z.boolean(),
  completedAt: timestamp.optional(),
  /** 0-based section the learner is on. */
  section: count,
  /** Lines scrolled within the section, when the reader scrolls. */
  scroll: count.optional(),
  /** Check-yourself answers by check id. */
  checks: z.record(z.string(), checkAnswerSchema),
  lastOpenedAt: timestamp,
});

/** One question of a finished attempt as it was shown, enough to reopen it read-only. */
export const attemptItemSchema = z.object({
  questionId: id,
  /** Display order: optionOrder[position] = option index in the question file. */
  optionOrder: z.array(count),
  /** Option indices in the question file's order; empty when unanswered. */
  chosen: z.array(count),
  flagged: z.boolean(),
});

export const attemptSchema = z
  .object({
    id,
    mode: quizModeSchema,
    startedAt: timestamp,
    finishedAt: timestamp,
    total: count,
    correct: count,
    /** CLF-C02 style scaled score, 100-1000 (exam mode). */
    scaled: z.number().int().min(100).max(1000).optional(),
    passed: z.boolean().optional(),
    perTopic: z.record(z.string(), tallySchema),
    /** Keyed by CLF-C02 domain number as a string ("1".."4"). */
    perDomain: z.record(z.string(), tallySchema),
    /** Every question in session order (version 2; older attempts have none and cannot be reopened). */
    items: z.array(attemptItemSchema).optional(),
  })
  .refine((attempt) => attempt.correct <= attempt.total, 'correct cannot exceed total');

export const answerSchema = z.object({
  questionId: id,
  topic: z.string(),
  correct: z.boolean(),
  /** Option indices in the question file's order, not the shuffled display order. */
  chosen: z.array(count),
  /** Misconception tags of the wrong options chosen. */
  misconceptions: z.array(z.string()),
  mode: quizModeSchema,
  /** The attempt this answer belongs to, when it was part of one. */
  attemptId: id.optional(),
  at: timestamp,
});

export const challengeProgressSchema = z.object({
  completed: z.boolean(),
  completedAt: timestamp.optional(),
  hintsUsed: count,
  /** The learner's world when the goal was last met (the sandbox owns the shape), to reopen it. */
  solvedWorld: opaqueObject.optional(),
  /** Goal checks (c in the sandbox) that found the goal not yet met; a live class is sent each one. */
  checksFailed: count.optional(),
});

export const bookmarkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), lessonId: id, section: count, addedAt: timestamp }),
  z.object({ kind: z.literal('question'), questionId: id, addedAt: timestamp }),
]);

/** The practice setup a learner last started, so "practise again" keeps topic, count and mode. */
export const practiceSettingsSchema = z.object({
  /** 'all', 'weak', or the chosen topic ids. */
  topics: z.union([z.literal('all'), z.literal('weak'), z.array(z.string())]),
  count: z.number().int().min(1),
  mode: z.enum(['practice', 'mistakes']),
});

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  lessons: z.object({
    byId: z.record(z.string(), lessonProgressSchema),
    lastLessonId: z.string().optional(),
  }),
  quiz: z.object({
    attempts: z.array(attemptSchema),
    /** Append-only: every answer ever given, oldest first. */
    answers: z.array(answerSchema),
    examInProgress: opaqueObject.nullable(),
    /** The practice session under way, saved with each answer so it resumes after Ctrl+C; the quiz engine owns the shape. */
    practiceInProgress: opaqueObject.nullable(),
    /** FSRS scheduling state by concept id; the quiz engine owns the shape. */
    fsrsCards: z.record(z.string(), opaqueObject),
  }),
  /** Lesson sections and questions the learner marked, oldest first. */
  bookmarks: z.array(bookmarkSchema),
  sandbox: z.object({
    challenges: z.record(z.string(), challengeProgressSchema),
    lastWorld: opaqueObject.nullable(),
  }),
  settings: z.object({
    examDate: z.iso.date().optional(),
    color: colorSettingSchema.optional(),
    /** A letter submits a single-answer practice question at once (default: choose, then Enter). */
    instantAnswers: z.boolean().optional(),
    lastPractice: practiceSettingsSchema.optional(),
  }),
  meta: z.object({
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
});

export type ProgressData = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type CheckAnswer = z.infer<typeof checkAnswerSchema>;
export type QuizAttempt = z.infer<typeof attemptSchema>;
export type AnswerRecord = z.infer<typeof answerSchema>;
export type ChallengeProgress = z.infer<typeof challengeProgressSchema>;
export type QuizMode = z.infer<typeof quizModeSchema>;
export type ColorSetting = z.infer<typeof colorSettingSchema>;
export type Tally = z.infer<typeof tallySchema>;
export type AttemptItem = z.infer<typeof attemptItemSchema>;
export type Bookmark = z.infer<typeof bookmarkSchema>;
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;
