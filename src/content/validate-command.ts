// `iam-tutor validate [DIR...]`: load content, print every problem (`file:line: message` for an
// error, `file:line: warning: message` for a warning), then counts. Pure apart from reading the files, so tests call it directly.
//
// Extension point: validateDirHandlers decides how a directory given on the command line maps
// to content directories. The first handler that claims a directory wins; the generic layout
// (lessons/ and quizzes/ subdirectories, or a directory of content files) is the fallback.
// The workshop helper replaces or extends the workshop-pack handler to also check workshop.yaml.
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { readUntrustedFile } from '../untrusted/read-file.js';
import { cleanText } from '../untrusted/text.js';
import { builtinContentDirs } from './builtin.js';
import { loadBuiltinGlossary } from './glossary.js';
import { MAX_CONTENT_FILE_BYTES } from './content-files.js';
import { type ContentDirs, loadContent } from './loader.js';
import { lessonPolicyProblems } from './policy-blocks.js';
import type { ContentProblem, ContentSet, Lesson, Question } from './types.js';
import { plural } from '../plural.js';

export interface ValidateDirHandler {
  name: string;
  claims(dir: string): boolean;
  /** Content directories to load for `dir` (after the built-in content). */
  contentDirs(dir: string): ContentDirs[];
  /** Checks of the directory's own files (such as workshop.yaml), after content is loaded. */
  check?(dir: string, content: ContentSet): ContentProblem[];
}

export const workshopPackHandler: ValidateDirHandler = {
  name: 'workshop pack',
  // lstat: a workshop.yaml that is a link (even a dangling one) is claimed, then refused as a link.
  claims: (dir) => lstatSync(join(dir, 'workshop.yaml'), { throwIfNoEntry: false }) !== undefined,
  contentDirs: (dir) => [subdirs(dir)],
};

export const validateDirHandlers: ValidateDirHandler[] = [workshopPackHandler];

export interface ValidateArgs {
  dirs?: string[];
  /** Output paths are relative to this (default process.cwd()). */
  cwd?: string;
}

export interface ValidateResult {
  output: string;
  exitCode: number;
}

export function validateCommand(args: ValidateArgs): ValidateResult {
  const cwd = args.cwd ?? process.cwd();
  let builtin: { lessonsDir: string; quizzesDir: string } | undefined;
  try {
    builtin = builtinContentDirs();
  } catch (err) {
    if (!args.dirs?.length) return { output: `iam-tutor validate: ${(err as Error).message}`, exitCode: 2 };
  }

  const targets: string[] = [];
  const targetDirs: ContentDirs[] = [];
  const handlers: { handler: ValidateDirHandler; dir: string }[] = [];
  for (const given of args.dirs ?? []) {
    const dir = resolve(cwd, given);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      return { output: `iam-tutor validate: ${cleanText(given)}: no such directory`, exitCode: 2 };
    }
    const handler = validateDirHandlers.find((h) => h.claims(dir));
    const dirs = handler ? handler.contentDirs(dir) : genericContentDirs(dir);
    if (dirs === undefined) {
      return {
        output: `iam-tutor validate: ${cleanText(given)}: no lessons/ or quizzes/ directory and no content files`,
        exitCode: 2,
      };
    }
    if (handler) handlers.push({ handler, dir });
    targets.push(dir);
    targetDirs.push(...dirs);
  }

  const load = planLoad(builtin, targetDirs);
  const content = loadContent(load, { cwd });
  const inScope = (file: string) => targets.length === 0 || targets.some((t) => file === t || file.startsWith(t + sep));
  const problems: ContentProblem[] = [
    ...content.problems,
    ...handlers.flatMap(({ handler, dir }) => handler.check?.(dir, content) ?? []),
  ].filter((p) => inScope(p.file));
  const lessons = content.lessons.filter((l) => inScope(l.source.file));
  const questions = content.questions.filter((q) => inScope(q.source.file));
  problems.push(...lessons.flatMap((l) => policyProblems(l.source.file)));
  // The glossary sits next to the built-in lessons; it is checked whenever they are.
  if (builtin && inScope(join(builtin.lessonsDir, 'glossary.yaml'))) problems.push(...loadBuiltinGlossary().problems);

  const lines = problems.map((p) => formatProblem(p, cwd));
  if (lines.length > 0) lines.push('');
  lines.push(...topicCounts(lessons, questions), summaryLine(lessons, questions, problems));
  return { output: lines.join('\n'), exitCode: problems.some((p) => p.severity === 'error') ? 1 : 0 };
}

