// Load lessons and question banks from one or more directories into a ContentSet. Directories
// are read in order: the built-in content first, then any author pack, which may add content
// but not redefine it. Reading is synchronous: the whole curriculum is a few hundred KB.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { scenarioIds as builtinScenarioIds } from '../sandbox/scenarios/ids.js';
import { parseBankFile } from './bank-file.js';
import { crossCheck } from './cross-checks.js';
import { parseLessonFile } from './lesson-file.js';
import type { LessonRecord, QuestionRecord } from './records.js';
import type { ContentProblem, ContentSet, Lesson, Question } from './types.js';

export interface ContentDirs {
  lessonsDir?: string;
  quizzesDir?: string;
  /** The shipped curriculum: its lesson ids must be the curriculum topics. */
  builtin?: boolean;
}

export interface LoadOptions {
  /** Sandbox scenario ids that `sandbox:` links may name (default: the sandbox's list). */
  scenarioIds?: readonly string[];
  /** Paths inside messages ("first defined at ...") are shown relative to this directory. */
  cwd?: string;
}

const LESSON_EXTENSIONS = ['.md'];
const BANK_EXTENSIONS = ['.yaml', '.yml'];

export function loadContent(dirs: readonly ContentDirs[], options: LoadOptions = {}): ContentSet {
  const cwd = options.cwd ?? process.cwd();
  const problems: ContentProblem[] = [];
  const lessonRecords: LessonRecord[] = [];
  const bankRecords: QuestionRecord[] = [];
  const builtinLessonDirs: string[] = [];
  const fileRank = new Map<string, number>();

  const readFiles = (dir: string, extensions: readonly string[]): string[] => {
    const files = listFiles(dir, extensions);
    if (files === undefined) {
      problems.push({ file: dir, line: 0, message: 'directory not found', severity: 'error' });
      return [];
    }
    return files;
  };

  for (const entry of dirs) {
    if (entry.lessonsDir !== undefined) {
      const dir = resolve(cwd, entry.lessonsDir);
      if (entry.builtin) builtinLessonDirs.push(dir);
      for (const file of readFiles(dir, LESSON_EXTENSIONS)) {
        fileRank.set(file, fileRank.size);
        const result = parseLessonFile(file, readFileSync(file, 'utf8'), entry.builtin === true);
        lessonRecords.push(result.record);
        problems.push(...result.problems);
      }
    }
    if (entry.quizzesDir !== undefined) {
      for (const file of readFiles(resolve(cwd, entry.quizzesDir), BANK_EXTENSIONS)) {
        fileRank.set(file, fileRank.size);
        const result = parseBankFile(file, readFileSync(file, 'utf8'));
        bankRecords.push(...result.questions);
        problems.push(...result.problems);
      }
    }
  }

  problems.push(
    ...crossCheck({
      lessons: lessonRecords,
      questions: [...bankRecords, ...lessonRecords.flatMap((l) => l.checks)],
      scenarioIds: options.scenarioIds ?? builtinScenarioIds,
      displayPath: (file) => relative(cwd, file) || file,
      builtinLessonDirs,
    }),
  );

  // A duplicate is an error reported above; the set keeps the first definition only, so the
  // rest of the app can key content by id.
  const lessons = firstOfEachId(lessonRecords.flatMap((r) => (r.lesson ? [r.lesson] : []))).sort(byOrder);
  const questions = firstOfEachId(bankRecords.flatMap((r) => (r.question ? [r.question] : [])));
  const rank = (file: string) => fileRank.get(file) ?? -1;
  problems.sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
  return { lessons, questions, problems };
}

/** Every question in the set, bank questions first, then each lesson's check questions. */
export function allQuestions(content: ContentSet): Question[] {
  const checks = content.lessons.flatMap((l) =>
    l.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'check' ? [b.question] : []))),
  );
  return [...content.questions, ...checks];
}

function firstOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

function byOrder(a: Lesson, b: Lesson): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}

/** Content files in `dir`, sorted by name; undefined when the directory does not exist. */
function listFiles(dir: string, extensions: readonly string[]): string[] | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  return (
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && extensions.includes(extname(e.name).toLowerCase()))
      // A README in a lessons directory describes the directory; it is not a lesson.
      .filter((e) => e.name.toLowerCase() !== 'readme.md')
      .map((e) => join(dir, e.name))
      .sort()
  );
}
