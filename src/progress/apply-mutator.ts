import { z } from 'zod';
import { ProgressDataError } from './errors.js';
import { formatIssues } from './issues.js';
import { nullProtoMaps } from './proto-keys.js';
import { answerSchema, type AnswerRecord, type ProgressData, progressSchema } from './schema.js';
import { toIso } from './time.js';

const answersSchema = z.array(answerSchema);

function plain(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value));
  } catch (error) {
    throw new ProgressDataError([`not JSON: ${(error as Error).message}`]);
  }
}

/** How many leading answers of `after` are the very records of `before` (appends keep them all). */
function keptPrefix(before: readonly AnswerRecord[], after: readonly AnswerRecord[]): number {
  if (after.length < before.length) return 0;
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) return 0;
  return before.length;
}

/**
 * A copy of `data` that a mutator may change freely. With `shareAnswers`, the answer records
 * are shared instead of cloned (the caller promises not to change a record in place; appending
 * is fine), so a change costs the size of the small parts, not of the whole log.
 */
export function draftOf(data: ProgressData, shareAnswers = true): ProgressData {
  const { answers, ...quiz } = data.quiz;
  const small = structuredClone({ ...data, quiz });
  const copied = shareAnswers ? answers.slice() : structuredClone(answers);
  return nullProtoMaps({ ...small, quiz: { ...small.quiz, answers: copied } });
}

/**
 * Runs `mutator` on `draft` (which the caller owns, made with draftOf) and returns what should
 * be written. The JSON round trip makes the result exactly what the next reader will see
 * (undefined fields gone), and validating it keeps a bad change from ever reaching the file.
 * Answers that were already valid (`validAnswers`, the records the draft started from) are not
 * validated again: on a store of 470k answers that took seconds per save.
 */
export function applyMutator(
  draft: ProgressData,
  mutator: (draft: ProgressData) => void,
  nowMs: number,
  validAnswers: readonly AnswerRecord[] = [],
): ProgressData {
  mutator(draft);
  const answers = draft.quiz.answers;
  const kept = keptPrefix(validAnswers, answers);
  const rest = plain({ ...draft, quiz: { ...draft.quiz, answers: [] } });
  const parsed = progressSchema.safeParse(rest);
  const added = answersSchema.safeParse(plain(kept === 0 ? answers : answers.slice(kept)));
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues),
    ...(added.success
      ? []
      : added.error.issues.map((issue) => ({
          ...issue,
          path: ['quiz', 'answers', (issue.path[0] as number) + kept, ...issue.path.slice(1)],
        }))),
  ];
  if (!parsed.success || !added.success) throw new ProgressDataError(formatIssues(issues));
  const result = parsed.data;
  result.quiz.answers = kept === 0 ? added.data : validAnswers.slice(0, kept).concat(added.data);
  result.meta.updatedAt = toIso(nowMs);
  return nullProtoMaps(result);
}
