import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCommand, workshopPackHandler } from '../../../src/content/index.js';
import {
  installWorkshopValidation,
  loadWorkshopPack,
  packIsUsable,
  parseWorkshopFile,
} from '../../../src/workshop/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** Problems as the CLI prints them, relative to the file's directory. */
function problemsOf(yaml: string): string[] {
  return parseWorkshopFile('/pack/workshop.yaml', yaml).problems.map((p) => formatProblem(p, '/pack'));
}

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-pack-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const minimal = ['title: T', 'minutes: 30', 'agenda:', '  - kind: lesson', '    id: trust-policies', ''].join('\n');

// Loading a pack loads the built-in curriculum beside it (15 lessons, 322 questions): 1-1.5 s of
// CPU alone on this 2-core machine, and a test loads up to two packs; the 5 s default was too
// tight with the other test files running beside it.
describe('workshop.yaml schema', { timeout: 30_000 }, () => {
  it('parses a valid file into typed steps with their lines', () => {
    const parsed = parseWorkshopFile(
      '/pack/workshop.yaml',
      [
        'title: Demo',
        'minutes: 45',
        'agenda:',
        '  - kind: lesson',
        '    id: trust-policies',
        '    minutes: 10',
        '  - kind: quiz',
        '    topics: [trust-policies]',
        '    count: 5',
        '    seed: 7',
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.workshop).toEqual({
      title: 'Demo',
      minutes: 45,
      file: '/pack/workshop.yaml',
      agenda: [
        { kind: 'lesson', id: 'trust-policies', minutes: 10, index: 0, line: 4 },
        { kind: 'quiz', topics: ['trust-policies'], count: 5, seed: 7, index: 1, line: 7 },
      ],
    });
  });

  it('names the line of a missing field, an unknown field and a bad kind', () => {
    expect(
      problemsOf(
        [
          'title: Demo', // 1
          'minuts: 45', // 2
          'agenda:', // 3
          '  - kind: lesson', // 4
          '    id: trust-policies', // 5
          '  - kind: lab', // 6
          '    id: x', // 7
          '  - kind: quiz', // 8
          '    topics: []', // 9
          '    count: 500', // 10
        ].join('\n'),
      ),
    ).toEqual([
      'workshop.yaml:1: missing required field "minutes"',
      'workshop.yaml:2: unknown field "minuts"',
      'workshop.yaml:6: agenda[1].kind: must be one of lesson, challenge, quiz (found "lab")',
      'workshop.yaml:9: agenda[2].topics: name at least one topic',
      'workshop.yaml:10: agenda[2].count: at most 65 questions',
    ]);
  });

  it('rejects a lesson step without an id and a step that is not a mapping', () => {
    expect(
      problemsOf(
        ['title: T', 'minutes: 30', 'agenda:', '  - kind: lesson', '    minutes: 5', '  - just text'].join('\n'),
      ),
    ).toEqual([
      'workshop.yaml:4: missing required field "agenda[0].id"',
      'workshop.yaml:6: agenda[1]: each step must be a mapping with a kind (lesson, challenge or quiz)',
    ]);
  });

  it('reports YAML syntax errors with their line and no stack trace', () => {
    const problems = problemsOf(
      ['title: T', 'minutes: 30', 'agenda:', '  - kind: lesson', '   id: [unclosed'].join('\n'),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^workshop\.yaml:\d+: YAML: /);
    expect(problems.join('\n')).not.toMatch(/\bat \w+ \(/);
  });

  it('says an empty file is empty', () => {
    expect(problemsOf('')).toEqual(['workshop.yaml:1: the file is empty: it needs title, minutes and agenda']);
  });

  it('keeps the pack usable only when valid', () => {
    const good = loadWorkshopPack(packDir({ 'workshop.yaml': minimal }), { cwd: repoRoot });
    expect(packIsUsable(good)).toBe(true);
    const bad = loadWorkshopPack(packDir({ 'workshop.yaml': 'title: T\n' }), { cwd: repoRoot });
    expect(packIsUsable(bad)).toBe(false);
  });
});

describe('agenda checks against the loaded content', { timeout: 30_000 }, () => {
  it('reports unknown lessons, scenarios and topics with suggestions, and too many questions', () => {
    const dir = packDir({
      'workshop.yaml': [
        'title: T', // 1
        'minutes: 20', // 2
        'agenda:', // 3
        '  - kind: lesson', // 4
        '    id: trust-policy', // 5
        '    minutes: 15', // 6
        '  - kind: challenge', // 7
        '    id: no-such-scenario', // 8
        '    minutes: 10', // 9
        '  - kind: quiz', // 10
        '    topics: [trust-policies, made-up-topic]', // 11
        '    count: 60', // 12
      ].join('\n'),
    });
    const load = loadWorkshopPack(dir, { cwd: dir });
    expect(load.kind).toBe('loaded');
    if (load.kind !== 'loaded') return;
    expect(load.problems.map((p) => formatProblem(p, dir))).toEqual([
      'workshop.yaml:5: agenda[0].id: unknown lesson "trust-policy": no lesson (built-in or in this pack) has this id (did you mean "trust-policies"?)',
      'workshop.yaml:8: agenda[1].id: unknown challenge "no-such-scenario": no sandbox scenario has this id',
      'workshop.yaml:11: agenda[2].topics[1]: unknown topic "made-up-topic"',
      'workshop.yaml:12: agenda[2].count: asks for 60 questions but its topics have only 15 (built-in and pack banks)',
      "workshop.yaml:2: warning: the agenda's time boxes add up to 25 minutes, more than the session's 20",
    ]);
    expect(packIsUsable(load)).toBe(false);
  });

  it('accepts a step naming a lesson that only the pack defines', () => {
    const fixture = loadWorkshopPack(join(repoRoot, 'test/unit/content/fixtures/workshop-pack'), { cwd: repoRoot });
    expect(fixture.kind === 'loaded' ? fixture.problems : fixture).toEqual([]);
    expect(packIsUsable(fixture) && fixture.workshop.agenda[0]).toMatchObject({ kind: 'lesson', id: 'pack-lesson' });
    const dir = packDir({
      'workshop.yaml': ['title: T', 'minutes: 10', 'agenda:', '  - kind: lesson', '    id: pack-only'].join('\n'),
      'lessons/30-pack-only.md': packLesson,
    });
    const own = loadWorkshopPack(dir, { cwd: dir });
    expect(own.kind === 'loaded' ? own.problems.map((p) => p.message) : own).toEqual([]);
  });

  it('says what is wrong when the directory is missing or has no workshop.yaml', () => {
    expect(loadWorkshopPack('no/such/pack', { cwd: repoRoot })).toEqual({
      kind: 'not-a-pack',
      message: 'no/such/pack: no such directory',
    });
    expect(loadWorkshopPack('lessons', { cwd: repoRoot })).toEqual({
      kind: 'not-a-pack',
      message: 'lessons: not a workshop pack (there is no workshop.yaml in it)',
    });
  });

  it('makes iam-tutor validate PACK report workshop.yaml problems, exit 1', () => {
    const dir = packDir({
      'workshop.yaml': ['title: T', 'minutes: 10', 'agenda:', '  - kind: challenge', '    id: nope'].join('\n'),
    });
    installWorkshopValidation();
    try {
      const result = validateCommand({ dirs: [dir], cwd: dir });
      expect(result.output.split('\n')[0]).toBe(
        'workshop.yaml:5: agenda[0].id: unknown challenge "nope": no sandbox scenario has this id',
      );
      expect(result.exitCode).toBe(1);
    } finally {
      delete workshopPackHandler.check;
    }
  });
});

/** One valid check-yourself block for the pack-only lesson. */
function packCheck(n: number, word: string): string {
  return [
    '```check',
    `id: pack-only-check-${n}`,
    'difficulty: 1',
    'type: single',
    `stem: Pack-only question ${word}?`,
    'options:',
    '  - text: Yes',
    '    correct: true',
    '    why: Because.',
    '  - text: No',
    '    why: Because not.',
    '  - text: Maybe',
    '    why: Not sure.',
    '  - text: Never',
    '    why: Never.',
    'docs:',
    '  - https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
    '```',
  ].join('\n');
}

const packLesson = `---
id: pack-only
title: Pack only
order: 30
minutes: 5
scope: beyond
objectives:
  - One
  - Two
references:
  - title: IAM User Guide
    url: https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html
---

## Start

Text.

\`\`\`diagram
[ a ] --> [ b ]
\`\`\`

${packCheck(1, 'one')}
${packCheck(2, 'two')}
## Key takeaways

- Done.
`;
