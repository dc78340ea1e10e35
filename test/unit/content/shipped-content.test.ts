// The real gate: the lessons and question banks shipped with the package pass `iam-tutor
// validate` (run exactly as an author would, from the repository root) and cover the whole
// curriculum.
import { describe, expect, it } from 'vitest';
import { builtinContentDirs, builtinTopics, loadContent, validateCommand } from '../../../src/content/index.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const content = loadContent([{ ...builtinContentDirs(), builtin: true }], { cwd: repoRoot });
const validate = validateCommand({ cwd: repoRoot });
const lines = validate.output.split('\n');
/** Problem lines are `file:line: message` (errors) and `file:line: warning: message`. */
const problemLines = lines.filter((line) => /^[^\s:]+(?::\d+)?: /.test(line));
const errorLines = problemLines.filter((line) => !/^[^\s:]+(?::\d+)?: warning: /.test(line));

describe('shipped content', () => {
  it('passes iam-tutor validate run from the repository root: exit 0, no errors and no warnings', () => {
    expect(errorLines).toEqual([]);
    // Warnings too: the bank-level checks (length bias, repeated distractors) and the
    // near-duplicate check only keep the banks honest if shipped content stays at zero.
    expect(problemLines).toEqual([]);
    expect(lines.at(-1)).toMatch(/: 0 errors, 0 warnings$/);
    expect(validate.exitCode).toBe(0);
  });

  it('prints the question counts per topic and per scope', () => {
    // validate's own summary: one line per topic with its scope split, then the totals.
    const counts = lines.filter((line) => line.startsWith('  ') || line === lines.at(-1));
    console.log(`shipped content, as iam-tutor validate counts it:\n${counts.join('\n')}`);
    const warnings = problemLines.length - errorLines.length;
    if (warnings > 0) console.log(`${warnings} warning(s):\n${problemLines.join('\n')}`);
    expect(counts.filter((line) => line.startsWith('  ')).map((line) => line.trim().split(/\s+/)[0])).toEqual(
      builtinTopics.map((t) => t.id),
    );
  });

  it('has at least 150 bank questions, with both scopes represented', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(150);
    expect(lines.at(-1)).toContain(`${content.questions.length} questions`);
    const scopes = new Set(content.questions.map((q) => q.scope));
    expect([...scopes].sort()).toEqual(['beyond', 'clf-c02']);
  });

  it('explains every option of every bank question', () => {
    const unexplained = content.questions.flatMap((q) =>
      q.options.filter((o) => o.why.trim() === '').map((o) => `${q.id}: ${o.text}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('has a lesson for every curriculum topic, in curriculum order', () => {
    expect(content.lessons.map((l) => [l.order, l.id])).toEqual(builtinTopics.map((t) => [t.order, t.id]));
  });

  it('has questions in a bank for every topic', () => {
    const topics = new Set(content.questions.map((q) => q.topic));
    expect(builtinTopics.filter((t) => !topics.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
