// Terminal escape sequences in every text field of a workshop pack: `validate` names each one as
// an error with file:line, the pack is refused by `workshop` and `workshop report` (exit 1), and
// no output carries a raw control character (run() asserts that on stdout and stderr).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bobResults,
  CSI_CLEAR,
  copyPack,
  editFile,
  OSC0,
  OSC8,
  OSC52,
  problemLines,
  run,
  yamlEscaped,
} from './support/hostile.js';

const LESSON = join('lessons', '20-which-role-am-i.md');
const BANK = join('quizzes', 'which-role-am-i.yaml');
const ESCAPE_MESSAGE =
  'a value holds control character ␛ (a YAML escape such as "\\e"): terminal control codes are not allowed in content';
const literalMessage = (column: number, shown = '␛') =>
  `control character ${shown} at column ${column}: terminal control codes are not allowed in content`;

function lineOf(file: string, marker: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not in ${file}`);
  return index + 1;
}

interface FieldCase {
  name: string;
  file: string;
  /** Replaces one line of the file; returns the marker that ends up on the reported line. */
  replace: [from: string, to: string];
  marker: string;
  message: (file: string) => string;
}

const cases: FieldCase[] = [
  {
    name: 'OSC 52 (clipboard) in the workshop title',
    file: 'workshop.yaml',
    replace: ['title: Instance profiles 101', `title: "Instance profiles 101 ${yamlEscaped(OSC52)}"`],
    marker: 'title: "Instance',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'OSC 8 (hyperlink) in the workshop description',
    file: 'workshop.yaml',
    replace: ['description: >-', `description: "${yamlEscaped(OSC8)}"\nx-was-description: >-`],
    marker: 'description: "',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'OSC 0 (window title) in an agenda step title',
    file: 'workshop.yaml',
    replace: ['title: "Challenge: the role nobody can attach"', `title: "Challenge ${yamlEscaped(OSC0)}"`],
    marker: 'title: "Challenge \\e',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'a raw CSI screen clear written literally in a step title',
    file: 'workshop.yaml',
    replace: ['title: "Closing quiz: 10 questions"', `title: "Closing quiz${CSI_CLEAR}"`],
    marker: 'title: "Closing quiz',
    message: () => literalMessage(25),
  },
  {
    name: 'OSC 52 in a pack lesson title (front matter)',
    file: LESSON,
    replace: ['title: Which role is my code using?', `title: "Which role ${yamlEscaped(OSC52)}"`],
    marker: 'title: "Which role',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'OSC 0 in a lesson objective',
    file: LESSON,
    replace: [
      '  - Confirm which identity signs',
      `  - "Confirm ${yamlEscaped(OSC0)}"\n  - Confirm which identity signs`,
    ],
    marker: '  - "Confirm',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'a raw OSC 8 link in the lesson body',
    file: LESSON,
    replace: ['You attached a role to an instance', `${OSC8} You attached a role to an instance`],
    marker: 'You attached a role to an instance',
    message: () => literalMessage(1),
  },
  {
    name: 'OSC 0 in a check question stem inside a lesson',
    file: LESSON,
    replace: ['id: which-role-am-i-101', `id: which-role-am-i-101\nx-stem: "${yamlEscaped(OSC0)}"`],
    marker: 'x-stem:',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'OSC 8 in a question bank stem',
    file: BANK,
    replace: [
      '    stem: >-\n      An application on an EC2 instance uses the role',
      `    stem: "${yamlEscaped(OSC8)} An application"\n    x-stem: >-\n      An application on an EC2 instance uses the role`,
    ],
    marker: 'stem: "\\e]8',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'a CSI clear in an option text',
    file: BANK,
    replace: [
      "      - text: The role's unique ID, a colon, and the instance ID",
      `      - text: "${yamlEscaped(CSI_CLEAR)}The role"`,
    ],
    marker: '- text: "\\e[2J',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'OSC 52 in an option explanation (why)',
    file: BANK,
    replace: [
      "          The launcher's identity is not passed to the instance; the caller",
      `          The launcher's identity ${OSC52} is not passed; the caller`,
    ],
    marker: "The launcher's identity",
    message: () => literalMessage(35),
  },
  {
    name: 'a control character in the bank topic name',
    file: BANK,
    replace: ['topic: which-role-am-i', `topic: "which-role-am-i${yamlEscaped(CSI_CLEAR)}"`],
    marker: 'topic: "which',
    message: () => ESCAPE_MESSAGE,
  },
  {
    name: 'a C1 CSI (U+009B) written literally in a stem',
    file: BANK,
    replace: [
      '      instance profile. It calls GetCallerIdentity.',
      '      instance profile. \u009b2J It calls GetCallerIdentity.',
    ],
    marker: 'instance profile. ',
    message: () => literalMessage(25, '<U+009B>'),
  },
  {
    name: 'a right-to-left override (Trojan Source) in a step title',
    file: 'workshop.yaml',
    replace: ['title: "Lesson: trust policies, who may assume the role"', 'title: "Lesson: \u202eeloR"'],
    marker: 'title: "Lesson: \u202e',
    message: () => literalMessage(21, '<U+202E>'),
  },
];

