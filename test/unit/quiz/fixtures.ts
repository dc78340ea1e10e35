// Question fixtures built in code, so engine tests never depend on the shipped bank.

import type { Question, QuestionOption } from '../../../src/content/types.js';

interface FixtureOptions {
  topic?: string;
  scope?: 'clf-c02' | 'beyond';
  domain?: 1 | 2 | 3 | 4;
  /** CLF-C02 task statement; defaults to the domain's first task ("2.1"). */
  task?: string;
  /** Misconception tags for the wrong options, in order; undefined leaves one untagged. */
  misconceptions?: (string | undefined)[];
}

function wrongOptions(id: string, count: number, tags: (string | undefined)[] = []): QuestionOption[] {
  return Array.from({ length: count }, (_, i) => {
    const option: QuestionOption = { text: `${id} wrong ${i}`, correct: false, why: `why ${id} wrong ${i}` };
    const tag = tags[i];
    if (tag !== undefined) option.misconception = tag;
    return option;
  });
}

function base(id: string, o: FixtureOptions): Omit<Question, 'type' | 'stem' | 'options'> {
  const scope = o.scope ?? (o.domain === undefined ? 'beyond' : 'clf-c02');
  const question: Omit<Question, 'type' | 'stem' | 'options'> = {
    id,
    topic: o.topic ?? 'trust-policies',
    scope,
    difficulty: 2,
    docs: [`https://docs.aws.amazon.com/IAM/latest/UserGuide/${id}.html`],
    verified: '2026-01-01',
    source: { file: 'fixture.yaml', line: 1 },
  };
  if (scope === 'clf-c02') {
    question.domain = o.domain ?? 2;
    question.task = o.task ?? `${question.domain}.1`;
  }
  return question;
}

/** Four options; option 0 is the key. */
export function single(id: string, o: FixtureOptions = {}): Question {
  return {
    ...base(id, o),
    type: 'single',
    stem: `Stem of ${id}?`,
    options: [{ text: `${id} right`, correct: true, why: `why ${id} right` }, ...wrongOptions(id, 3, o.misconceptions)],
  };
}

/** Five options; options 0 and 1 are the key ("Choose TWO."). */
export function multiple(id: string, o: FixtureOptions = {}): Question {
  return {
    ...base(id, o),
    type: 'multiple',
    stem: `Stem of ${id}? (Choose TWO.)`,
    options: [
      { text: `${id} right 0`, correct: true, why: `why ${id} right 0` },
      { text: `${id} right 1`, correct: true, why: `why ${id} right 1` },
      ...wrongOptions(id, 3, o.misconceptions),
    ],
  };
}

/** `n` single-answer questions in a domain (or beyond when domain is undefined). */
export function many(prefix: string, n: number, o: FixtureOptions = {}): Question[] {
  return Array.from({ length: n }, (_, i) => single(`${prefix}-${String(i + 1).padStart(3, '0')}`, o));
}

/** `n` domain-2 questions spread round-robin over tasks 2.1-2.4 (2.1 gets the first). */
export function acrossDomain2Tasks(prefix: string, n: number, o: FixtureOptions = {}): Question[] {
  return Array.from({ length: n }, (_, i) =>
    single(`${prefix}-${String(i + 1).padStart(3, '0')}`, { ...o, domain: 2, task: `2.${(i % 4) + 1}` }),
  );
}

/** A bank large enough for a full 65-question exam weighted by domain. */
export function bigBank(): Question[] {
  return [
    ...many('d1', 30, { domain: 1, topic: 'iam-basics' }),
    ...acrossDomain2Tasks('d2', 30, { topic: 'roles-and-sts' }),
    ...many('d3', 30, { domain: 3, topic: 'lambda-and-services' }),
    ...many('d4', 30, { domain: 4, topic: 'clf-c02-exam-corner' }),
    ...many('bx', 20, { topic: 'instance-profiles' }),
  ];
}

export const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
export const MIN = 60_000;
