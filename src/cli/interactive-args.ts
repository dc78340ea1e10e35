// Checks an interactive command's arguments against the content BEFORE the tutor starts, so bad
// input is a clear message with exit code 2 instead of a quiet fix-up (issue #16:
// `exam --count 500` was clamped to the bank's size without a word; `lessons 3` failed although
// the list numbers lessons 1-11).
//
//   resolveLessonArg(arg, lessons) -> the lesson id for an id or a 1-based number in list order
//   checkQuestionCount(command, count, questions, topics) -> ok, or an error naming how many exist
//   preflightInteractive(command, args, flags, content) -> ok with the args to run, or a message
//
// Pure: the caller loads the content (only when a lesson or a count was given, so the plain
// `iam-tutor` start pays nothing).
import type { Lesson, Question } from '../content/types.js';
import { plural } from '../plural.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Lessons in the order the lesson list numbers them (1, 2, ...). */
export function lessonsInListOrder(lessons: readonly Lesson[]): Lesson[] {
  return [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** `lessons trust-policies` and `lessons 3` (the third in the list) both name a lesson. */
export function resolveLessonArg(arg: string, lessons: readonly Lesson[]): Checked<string> {
  const ordered = lessonsInListOrder(lessons);
  const byId = ordered.find((lesson) => lesson.id === arg);
  if (byId) return { ok: true, value: byId.id };
  if (/^\d+$/.test(arg)) {
    const n = Number(arg);
    const lesson = n >= 1 ? ordered[n - 1] : undefined;
    if (lesson) return { ok: true, value: lesson.id };
    return {
      ok: false,
      message: `There is no lesson ${n}: the list numbers ${plural(ordered.length, 'lesson')} from 1 to ${ordered.length}.`,
    };
  }
  return {
    ok: false,
    message: `No lesson "${arg}". Give a lesson number (1 to ${ordered.length}) or one of: ${ordered.map((l) => l.id).join(', ')}.`,
  };
}

/** The bank questions a practice session over `topics` (undefined or empty = all) draws from. */
function practicePool(questions: readonly Question[], topics: readonly string[] | undefined): number {
  if (!topics || topics.length === 0) return questions.length;
  const wanted = new Set(topics);
  return questions.filter((q) => wanted.has(q.topic)).length;
}

/** A count larger than the pool is refused with the number that exists, never clamped quietly. */
export function checkQuestionCount(
  command: 'exam' | 'quiz',
  count: number,
  questions: readonly Question[],
  topics?: readonly string[],
): Checked<number> {
  if (!Number.isInteger(count) || count < 1)
    return { ok: false, message: `--count must be a whole number of at least 1 (got ${count}).` };
  const available = command === 'exam' ? questions.length : practicePool(questions, topics);
  if (count > available) {
    const where =
      command === 'exam'
        ? 'the question bank has'
        : topics && topics.length > 0
          ? `${topics.length === 1 ? 'that topic has' : 'those topics have'}`
          : 'the question bank has';
    return {
      ok: false,
      message: `--count ${count} is more than ${where}: ${plural(available, 'question')}. Use --count ${available} or fewer.`,
    };
  }
  return { ok: true, value: count };
}

export interface PreflightInput {
  command: string;
  args: readonly string[];
  count: number | undefined;
  topics: string | undefined;
  lessons: readonly Lesson[];
  questions: readonly Question[];
}

/** Whether preflight needs the content at all (it is loaded only then). */
export function needsPreflight(command: string, args: readonly string[], count: number | undefined): boolean {
  return (
    (command === 'lessons' && args.length > 0) || ((command === 'exam' || command === 'quiz') && count !== undefined)
  );
}

/** The args to start with (a lesson number turned into its id), or the message for exit code 2. */
export function preflightInteractive(input: PreflightInput): Checked<string[]> {
  if (input.command === 'lessons' && input.args[0] !== undefined) {
    const lesson = resolveLessonArg(input.args[0], input.lessons);
    return lesson.ok ? { ok: true, value: [lesson.value, ...input.args.slice(1)] } : lesson;
  }
  if ((input.command === 'exam' || input.command === 'quiz') && input.count !== undefined) {
    const topics = (input.topics ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const checked = checkQuestionCount(input.command, input.count, input.questions, topics);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: [...input.args] };
}
