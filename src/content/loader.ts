// Load lessons and question banks from one or more directories into a ContentSet. Directories
// are read in order: the built-in content first, then any author pack, which may add content
// but not redefine it. Reading is synchronous: the whole curriculum is a few hundred KB.
import { relative, resolve } from 'node:path';
import { scenarioIds as builtinScenarioIds } from '../sandbox/scenarios/ids.js';
import { formatBytes, readUntrustedFile } from '../untrusted/read-file.js';
import { parseBankFile } from './bank-file.js';
import { listContentFiles, MAX_CONTENT_FILE_BYTES, MAX_CONTENT_PACK_BYTES } from './content-files.js';
import { cleanFileText } from './control-characters.js';
import { crossCheck } from './cross-checks.js';
import { parseLessonFile } from './lesson-file.js';
import type { LessonRecord, QuestionRecord } from './records.js';
import type { ContentProblem, ContentSet, Lesson, Question } from './types.js';

export interface ContentDirs {
  lessonsDir?: string;
  quizzesDir?: string;
  /** The shipped curriculum: its lesson ids must be the curriculum topics. */
  builtin?: boolean;
  /**
   * The directory was named by the user (`validate DIR`), so it may be reached through a link;
   * subdirectories found inside a pack may not.
   */
  namedByUser?: boolean;
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

  const error = (file: string, line: number, message: string) =>
    problems.push({ file, line, message, severity: 'error' });

  for (const entry of dirs) {
    // Each directory pair (the shipped content, a pack) has its own byte budget.
    let budget = MAX_CONTENT_PACK_BYTES;
    let overBudget = false;
    const readFiles = (dir: string, extensions: readonly string[]): string[] => {
      const listing = listContentFiles(dir, extensions, {
        allowLinkedDir: entry.builtin === true || entry.namedByUser === true,
      });
      if (listing === undefined) {
        error(dir, 0, 'directory not found');
        return [];
      }
      for (const problem of listing.problems) {
        fileRank.set(problem.file, fileRank.size);
        problems.push(problem);
      }
      return listing.files;
    };
    /** The file's text with control characters shown visibly; undefined when it cannot be used. */
    const readText = (file: string): string | undefined => {
      fileRank.set(file, fileRank.size);
      if (overBudget) return undefined;
      const read = readUntrustedFile(file, { maxBytes: MAX_CONTENT_FILE_BYTES });
      if (!read.ok) {
        error(file, read.line, read.reason);
        return undefined;
      }
      budget -= read.bytes;
      if (budget < 0) {
        overBudget = true;
        error(
          file,
          1,
          `the content here passes ${formatBytes(MAX_CONTENT_PACK_BYTES)} in all; this file and the rest were not read`,
        );
        return undefined;
      }
      const cleaned = cleanFileText(file, read.text);
      problems.push(...cleaned.problems);
      return cleaned.text;
    };
    if (entry.lessonsDir !== undefined) {
      const dir = resolve(cwd, entry.lessonsDir);
      if (entry.builtin) builtinLessonDirs.push(dir);
      for (const file of readFiles(dir, LESSON_EXTENSIONS)) {
        const text = readText(file);
        if (text === undefined) continue;
        const result = parseLessonFile(file, text, entry.builtin === true);
        lessonRecords.push(result.record);
        problems.push(...result.problems);
      }
    }
    if (entry.quizzesDir !== undefined) {
      for (const file of readFiles(resolve(cwd, entry.quizzesDir), BANK_EXTENSIONS)) {
        const text = readText(file);
        if (text === undefined) continue;
        const result = parseBankFile(file, text);
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
