// The live class wire format: what an attendee's tutor sends to the host, checked with zod.
// Every event carries the attendee's own sequence number (1, 2, 3 …), so the host can apply each
// exactly once and in order whatever the network does. The attendee is never named in an event:
// the host knows who posted from the attendee's secret, so no one can post as someone else.
import { z } from 'zod';

/** A whole POST body: a batch of events is at most this many bytes (the host answers 413 above it). */
export const MAX_BODY_BYTES = 16 * 1024;
/** Events in one batch: the sender never sends more; the host refuses more. */
export const MAX_BATCH_EVENTS = 50;
/** Sequence numbers are JavaScript safe integers from 1. */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER;

/** Lesson, challenge, question and check ids: the content's own id style, bounded. */
const contentId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an id (letters, digits, . _ : -)');

export const stepCompletedSchema = z.strictObject({
  type: z.literal('step-completed'),
  kind: z.enum(['lesson', 'challenge']),
  id: contentId,
});
export const sandboxCheckSchema = z.strictObject({
  type: z.literal('sandbox-check'),
  challengeId: contentId,
  passed: z.boolean(),
});
export const hintUsedSchema = z.strictObject({ type: z.literal('hint-used'), challengeId: contentId });
export const quizAnswerSchema = z.strictObject({
  type: z.literal('quiz-answer'),
  questionId: contentId,
  topic: contentId,
  /** Option indices in the question file's order. */
  chosen: z.array(z.number().int().min(0).max(25)).max(26),
  correct: z.boolean(),
  misconceptions: z.array(contentId).max(10).default([]),
});
export const lessonCheckSchema = z.strictObject({
  type: z.literal('lesson-check'),
  lessonId: contentId,
  checkId: contentId,
  correct: z.boolean(),
});

export const eventBodySchema = z.discriminatedUnion('type', [
  stepCompletedSchema,
  sandboxCheckSchema,
  hintUsedSchema,
  quizAnswerSchema,
  lessonCheckSchema,
]);
export type EventBody = z.infer<typeof eventBodySchema>;

/** One event as sent: the body plus its per-attendee sequence number and when it happened. */
const stamp = { seq: z.number().int().min(1).max(MAX_SEQ), at: z.number().int().nonnegative() };
export const wireEventSchema = z.discriminatedUnion('type', [
  stepCompletedSchema.extend(stamp),
  sandboxCheckSchema.extend(stamp),
  hintUsedSchema.extend(stamp),
  quizAnswerSchema.extend(stamp),
  lessonCheckSchema.extend(stamp),
]);
export type WireEvent = EventBody & { seq: number; at: number };

export const eventBatchSchema = z.strictObject({
  events: z.array(wireEventSchema).min(1).max(MAX_BATCH_EVENTS),
});

export const joinRequestSchema = z.strictObject({ name: z.string().min(1).max(200) });

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Zod issues as one short line that never echoes the sender's text. */
function issuesLine(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

export function parseEventBatch(value: unknown): Parsed<WireEvent[]> {
  const parsed = eventBatchSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: issuesLine(parsed.error) };
  return { ok: true, value: parsed.data.events as WireEvent[] };
}

export function parseJoinRequest(value: unknown): Parsed<{ name: string }> {
  const parsed = joinRequestSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: issuesLine(parsed.error) };
  return { ok: true, value: parsed.data };
}
