// The rules a question must follow beyond its field types (docs/CONTENT-FORMAT.md, "Rules the
// validator enforces"). They run as a zod superRefine so the schema alone decides validity;
// each issue carries the path of the field to blame so the loader can report its line.
import type { z } from 'zod';
import { type ClfDomain, clfTasks, isClfTask, taskBelongsToDomain } from './clf-c02.js';

interface QuestionShape {
  type: 'single' | 'multiple';
  stem: string;
  options: { text: string; correct?: boolean | undefined; misconception?: string | undefined }[];
  scope?: 'clf-c02' | 'beyond';
  domain?: ClfDomain | undefined;
  task?: string | undefined;
}

/** The exam's words for the number of answers, as written in "(Choose TWO.)". */
export const chooseWords: Readonly<Record<string, number>> = { TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const wordFor = (n: number): string | undefined => Object.keys(chooseWords).find((w) => chooseWords[w] === n);

// "Choose" followed by a number, in any case, with or without the parentheses and the period:
// "(Choose TWO.)", "Choose two", "(choose 3)". "Choose the ..." or "choose a ..." is prose.
const CHOOSE = /\(?\s*\bchoose\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?:\s*\.)?(?:\s*\))?/gi;

export interface ChooseClause {
  /** The clause as written in the stem, e.g. "choose 2". */
  text: string;
  /** The number it asks for. */
  count: number;
  /** Written the exam's way: "(Choose TWO.)". */
  canonical: boolean;
}

/** Every "Choose N" instruction in a stem. */
export function chooseClauses(stem: string): ChooseClause[] {
  return [...stem.matchAll(CHOOSE)].map((m) => {
    const text = m[0].trim();
    const said = m[1] ?? '';
    const count = /^\d+$/.test(said) ? Number(said) : (NUMBER_WORDS[said.toLowerCase()] ?? 0);
    return { text, count, canonical: text === `(Choose ${wordFor(count) ?? '?'}.)` };
  });
}

/** "(Choose TWO.)" for 2; undefined when the exam has no word for n. */
export function canonicalChoose(n: number): string | undefined {
  const word = wordFor(n);
  return word ? `(Choose ${word}.)` : undefined;
}

/** Option texts and stems compare equal when they differ only in case or spacing. */
export function normaliseText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function addQuestionRuleIssues(q: QuestionShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const correct = q.options.filter((o) => o.correct === true).length;
  const count = q.options.length;
  const chooses = chooseClauses(q.stem);

  if (q.type === 'single') {
    if (count !== 4) issue(['options'], `a single-answer question needs exactly 4 options (found ${count})`);
    if (correct !== 1) issue(['options'], `a single-answer question needs exactly 1 correct option (found ${correct})`);
    const many = chooses.find((c) => c.count !== 1);
    if (many) issue(['stem'], `says "${many.text}" but the question type is single (exactly one correct option)`);
  } else {
    if (count < 5) issue(['options'], `a multiple-answer question needs 5 or more options (found ${count})`);
    if (correct < 2)
      issue(['options'], `a multiple-answer question needs 2 or more correct options (found ${correct})`);
    if (correct === count) issue(['options'], 'every option is correct; a question needs wrong options too');
    checkChoose(chooses, correct, issue);
  }

  const firstIndex = new Map<string, number>();
  q.options.forEach((option, i) => {
    const key = normaliseText(option.text);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) firstIndex.set(key, i);
    else issue(['options', i, 'text'], `duplicate option text (same as option ${earlier + 1})`);
    if (option.correct === true && option.misconception !== undefined) {
      issue(['options', i, 'misconception'], 'a misconception tag belongs on a wrong option, not a correct one');
    }
  });

  if (q.scope === 'clf-c02') {
    if (q.domain === undefined) issue(['scope'], 'clf-c02 needs a "domain" (1-4)');
    if (q.task === undefined) issue(['scope'], 'clf-c02 needs a "task" such as "2.3"');
  }
  if (q.task !== undefined) {
    if (!isClfTask(q.task)) {
      issue(['task'], `"${q.task}" is not a CLF-C02 task statement`);
    } else if (q.domain !== undefined && !taskBelongsToDomain(q.task, q.domain)) {
      const tasks = clfTasks(q.domain);
      issue(['task'], `"${q.task}" is not in domain ${q.domain} (${tasks[0]} to ${tasks[tasks.length - 1]})`);
    }
  }
}

function checkChoose(chooses: ChooseClause[], correct: number, issue: (path: string[], message: string) => void): void {
  const expected = canonicalChoose(correct);
  const want = expected ? `"${expected}"` : '"(Choose TWO.)" to "(Choose FIVE.)"';
  if (chooses.length === 0) {
    issue(['stem'], `a multiple-answer stem must say ${want} (${correct} options are correct)`);
    return;
  }
  if (chooses.length > 1) {
    issue(
      ['stem'],
      `the stem says "Choose N" more than once (${chooses.map((c) => `"${c.text}"`).join(', ')}); keep one`,
    );
    return;
  }
  const clause = chooses[0];
  if (clause && clause.count !== correct) {
    issue(['stem'], `says "${clause.text}" but ${correct} options are correct`);
  }
}
