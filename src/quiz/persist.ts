// Checks sessions read back from disk (after a quit or a crash) before they reach the reducers,
// so a damaged or hand-edited save gives a clear message instead of a crash later on.

import { z } from 'zod';
import { EXAM_STATE_VERSION, type ExamState } from './exam.js';
import { PRACTICE_STATE_VERSION, type PracticeState } from './practice.js';
import { fail, ok, type Result } from './result.js';

const index = z.number().int().nonnegative();
const epochMs = z.number().finite();

const sessionItem = z
  .object({
    questionId: z.string().min(1),
    optionOrder: z.array(index).min(1),
    choose: z.number().int().positive(),
  })
  .refine((item) => new Set(item.optionOrder).size === item.optionOrder.length, 'option order repeats an option');

const examStateSchema = z
  .object({
    version: z.literal(EXAM_STATE_VERSION),
    kind: z.literal('exam'),
    seed: index,
    status: z.enum(['ready', 'running', 'submitted']),
    items: z.array(sessionItem),
    answers: z.array(z.array(index)),
    flags: z.array(z.boolean()),
    current: index,
    timeLimitMs: z.number().positive(),
    startedAt: epochMs.nullable(),
    elapsedMs: z.number().nonnegative(),
    resumedAt: epochMs.nullable(),
    finishedAt: epochMs.nullable(),
    submitReason: z.enum(['learner', 'time']).nullable(),
  })
  .refine(
    (s) => s.answers.length === s.items.length && s.flags.length === s.items.length,
    'answers and flags must have one entry per question',
  )
  .refine((s) => s.items.length === 0 || s.current < s.items.length, 'current question is out of range');

const practiceStateSchema = z
  .object({
    version: z.literal(PRACTICE_STATE_VERSION),
    kind: z.literal('practice'),
    mode: z.enum(['practice', 'drill']),
    seed: index,
    topics: z.union([z.literal('all'), z.array(z.string())]),
    items: z.array(sessionItem),
    answers: z.array(z.array(index)),
    current: index,
    startedAt: epochMs,
    finishedAt: epochMs.nullable(),
  })
  .refine((s) => s.answers.length === s.items.length, 'answers must have one entry per question');

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

export function parseExamState(data: unknown): Result<ExamState> {
  const parsed = examStateSchema.safeParse(data);
  if (!parsed.success) return fail(`The saved exam cannot be resumed (${describe(parsed.error)}).`);
  return ok(parsed.data as ExamState);
}

export function parsePracticeState(data: unknown): Result<PracticeState> {
  const parsed = practiceStateSchema.safeParse(data);
  if (!parsed.success) return fail(`The saved practice session cannot be resumed (${describe(parsed.error)}).`);
  return ok(parsed.data as PracticeState);
}
