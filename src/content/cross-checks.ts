// Checks that need every file at once: duplicates and near-duplicates across all directories,
// question topics, internal links and the built-in curriculum. They run on the raw records, so content that
// failed its schema still takes part and its mistakes are not reported twice.
import { bankWarnings } from './bank-warnings.js';
import { describeView, nearDuplicate, questionWords } from './near-duplicates.js';
import { normaliseText } from './question-rules.js';
import type { LessonRecord, QuestionRecord } from './records.js';
import { builtinTopics } from './topics.js';
import type { ContentProblem } from './types.js';

export interface CrossCheckInput {
  lessons: readonly LessonRecord[];
  questions: readonly QuestionRecord[];
  scenarioIds: readonly string[];
  /** Formats another file's path inside a message ("first defined in ..."). */
  displayPath: (file: string) => string;
  /** Lesson directories flagged built-in, for the "topic has no lesson" warning. */
  builtinLessonDirs: readonly string[];
}

export function crossCheck(input: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const error = (file: string, line: number, message: string) =>
    problems.push({ file, line, message, severity: 'error' });
  const warn = (file: string, line: number, message: string) =>
    problems.push({ file, line, message, severity: 'warning' });
  const at = (file: string, line: number) => `${input.displayPath(file)}:${line}`;

  // Duplicates: the first definition wins, later ones (an author's pack) are errors.
  const lessonIds = new Map<string, LessonRecord>();
  for (const lesson of input.lessons) {
    if (lesson.id === undefined) continue;
    const first = lessonIds.get(lesson.id);
    if (first)
      error(
        lesson.file,
        lesson.idLine,
        `duplicate lesson id "${lesson.id}" (first defined at ${at(first.file, first.idLine)})`,
      );
    else lessonIds.set(lesson.id, lesson);
  }
  const questionIds = new Map<string, QuestionRecord>();
  const stems = new Map<string, QuestionRecord>();
  for (const q of input.questions) {
    if (q.id !== undefined) {
      const first = questionIds.get(q.id);
      if (first)
        error(q.file, q.idLine, `duplicate question id "${q.id}" (first defined at ${at(first.file, first.idLine)})`);
      else questionIds.set(q.id, q);
    }
    if (q.stem !== undefined && q.stem.trim() !== '') {
      const key = normaliseText(q.stem);
      const first = stems.get(key);
      if (first)
        error(q.file, q.stemLine, `duplicate stem (same as ${describe(first)} at ${at(first.file, first.stemLine)})`);
      else stems.set(key, q);
    }
  }

  nearDuplicateChecks(input.questions, warn, at);
  problems.push(...bankWarnings(input.questions, at));

  for (const q of input.questions) {
    if (q.origin === 'bank' && q.topic !== undefined && !lessonIds.has(q.topic)) {
      error(q.file, q.topicLine, `unknown topic "${q.topic}": no lesson has this id`);
    }
  }

  // Links resolve against lessons, bank questions (the quiz screen shows those) and scenarios.
  const bankIds = new Set(input.questions.filter((q) => q.origin === 'bank' && q.id !== undefined).map((q) => q.id));
  const scenarios = new Set(input.scenarioIds);
  for (const lesson of input.lessons) {
    if (lesson.sandbox !== undefined && !scenarios.has(lesson.sandbox)) {
      error(lesson.file, lesson.sandboxLine, `unknown sandbox scenario "${lesson.sandbox}"`);
    }
    for (const link of lesson.links) {
      const known =
        link.scheme === 'lesson'
          ? lessonIds.has(link.target)
          : link.scheme === 'quiz'
            ? bankIds.has(link.target)
            : scenarios.has(link.target);
      if (!known)
        error(lesson.file, link.line, `broken link ${link.scheme}:${link.target}: ${unknownWhat(link.scheme)}`);
    }
  }

  curriculumChecks(input, warn, error);
  return problems;
}

/**
 * Bank questions that ask the same thing in other words (near-duplicates.ts). Each pair is
 * reported once, at the later question. Lesson checks are left out: they restate what the
 * lesson teaches, and the banks are expected to drill the same points.
 */
function nearDuplicateChecks(
  questions: readonly QuestionRecord[],
  warn: Report,
  at: (file: string, line: number) => string,
): void {
  const bank = questions
    .filter((q) => q.origin === 'bank' && q.stem !== undefined && q.stem.trim() !== '')
    .map((q) => ({
      q,
      // Normalised once per question, not once per pair: the pairs grow with the square of the
      // bank (322 questions: 52 000 pairs), and normalising in the loop cost ~0.4 s of a load.
      stem: normaliseText(q.stem ?? ''),
      words: questionWords({ stem: q.stem ?? '', optionTexts: q.optionTexts, keyedTexts: q.keyedTexts }),
    }));
  bank.forEach((later, j) => {
    for (const earlier of bank.slice(0, j)) {
      // Identical stems are already an error ("duplicate stem").
      if (earlier.stem === later.stem) continue;
      const similar = nearDuplicate(earlier.words, later.words);
      if (!similar) continue;
      warn(
        later.q.file,
        later.q.stemLine,
        `near-duplicate of ${describe(earlier.q)} at ${at(earlier.q.file, earlier.q.stemLine)} ` +
          `(their ${describeView(similar.view)} share ${Math.round(similar.score * 100)}% of their words); ` +
          'make them test different things or drop one',
      );
    }
  });
}

function describe(q: QuestionRecord): string {
  return q.id !== undefined ? `question "${q.id}"` : 'another question';
}

function unknownWhat(scheme: 'lesson' | 'quiz' | 'sandbox'): string {
  if (scheme === 'lesson') return 'no lesson has this id';
  if (scheme === 'quiz') return 'no bank question has this id';
  return 'no sandbox scenario has this id';
}

type Report = (file: string, line: number, message: string) => void;

/** Built-in lessons follow the curriculum table; author packs may add lessons with any id. */
function curriculumChecks(input: CrossCheckInput, warn: Report, error: Report): void {
  const builtin = input.lessons.filter((l) => l.builtin && l.id !== undefined);
  const byId = new Map(builtinTopics.map((t) => [t.id, t]));
  const orders = new Map<number, LessonRecord>();
  for (const lesson of builtin) {
    const topic = byId.get(lesson.id ?? '');
    if (!topic) {
      error(lesson.file, lesson.idLine, `built-in lesson id "${lesson.id}" is not one of the curriculum topics`);
    } else if (lesson.order !== undefined && lesson.order !== topic.order) {
      warn(
        lesson.file,
        lesson.orderLine,
        `"${lesson.id}" is number ${topic.order} in the curriculum (order is ${lesson.order})`,
      );
    }
  }
  for (const lesson of input.lessons) {
    if (lesson.order === undefined) continue;
    const first = orders.get(lesson.order);
    if (first && first.builtin === lesson.builtin) {
      warn(lesson.file, lesson.orderLine, `order ${lesson.order} is also used by "${first.id}"`);
    } else if (!first) orders.set(lesson.order, lesson);
  }
  const present = new Set(builtin.map((l) => l.id));
  for (const dir of input.builtinLessonDirs) {
    for (const topic of builtinTopics) {
      if (!present.has(topic.id)) warn(dir, 0, `no lesson for curriculum topic "${topic.id}" (${topic.title})`);
    }
  }
}