/** The policies in a lesson's JSON blocks, checked as `explain` checks them (warnings only). */
function policyProblems(file: string): ContentProblem[] {
  try {
    // Read like the loader reads it: a lesson that loaded is a regular file under the size cap.
    const read = readUntrustedFile(file, { maxBytes: MAX_CONTENT_FILE_BYTES });
    return read.ok ? lessonPolicyProblems(file, read.text) : [];
  } catch {
    return []; // the loader already reported a file it could not read
  }
}

/** Built-in content first (for links and topics), unless a target already is the built-in dir. */
function planLoad(
  builtin: { lessonsDir: string; quizzesDir: string } | undefined,
  targets: ContentDirs[],
): ContentDirs[] {
  if (!builtin) return targets;
  if (targets.length === 0) return [{ ...builtin, builtin: true }];
  const targeted = new Set(
    targets
      .flatMap((t) => [t.lessonsDir, t.quizzesDir])
      .filter((d) => d !== undefined)
      .map((d) => resolve(d)),
  );
  const base: ContentDirs = { builtin: true };
  if (!targeted.has(builtin.lessonsDir)) base.lessonsDir = builtin.lessonsDir;
  if (!targeted.has(builtin.quizzesDir)) base.quizzesDir = builtin.quizzesDir;
  const marked = targets.map((t) =>
    t.lessonsDir !== undefined && resolve(t.lessonsDir) === builtin.lessonsDir ? { ...t, builtin: true } : t,
  );
  return [base, ...marked];
}

/** lessons/ and/or quizzes/ below `dir`, else `dir` itself when it holds content files. */
function genericContentDirs(dir: string): ContentDirs[] | undefined {
  const below = subdirs(dir);
  if (below.lessonsDir !== undefined || below.quizzesDir !== undefined) return [below];
  const hasContent = readdirSync(dir).some((name) => ['.md', '.yaml', '.yml'].includes(extname(name).toLowerCase()));
  return hasContent ? [{ lessonsDir: dir, quizzesDir: dir, namedByUser: true }] : undefined;
}

function subdirs(dir: string): ContentDirs {
  const result: ContentDirs = {};
  const lessons = join(dir, 'lessons');
  const quizzes = join(dir, 'quizzes');
  if (isDir(lessons)) result.lessonsDir = lessons;
  if (isDir(quizzes)) result.quizzesDir = quizzes;
  return result;
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** `file:line: message` for an error, `file:line: warning: message` for a warning. */
export function formatProblem(problem: ContentProblem, cwd: string): string {
  // File names and messages can quote what a pack holds: never print a control character raw.
  const file = cleanText(relative(cwd, problem.file) || '.');
  const where = problem.line > 0 ? `${file}:${problem.line}` : file;
  const message = cleanText(problem.message);
  return problem.severity === 'warning' ? `${where}: warning: ${message}` : `${where}: ${message}`;
}

function checkCount(lesson: Lesson): number {
  return lesson.sections.reduce((n, s) => n + s.blocks.filter((b) => b.kind === 'check').length, 0);
}

function scopeSplit(questions: readonly Question[]): string {
  const beyond = questions.filter((q) => q.scope === 'beyond').length;
  return `${beyond} beyond, ${questions.length - beyond} clf-c02`;
}

export function summaryLine(
  lessons: readonly Lesson[],
  questions: readonly Question[],
  problems: readonly ContentProblem[],
): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checks = lessons.reduce((n, l) => n + checkCount(l), 0);
  return (
    `${plural(lessons.length, 'lesson')} (${plural(checks, 'check')}), ` +
    `${plural(questions.length, 'question')} (${scopeSplit(questions)}): ` +
    `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`
  );
}

/** One line per topic, in curriculum order, then topics that have questions but no lesson here. */
function topicCounts(lessons: readonly Lesson[], questions: readonly Question[]): string[] {
  const topics = [...lessons.map((l) => l.id)];
  for (const q of questions) if (!topics.includes(q.topic)) topics.push(q.topic);
  if (topics.length === 0) return [];
  const width = Math.max(...topics.map((t) => t.length));
  return topics.map((topic) => {
    const own = questions.filter((q) => q.topic === topic);
    const lesson = lessons.find((l) => l.id === topic);
    const checks = lesson ? `, ${plural(checkCount(lesson), 'check')}` : '';
    return `  ${topic.padEnd(width)}  ${plural(own.length, 'question')} (${scopeSplit(own)})${checks}`;
  });
}
