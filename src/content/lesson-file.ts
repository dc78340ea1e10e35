// Parse one lesson file: YAML front matter, then a Markdown body split into sections, with
// ```check blocks turned into questions. Problems in the file are reported here; links and
// duplicates need every file and are checked by the loader.
//
// Check questions inherit from their lesson: topic is the lesson id, scope is the lesson's
// scope with 'mixed' read as 'beyond' (a check in a mixed lesson is not an exam-tagged item),
// domain and task are absent, and verified is '' because the lesson's references vouch for it.
import { basename } from 'node:path';
import { isAwsDocsUrl, notAwsDocsMessage } from './aws-docs.js';
import { type RawSection, scanLessonBody } from './lesson-body.js';
import { questionRecord, toOptions } from './question-build.js';
import { questionWarnings } from './question-warnings.js';
import type { LessonRecord, QuestionRecord } from './records.js';
import {
  type CheckQuestionInput,
  checkQuestionSchema,
  type LessonFrontMatter,
  lessonFrontMatterSchema,
} from './schemas.js';
import type { ContentProblem, Lesson, LessonBlock, LessonScope, LessonSection, Scope } from './types.js';
import { issuesToProblems } from './zod-issues.js';
import { parseYamlSource } from './yaml-source.js';

export const KEY_TAKEAWAYS = 'Key takeaways';
export const MIN_CHECKS = 2;
export const MAX_CHECKS = 4;

const CHECK_FIELD_HINT = 'check questions take topic, scope, domain, task and verified from the lesson';

export interface LessonFileResult {
  record: LessonRecord;
  problems: ContentProblem[];
}

export function parseLessonFile(file: string, text: string, builtin: boolean): LessonFileResult {
  const problems: ContentProblem[] = [];
  const record: LessonRecord = { file, builtin, idLine: 1, orderLine: 1, sandboxLine: 1, links: [], checks: [] };
  const error = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  const warn = (line: number, message: string) => problems.push({ file, line, message, severity: 'warning' });

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    error(1, 'a lesson starts with YAML front matter between two "---" lines');
    return { record, problems };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    error(1, 'the front matter is never closed; add a "---" line after it');
    return { record, problems };
  }

  // Front matter: file line 2 is its first line.
  const fm = parseYamlSource(file, lines.slice(1, end).join('\n'), 2);
  problems.push(...fm.problems);
  const raw = (fm.data !== null && typeof fm.data === 'object' ? fm.data : {}) as Record<string, unknown>;
  let frontMatter: LessonFrontMatter | undefined;
  if (fm.problems.every((p) => p.severity !== 'error')) {
    if (fm.data === undefined || fm.data === null) {
      error(1, 'the front matter is empty');
    } else {
      const parsed = lessonFrontMatterSchema.safeParse(fm.data);
      if (parsed.success) frontMatter = parsed.data;
      else problems.push(...issuesToProblems(parsed.error.issues, fm));
    }
  }
  if (typeof raw.id === 'string') record.id = raw.id;
  if (typeof raw.order === 'number') record.order = raw.order;
  if (typeof raw.sandbox === 'string') record.sandbox = raw.sandbox;
  record.idLine = fm.lineOf(['id']);
  record.orderLine = fm.lineOf(['order']);
  record.sandboxLine = fm.lineOf(['sandbox']);

  if (Array.isArray(raw.references)) {
    raw.references.forEach((ref: unknown, i) => {
      const url = (ref as { url?: unknown } | null)?.url;
      if (typeof url === 'string' && url.startsWith('https://') && !isAwsDocsUrl(url)) {
        warn(fm.lineOf(['references', i, 'url']), `reference ${notAwsDocsMessage(url)}`);
      }
    });
  }
  const expectedName = record.id ? /^\d+-(.+)\.md$/.exec(basename(file))?.[1] : undefined;
  if (record.id && expectedName !== record.id) {
    warn(record.idLine, `file name should be NN-${record.id}.md to match the lesson id`);
  }

  // Body.
  const bodyFirstLine = end + 2;
  const body = scanLessonBody(file, lines.slice(end + 1), bodyFirstLine);
  problems.push(...body.problems);
  record.links = body.links;

  const lessonId = record.id ?? basename(file).replace(/\.md$/, '');
  const lessonScope = typeof raw.scope === 'string' ? (raw.scope as LessonScope) : 'beyond';
  const sections = body.sections.map((section, index) =>
    buildSection(
      section,
      index,
      { file, lessonId, scope: lessonScope === 'mixed' ? 'beyond' : (lessonScope as Scope) },
      record.checks,
      problems,
    ),
  );

  // Structure.
  const firstSectionLine = body.sections[0]?.line ?? bodyFirstLine;
  if (body.sections.length === 0) error(bodyFirstLine, 'the lesson has no "## " sections');
  if (body.diagramCount === 0) error(firstSectionLine, 'the lesson needs at least one ```diagram block');
  const checkLines = body.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'check').map((b) => b.line));
  if (checkLines.length < MIN_CHECKS) {
    const at = checkLines[checkLines.length - 1] ?? firstSectionLine;
    error(at, `the lesson has ${checkLines.length} check block(s); it needs ${MIN_CHECKS} to ${MAX_CHECKS}`);
  } else if (checkLines.length > MAX_CHECKS) {
    error(
      checkLines[MAX_CHECKS] ?? firstSectionLine,
      `the lesson has ${checkLines.length} check blocks; it needs ${MIN_CHECKS} to ${MAX_CHECKS}`,
    );
  }
  const last = body.sections[body.sections.length - 1];
  if (last && last.title !== KEY_TAKEAWAYS) {
    const earlier = body.sections.find((s) => s.title === KEY_TAKEAWAYS);
    if (earlier) error(earlier.line, `"## ${KEY_TAKEAWAYS}" must be the last section`);
    else error(last.line, `the last section must be "## ${KEY_TAKEAWAYS}" (found "## ${last.title}")`);
  }

  if (frontMatter) record.lesson = toLesson(frontMatter, sections, file);
  return { record, problems };
}