describe('escape sequences in every text field of a pack', () => {
  for (const testCase of cases) {
    it(`validate reports ${testCase.name} as an error at file:line, exit 1`, async () => {
      const { root, pack } = copyPack();
      const file = join(pack, testCase.file);
      editFile(file, (text) => {
        if (!text.includes(testCase.replace[0])) throw new Error(`fixture text not found: ${testCase.replace[0]}`);
        return text.replace(testCase.replace[0], testCase.replace[1]);
      });
      const result = await run(['validate', 'pack'], root);
      expect(result.code).toBe(1);
      const line = lineOf(file, testCase.marker);
      expect(problemLines(result.out)).toContain(`${join('pack', testCase.file)}:${line}: ${testCase.message(file)}`);
    });
  }

  it('refuses a pack with escapes everywhere in workshop, workshop report and validate, and prints none raw', async () => {
    const { root, pack } = copyPack();
    for (const testCase of cases) {
      editFile(join(pack, testCase.file), (text) => text.replace(testCase.replace[0], testCase.replace[1]));
    }
    const validate = await run(['validate', 'pack'], root);
    expect(validate.code).toBe(1);
    expect(problemLines(validate.out).length).toBeGreaterThanOrEqual(10);
    const workshop = await run(['workshop', 'pack', '--name', 'eve'], root);
    expect(workshop.code).toBe(1);
    expect(workshop.err).toMatch(/iam-tutor: the workshop pack pack has \d+ errors; fix them and try again/);
    const report = await run(['workshop', 'report', 'pack', bobResults], root);
    expect(report.code).toBe(1);
    expect(report.out).toBe('');
    expect(report.err).toContain(
      'iam-tutor: the workshop pack pack has errors; fix them first (iam-tutor validate pack).',
    );
  });

  it('shows a control character in a content file name as a picture in every message', async () => {
    const { root, pack } = copyPack();
    const hostile = join(pack, 'lessons', `21-x${OSC0}.md`);
    renameSync(join(pack, LESSON), hostile);
    const result = await run(['validate', 'pack'], root);
    expect(result.out).toContain('pack/lessons/21-x␛]0;PWNED␇.md:');
    expect(result.code).toBe(0);
  });

  it('keeps a clean pack with a BOM in every file valid (workshop.yaml, lesson, bank)', async () => {
    const { root, pack } = copyPack();
    for (const file of ['workshop.yaml', LESSON, BANK]) editFile(join(pack, file), (text) => `\uFEFF${text}`);
    const result = await run(['validate', 'pack'], root);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe(
      '1 lesson (2 checks), 4 questions (4 beyond, 0 clf-c02): 0 errors, 0 warnings',
    );
    expect(result.code).toBe(0);
  });

  it('reports a bank that is not UTF-8 at the line of the first bad byte', async () => {
    const { root, pack } = copyPack();
    const file = join(pack, BANK);
    const text = readFileSync(file);
    const at = text.indexOf('questions:');
    writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe, 0x0a]), text.subarray(at)]));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toContain(`pack/${BANK}:2: is not UTF-8 text (save it as UTF-8)`);
    expect(result.code).toBe(1);
  });

  it('reports empty files with their own message', async () => {
    const { root, pack } = copyPack();
    writeFileSync(join(pack, 'lessons', '21-empty.md'), '');
    writeFileSync(join(pack, 'quizzes', 'empty.yaml'), '');
    mkdirSync(join(pack, 'lessons', '22-dir.md'));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual(
      expect.arrayContaining([
        'pack/lessons/21-empty.md:1: a lesson starts with YAML front matter between two "---" lines',
        'pack/quizzes/empty.yaml:1: the file is empty',
        'pack/lessons/22-dir.md:1: is a directory, not a regular file; only regular files are read',
      ]),
    );
    expect(result.code).toBe(1);
  });

  it('reports an empty workshop.yaml, and a workshop.yaml that is a directory', async () => {
    const empty = copyPack();
    writeFileSync(join(empty.pack, 'workshop.yaml'), '');
    const first = await run(['validate', 'pack'], empty.root);
    expect(problemLines(first.out)).toContain(
      'pack/workshop.yaml:1: the file is empty: it needs title, minutes and agenda',
    );
    expect(first.code).toBe(1);
    const dir = copyPack();
    const file = join(dir.pack, 'workshop.yaml');
    renameSync(file, join(dir.root, 'moved.yaml'));
    mkdirSync(file);
    const second = await run(['workshop', 'report', 'pack', bobResults], dir.root);
    expect(second.err).toContain(
      'pack/workshop.yaml:1: is a directory, not a regular file; only regular files are read',
    );
    expect(second.code).toBe(1);
  });
});
