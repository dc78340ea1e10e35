// Parse one question bank file (quizzes/<topic>.yaml). Each question is validated on its own,
// so one bad question does not hide the problems (or the content) of the others.
import { basename, extname } from 'node:path';
import { questionRecord, toOptions } from './question-build.js';
import { questionWarnings } from './question-warnings.js';
import type { QuestionRecord } from './records.js';
import { type BankQuestionInput, bankFileSchema, bankQuestionSchema } from './schemas.js';
import type { ContentProblem, Question } from './types.js';
import { issuesToProblems } from './zod-issues.js';
import { parseYamlSource } from './yaml-source.js';

export interface BankFileResult {
  questions: QuestionRecord[];
  problems: ContentProblem[];
}

export function parseBankFile(file: string, text: string): BankFileResult {
  const source = parseYamlSource(file, text.replace(/^\uFEFF/, ''));
  const problems: ContentProblem[] = [...source.problems];
  const questions: QuestionRecord[] = [];
  if (problems.some((p) => p.severity === 'error')) return { questions, problems };
  const data = source.data;
  if (data === null || data === undefined) {
    problems.push({ file, line: 1, message: 'the file is empty', severity: 'error' });
    return { questions, problems };
  }

  // The file-level shape (topic, questions list) without re-reporting every question's issues.
  const fileShape = bankFileSchema.safeParse(data);
  if (!fileShape.success) {
    const fileIssues = fileShape.error.issues.filter((i) => !(i.path[0] === 'questions' && i.path.length > 1));
    problems.push(...issuesToProblems(fileIssues, source));
  }
  const raw = (typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const fileTopic = typeof raw.topic === 'string' ? raw.topic : undefined;
  if (fileTopic && basename(file, extname(file)) !== fileTopic) {
    problems.push({
      file,
      line: source.lineOf(['topic']),
      message: `file name should be ${fileTopic}.yaml to match its topic`,
      severity: 'warning',
    });
  }
  if (!Array.isArray(raw.questions)) return { questions, problems };

  raw.questions.forEach((item: unknown, index) => {
    const path = ['questions', index];
    const line = source.lineOf(path);
    const record = questionRecord(source, item, path, 'bank', { file, line });
    if (record.topic === undefined && fileTopic !== undefined) {
      record.topic = fileTopic;
      record.topicLine = source.lineOf(['topic']);
    }
    questions.push(record);
    const parsed = bankQuestionSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(
        ...issuesToProblems(
          parsed.error.issues.map((i) => ({ ...i, path: [...path, ...i.path] })),
          source,
          { prefixLength: 2 },
        ),
      );
    }
    // Warnings read the raw item, so a question with errors still shows them.
    problems.push(...questionWarnings(item, source, path, 'bank'));
    if (parsed.success && record.topic !== undefined)
      record.question = toBankQuestion(parsed.data, record.topic, { file, line });
  });
  return { questions, problems };
}

function toBankQuestion(q: BankQuestionInput, topic: string, source: { file: string; line: number }): Question {
  return {
    id: q.id,
    topic,
    scope: q.scope,
    ...(q.domain !== undefined ? { domain: q.domain } : {}),
    ...(q.task !== undefined ? { task: q.task } : {}),
    difficulty: q.difficulty,
    type: q.type,
    stem: q.stem,
    options: toOptions(q.options),
    docs: q.docs,
    verified: q.verified,
    source,
  };
}
