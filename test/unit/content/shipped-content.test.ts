// The real gate: the lessons and question banks shipped with the package load without errors
// and cover the whole curriculum.
import { describe, expect, it } from 'vitest';
import { builtinContentDirs, builtinTopics, formatProblem, loadContent } from '../../../src/content/index.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const content = loadContent([{ ...builtinContentDirs(), builtin: true }], { cwd: repoRoot });
const show = (severity: 'error' | 'warning') =>
  content.problems.filter((p) => p.severity === severity).map((p) => formatProblem(p, repoRoot));

describe('shipped content', () => {
  it('has no errors', () => {
    expect(show('error')).toEqual([]);
  });

  it('has a lesson for every curriculum topic, in curriculum order', () => {
    expect(content.lessons.map((l) => [l.order, l.id])).toEqual(builtinTopics.map((t) => [t.order, t.id]));
  });

  it('has questions in a bank for every topic', () => {
    const topics = new Set(content.questions.map((q) => q.topic));
    expect(builtinTopics.filter((t) => !topics.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