interface CheckContext {
  file: string;
  lessonId: string;
  scope: Scope;
}

function buildSection(
  raw: RawSection,
  index: number,
  context: CheckContext,
  checks: QuestionRecord[],
  problems: ContentProblem[],
): LessonSection {
  const blocks: LessonBlock[] = [];
  for (const block of raw.blocks) {
    if (block.kind === 'markdown') {
      blocks.push(block);
      continue;
    }
    const record = parseCheckBlock(block.yaml, block.line, block.firstYamlLine, context, problems);
    checks.push(record);
    if (record.question) blocks.push({ kind: 'check', question: record.question, line: block.line });
  }
  return { title: raw.title, index, blocks, line: raw.line };
}

function parseCheckBlock(
  yaml: string,
  fenceLine: number,
  firstYamlLine: number,
  context: CheckContext,
  problems: ContentProblem[],
): QuestionRecord {
  const source = parseYamlSource(context.file, yaml, firstYamlLine);
  problems.push(...source.problems);
  const record = questionRecord(source, source.data, [], 'check', { file: context.file, line: fenceLine });
  record.topic = context.lessonId;
  if (source.problems.some((p) => p.severity === 'error')) return record;
  if (
    source.data === undefined ||
    source.data === null ||
    typeof source.data !== 'object' ||
    Array.isArray(source.data)
  ) {
    problems.push({
      file: context.file,
      line: fenceLine,
      message: 'a check block holds one question as a YAML mapping (id:, type:, stem:, options:, ...)',
      severity: 'error',
    });
    return record;
  }
  const parsed = checkQuestionSchema.safeParse(source.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, source, { unknownFieldHint: CHECK_FIELD_HINT }));
  }
  problems.push(...questionWarnings(source.data, source, [], 'check'));
  if (!parsed.success) return record;
  record.question = toCheckQuestion(parsed.data, context, fenceLine);
  return record;
}

function toCheckQuestion(input: CheckQuestionInput, context: CheckContext, line: number) {
  return {
    id: input.id,
    topic: context.lessonId,
    scope: context.scope,
    difficulty: input.difficulty,
    type: input.type,
    stem: input.stem,
    options: toOptions(input.options),
    docs: input.docs,
    verified: '',
    source: { file: context.file, line },
  };
}

function toLesson(fm: LessonFrontMatter, sections: LessonSection[], file: string): Lesson {
  return {
    id: fm.id,
    title: fm.title,
    order: fm.order,
    minutes: fm.minutes,
    scope: fm.scope,
    objectives: fm.objectives,
    references: fm.references,
    ...(fm.sandbox !== undefined ? { sandbox: fm.sandbox } : {}),
    sections,
    source: { file, line: 1 },
  };
}
