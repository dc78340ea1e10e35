// zod schemas for lesson front matter, `check` blocks and question bank files, exactly as
// docs/CONTENT-FORMAT.md describes them. Objects are strict: an unknown field is an error,
// because a misspelt optional field (say `misconeption`) would otherwise vanish silently.
import { z } from 'zod';
import { isAwsDocsUrl, notAwsDocsMessage } from './aws-docs.js';
import { addQuestionRuleIssues } from './question-rules.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const kebabId = z.string().regex(KEBAB, 'must be kebab-case (lowercase letters, digits and single dashes)');

const text = z.string().trim().min(1, 'must not be empty');

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const httpsUrl = z.string().refine(isHttpsUrl, 'must be an https:// URL');

/** A question's `docs` entry: an https URL on one of the AWS documentation hosts. */
export const awsDocsUrl = z.string().superRefine((value, ctx) => {
  if (!isHttpsUrl(value)) ctx.addIssue({ code: 'custom', message: 'must be an https:// URL' });
  else if (!isAwsDocsUrl(value)) ctx.addIssue({ code: 'custom', message: notAwsDocsMessage(value) });
});

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD');

export const scopeSchema = z.enum(['clf-c02', 'beyond']);
export const lessonScopeSchema = z.enum(['clf-c02', 'beyond', 'mixed']);

export const optionSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
  why: text,
  misconception: kebabId.optional(),
});

/** Fields shared by bank questions and lesson check questions. */
const questionFields = {
  id: kebabId,
  difficulty: z.literal([1, 2, 3]),
  type: z.enum(['single', 'multiple']),
  stem: text,
  options: z.array(optionSchema).min(2, 'needs at least 2 options'),
  docs: z.array(awsDocsUrl).min(1, 'needs at least one AWS documentation URL'),
};

/** A `check` block in a lesson: topic, scope, domain, task and verified come from the lesson. */
export const checkQuestionSchema = z.strictObject(questionFields).superRefine(addQuestionRuleIssues);

export const bankQuestionSchema = z
  .strictObject({
    ...questionFields,
    topic: kebabId.optional(),
    scope: scopeSchema,
    domain: z.literal([1, 2, 3, 4]).optional(),
    task: z
      .string()
      .regex(/^\d\.\d+$/, 'must be a task statement number such as "2.3"')
      .optional(),
    verified: isoDate,
  })
  .superRefine(addQuestionRuleIssues);

export const bankFileSchema = z.strictObject({
  topic: kebabId,
  questions: z.array(bankQuestionSchema).min(1, 'needs at least one question'),
});

export const referenceSchema = z.strictObject({
  title: text,
  url: httpsUrl,
});

export const lessonFrontMatterSchema = z.strictObject({
  id: kebabId,
  title: text,
  order: z.int().positive('must be a positive whole number'),
  minutes: z.int().positive('must be a positive whole number'),
  scope: lessonScopeSchema,
  objectives: z.array(text).min(2, 'needs 2 to 6 objectives').max(6, 'needs 2 to 6 objectives'),
  references: z.array(referenceSchema).min(1, 'needs at least one reference'),
  sandbox: kebabId.optional(),
});

export type OptionInput = z.infer<typeof optionSchema>;
export type CheckQuestionInput = z.infer<typeof checkQuestionSchema>;
export type BankQuestionInput = z.infer<typeof bankQuestionSchema>;
export type BankFileInput = z.infer<typeof bankFileSchema>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
