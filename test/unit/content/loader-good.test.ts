import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQuestions, type Lesson, loadContent } from '../../../src/content/index.js';
import { FIXTURES, GOOD } from './helpers.js';

const content = loadContent([GOOD], { cwd: FIXTURES });
const lesson = (id: string): Lesson => {
  const found = content.lessons.find((l) => l.id === id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
};

describe('loading a valid pack', () => {
  it('reports no problems', () => {
    expect(content.problems).toEqual([]);
  });

  it('reads the front matter into the lesson', () => {
    const alpha = lesson('alpha');
    expect(alpha).toMatchObject({
      title: 'Alpha lesson',
      order: 1,
      minutes: 10,
      scope: 'mixed',
      objectives: ['Say what a role is', 'Say who may assume it'],
      references: [
        { title: 'IAM User Guide - Roles', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html' },
      ],
      sandbox: 'implicit-deny',
      source: { file: join(GOOD.lessonsDir, '01-alpha.md'), line: 1 },
    });
    expect(lesson('beta').sandbox).toBeUndefined();
  });

  it('splits the body into sections on ## headings, with their lines', () => {
    expect(lesson('alpha').sections.map((s) => [s.index, s.title, s.line])).toEqual([
      [0, 'Introduction', 16],
      [1, 'Key takeaways', 49],
    ]);
  });

  it('keeps markdown between check blocks as text blocks with their first line', () => {
    const blocks = lesson('alpha').sections[0]?.blocks ?? [];
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['markdown', 18],
      ['check', 27],
      ['markdown', 47],
    ]);
    const first = blocks[0];
    expect(first?.kind === 'markdown' && first.text.startsWith('A role is an identity')).toBe(true);
    expect(first?.kind === 'markdown' && first.text.endsWith('```')).toBe(true);
    expect(blocks[2]).toEqual({ kind: 'markdown', text: 'Text after the check.', line: 47 });
  });

  it('turns check blocks into questions that inherit from the lesson', () => {
    const check = lesson('alpha').sections[0]?.blocks[1];
    expect(check?.kind).toBe('check');
    if (check?.kind !== 'check') return;
    expect(check.question).toEqual({
      id: 'alpha-check-1',
      topic: 'alpha',
      scope: 'beyond', // the lesson is 'mixed'
      difficulty: 1,
      type: 'single',
      stem: 'What does a role lack?',
      options: [
        { text: 'Long-term access keys', correct: true, why: 'Roles hand out temporary credentials only.' },
        { text: 'A name', correct: false, why: 'Every role has a name.' },
        { text: 'An ARN', correct: false, why: 'Every role has an ARN.' },
        {
          text: 'Policies',
          correct: false,
          why: 'Roles carry permission policies.',
          misconception: 'roles-have-no-policies',
        },
      ],
      docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html'],
      verified: '',
      source: { file: join(GOOD.lessonsDir, '01-alpha.md'), line: 27 },
    });
  });

  it('gives checks in a clf-c02 lesson the clf-c02 scope without domain or task', () => {
    const check = lesson('beta').sections[0]?.blocks.find((b) => b.kind === 'check');
    expect(check?.kind === 'check' && check.question.scope).toBe('clf-c02');
    expect(check?.kind === 'check' && 'domain' in check.question).toBe(false);
  });

  it('reads bank questions with the file topic or their own', () => {
    expect(content.questions.map((q) => [q.id, q.topic, q.scope, q.domain, q.task, q.source.line])).toEqual([
      ['alpha-001', 'alpha', 'clf-c02', 2, '2.3', 3],
      ['alpha-002', 'beta', 'beyond', undefined, undefined, 26],
    ]);
    const first = content.questions[0];
    expect(first?.stem).toBe(
      'A developer needs an EC2 instance to call DynamoDB without stored keys. What should they use?',
    );
    expect(first?.verified).toBe('2026-11-22');
    expect(first?.options.map((o) => o.correct)).toEqual([true, false, false, false]);
  });

  it('lists bank questions first, then check questions, in allQuestions', () => {
    expect(allQuestions(content).map((q) => q.id)).toEqual([
      'alpha-001',
      'alpha-002',
      'alpha-check-1',
      'alpha-check-2',
      'beta-check-1',
      'beta-check-2',
    ]);
  });

  it('orders lessons by their order field, not by directory', () => {
    const reversed = loadContent([{ lessonsDir: GOOD.lessonsDir }, { quizzesDir: GOOD.quizzesDir }], { cwd: FIXTURES });
    expect(reversed.lessons.map((l) => l.id)).toEqual(['alpha', 'beta']);
  });

  it('reports a missing directory as one problem', () => {
    const missing = loadContent([GOOD, { quizzesDir: join(FIXTURES, 'nope') }], { cwd: FIXTURES });
    expect(missing.problems).toEqual([
      { file: join(FIXTURES, 'nope'), line: 0, message: 'directory not found', severity: 'error' },
    ]);
  });

  it('resolves sandbox links against the scenario ids it is given', () => {
    const other = loadContent([GOOD], { cwd: FIXTURES, scenarioIds: ['something-else'] });
    expect(other.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '13: unknown sandbox scenario "implicit-deny"',
      '19: broken link sandbox:implicit-deny: no sandbox scenario has this id',
    ]);
  });
});
