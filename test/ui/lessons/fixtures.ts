// Hand-made lessons for the reader tests: small, but long enough to scroll at 80x24, with links
// of every kind and one single-answer and one multiple-answer check.
import type { Lesson, LessonBlock, Question } from '../../../src/content/types.js';

const source = { file: 'lessons/test.md', line: 1 };

export function question(id: string, type: 'single' | 'multiple', correct: number[], optionCount = 4): Question {
  return {
    id,
    topic: 'alpha',
    scope: 'beyond',
    difficulty: 1,
    type,
    stem:
      type === 'single'
        ? `Question ${id}: which option is right?`
        : `Question ${id}: which options are right? (Choose TWO.)`,
    options: Array.from({ length: optionCount }, (_, i) => ({
      text: `Option ${String.fromCharCode(65 + i)}`,
      correct: correct.includes(i),
      why: `Because of reason ${String.fromCharCode(65 + i)}.`,
    })),
    docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html'],
    verified: '2026-11-22',
    source,
  };
}

const md = (text: string): LessonBlock => ({ kind: 'markdown', text, line: 1 });
const check = (q: Question): LessonBlock => ({ kind: 'check', question: q, line: 1 });

/** Numbered paragraphs, so a test can tell exactly which lines are on screen. */
export const paragraphs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix} paragraph ${i + 1}.`).join('\n\n');

export const alpha: Lesson = {
  id: 'alpha',
  title: 'Alpha roles',
  order: 1,
  minutes: 10,
  scope: 'clf-c02',
  objectives: ['Explain what a role is', 'Find the trust policy'],
  references: [{ title: 'IAM roles', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html' }],
  sandbox: 'trust-instance-arn',
  source,
  sections: [
    {
      title: 'Introduction',
      index: 0,
      line: 10,
      blocks: [
        md(
          `${paragraphs('Intro', 12)}\n\nSee [the beta lesson](lesson:beta) or [Try it in the sandbox](sandbox:trust-instance-arn).`,
        ),
      ],
    },
    {
      title: 'Checking yourself',
      index: 1,
      line: 40,
      blocks: [
        md('Answer these.'),
        check(question('alpha-901', 'single', [0])),
        check(question('alpha-902', 'multiple', [0, 2], 5)),
      ],
    },
    { title: 'Key takeaways', index: 2, line: 80, blocks: [md('- Roles are assumed.\n- Trust policies say who.')] },
  ],
};

export const beta: Lesson = {
  id: 'beta',
  title: 'Beta profiles',
  order: 2,
  minutes: 12,
  scope: 'beyond',
  objectives: ['Attach a profile'],
  references: [
    {
      title: 'Instance profiles',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html',
    },
  ],
  source,
  sections: [
    { title: 'Beta intro', index: 0, line: 5, blocks: [md(paragraphs('Beta', 3))] },
    { title: 'Key takeaways', index: 1, line: 20, blocks: [md('Profiles carry roles.')] },
  ],
};

export const gamma: Lesson = {
  id: 'gamma',
  title: 'Gamma credentials',
  order: 3,
  minutes: 8,
  scope: 'mixed',
  objectives: ['Trace credentials'],
  references: [
    { title: 'IMDS', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html' },
  ],
  source,
  sections: [
    {
      title: 'Key takeaways',
      index: 0,
      line: 5,
      blocks: [md('Credentials rotate. See [question 3](quiz:gamma-003).')],
    },
  ],
};

/** Deliberately out of order: the screens sort by `order`. */
export const lessons: Lesson[] = [beta, gamma, alpha];
