import { describe, expect, it } from 'vitest';
import {
  bankFileSchema,
  bankQuestionSchema,
  checkQuestionSchema,
  clfTasks,
  lessonFrontMatterSchema,
} from '../../../src/content/index.js';

const options = (correct: number, total: number) =>
  Array.from({ length: total }, (_, i) => ({
    text: `Option ${i + 1}`,
    why: `Because ${i + 1}.`,
    ...(i < correct ? { correct: true } : {}),
  }));

const single = {
  id: 'topic-001',
  scope: 'beyond',
  difficulty: 2,
  type: 'single',
  stem: 'Which one?',
  options: options(1, 4),
  docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html'],
  verified: '2026-11-22',
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('bank question schema', () => {
  it('accepts a valid single-answer question', () => {
    expect(messages(bankQuestionSchema.safeParse(single))).toEqual([]);
  });

  it.each([
    ['TWO', 2],
    ['THREE', 3],
    ['FOUR', 4],
    ['FIVE', 5],
  ])('accepts (Choose %s.) with %i correct options', (word, n) => {
    const q = { ...single, type: 'multiple', stem: `Which ones? (Choose ${word}.)`, options: options(n, n + 3) };
    expect(messages(bankQuestionSchema.safeParse(q))).toEqual([]);
  });

  it('rejects a Choose word that does not match the number correct', () => {
    const q = { ...single, type: 'multiple', stem: 'Which ones? (Choose THREE.)', options: options(2, 5) };
    expect(messages(bankQuestionSchema.safeParse(q))).toEqual([
      'stem: says "(Choose THREE.)" but 2 options are correct',
    ]);
  });

  it.each([
    ['Which ones? (Choose two.)', 2],
    ['Which ones? Choose THREE.', 3],
    ['Which ones? (choose 2)', 2],
    ['Which ones? choose 3', 3],
  ])('reads "%s" as asking for %i answers, in any case, with or without parentheses', (stem, n) => {
    expect(
      messages(bankQuestionSchema.safeParse({ ...single, type: 'multiple', stem, options: options(n, 5) })),
    ).toEqual([]);
    expect(
      messages(bankQuestionSchema.safeParse({ ...single, type: 'multiple', stem, options: options(n + 1, 5) }))[0],
    ).toMatch(/^stem: says ".*" but \d options are correct$/);
  });

  it.each(['Which one? (Choose TWO.)', 'Which one? Choose two', 'Which one? (choose 2)', 'Which one? CHOOSE THREE.'])(
    'rejects "%s" on a single-answer question',
    (stem) => {
      expect(messages(bankQuestionSchema.safeParse({ ...single, stem }))).toEqual([
        `stem: says "${stem.slice('Which one? '.length)}" but the question type is single (exactly one correct option)`,
      ]);
    },
  );

  it('does not read prose such as "choose the role" as a Choose instruction', () => {
    const stem = 'Which role should the administrator choose? They may choose a role or choose the root user.';
    expect(messages(bankQuestionSchema.safeParse({ ...single, stem }))).toEqual([]);
    expect(
      messages(bankQuestionSchema.safeParse({ ...single, type: 'multiple', stem, options: options(2, 5) })),
    ).toEqual(['stem: a multiple-answer stem must say "(Choose TWO.)" (2 options are correct)']);
  });

  it('rejects a Choose word it cannot read, and a stem that asks twice', () => {
    const q = { ...single, type: 'multiple', options: options(2, 5) };
    expect(messages(bankQuestionSchema.safeParse({ ...q, stem: 'Which ones? (Choose SEVERAL.)' }))).toEqual([
      'stem: a multiple-answer stem must say "(Choose TWO.)" (2 options are correct)',
    ]);
    expect(
      messages(bankQuestionSchema.safeParse({ ...q, stem: 'Choose two of these. Which ones? (Choose TWO.)' })),
    ).toEqual(['stem: the stem says "Choose N" more than once ("Choose two", "(Choose TWO.)"); keep one']);
  });

  it('rejects a multiple-answer question with one correct option', () => {
    const q = { ...single, type: 'multiple', stem: 'Which ones? (Choose TWO.)', options: options(1, 5) };
    expect(messages(bankQuestionSchema.safeParse(q))).toEqual([
      'options: a multiple-answer question needs 2 or more correct options (found 1)',
      'stem: says "(Choose TWO.)" but 1 options are correct',
    ]);
  });

  it('rejects a single-answer question with two correct options', () => {
    expect(messages(bankQuestionSchema.safeParse({ ...single, options: options(2, 4) }))).toEqual([
      'options: a single-answer question needs exactly 1 correct option (found 2)',
    ]);
  });

  it('treats option texts differing only in case and spacing as duplicates', () => {
    const opts = options(1, 4);
    opts[3] = { text: '  option   1 ', why: 'Again.' };
    expect(messages(bankQuestionSchema.safeParse({ ...single, options: opts }))).toEqual([
      'options.3.text: duplicate option text (same as option 1)',
    ]);
  });

  it('rejects unknown fields', () => {
    const result = bankQuestionSchema.safeParse({ ...single, explanation: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('requires docs on an AWS documentation host (an error, not a warning)', () => {
    const docs = [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html',
      'https://aws.amazon.com/compliance/shared-responsibility-model/',
      'https://d1.awsstatic.com/training-and-certification/docs-cloud-practitioner/AWS-Certified-Cloud-Practitioner_Exam-Guide.pdf',
      'https://stackoverflow.com/questions/1',
      'https://bucket.s3.amazonaws.com/page.html',
      'https://www.amazon.com/dp/123',
    ];
    expect(messages(bankQuestionSchema.safeParse({ ...single, docs }))).toEqual([
      'docs.3: https://stackoverflow.com/questions/1 is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
      'docs.4: https://bucket.s3.amazonaws.com/page.html is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
      'docs.5: https://www.amazon.com/dp/123 is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
    ]);
    const { scope: _s, verified: _v, ...check } = single;
    expect(checkQuestionSchema.safeParse({ ...check, docs: ['https://example.com/iam'] }).success).toBe(false);
  });

  it('requires https docs and a real calendar date', () => {
    expect(messages(bankQuestionSchema.safeParse({ ...single, docs: ['ftp://x'], verified: '2026-13-01' }))).toEqual([
      'docs.0: must be an https:// URL',
      'verified: must be a date written YYYY-MM-DD',
    ]);
    expect(messages(bankQuestionSchema.safeParse({ ...single, docs: [] }))).toEqual([
      'docs: needs at least one AWS documentation URL',
    ]);
  });

  it('accepts every task of each CLF-C02 domain and rejects tasks of other domains', () => {
    for (const domain of [1, 2, 3, 4] as const) {
      for (const task of clfTasks(domain)) {
        expect(messages(bankQuestionSchema.safeParse({ ...single, scope: 'clf-c02', domain, task }))).toEqual([]);
      }
    }
    expect(clfTasks(3)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8']);
    expect(messages(bankQuestionSchema.safeParse({ ...single, scope: 'clf-c02', domain: 1, task: '1.5' }))).toEqual([
      'task: "1.5" is not a CLF-C02 task statement',
    ]);
    expect(messages(bankQuestionSchema.safeParse({ ...single, scope: 'clf-c02', domain: 4, task: '3.8' }))).toEqual([
      'task: "3.8" is not in domain 4 (4.1 to 4.3)',
    ]);
  });
});

describe('check question schema', () => {
  const { scope: _scope, verified: _verified, ...check } = single;

  it('accepts a bank question without the inherited fields', () => {
    expect(messages(checkQuestionSchema.safeParse(check))).toEqual([]);
  });

  it.each(['topic', 'scope', 'domain', 'task', 'verified'])('rejects the inherited field %s', (field) => {
    const result = checkQuestionSchema.safeParse({ ...check, [field]: 'x' });
    expect(result.error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });
});

describe('bank file and front matter schemas', () => {
  it('needs a kebab-case topic and at least one question', () => {
    expect(messages(bankFileSchema.safeParse({ topic: 'Trust Policies', questions: [] }))).toEqual([
      'topic: must be kebab-case (lowercase letters, digits and single dashes)',
      'questions: needs at least one question',
    ]);
  });

  it('needs 2 to 6 objectives and at least one reference', () => {
    const fm = {
      id: 'x',
      title: 'X',
      order: 1,
      minutes: 5,
      scope: 'mixed',
      objectives: ['one'],
      references: [],
    };
    expect(messages(lessonFrontMatterSchema.safeParse(fm))).toEqual([
      'objectives: needs 2 to 6 objectives',
      'references: needs at least one reference',
    ]);
  });
});
