import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  builtinContentDirs,
  findGlossaryTerms,
  loadBuiltinGlossary,
  loadContent,
  parseGlossary,
  searchIndex,
} from '../../../src/content/index.js';

const glossary = loadBuiltinGlossary();
const content = loadContent([{ ...builtinContentDirs(), builtin: true }]);

describe('the shipped glossary', () => {
  it('loads without problems, with the terms issue #16 asks for, each citing an AWS page', () => {
    expect(glossary.problems).toEqual([]);
    const ids = glossary.terms.map((t) => t.id);
    for (const id of [
      'instance-profile',
      'trust-policy',
      'principal',
      'role-session',
      'imds',
      'imdsv2',
      'hop-limit',
      'task-role',
      'task-execution-role',
      'instance-role',
      'scp',
      'rcp',
      'permissions-boundary',
      'passrole',
      'external-id',
      'assume-role',
      'sts',
      'credential-provider-chain',
      'confused-deputy',
    ])
      expect(ids).toContain(id);
    expect(glossary.terms.length).toBeGreaterThanOrEqual(25);
    for (const term of glossary.terms) expect(term.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('parseGlossary diagnostics', () => {
  it('names the file and line of a bad field', () => {
    const source = [
      'terms:',
      '  - id: ok-term',
      '    term: OK',
      '    definition: Fine.',
      '    docs: https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
      '  - id: Bad Id',
      '    term: Bad',
      '    definition: Fine.',
      '    docs: http://example.com/',
    ].join('\n');
    const result = parseGlossary('g.yaml', source);
    expect(result.terms).toEqual([]);
    expect(result.problems.map((p) => [p.file, p.line])).toEqual([
      ['g.yaml', 6],
      ['g.yaml', 9],
    ]);
    expect(result.problems[1]!.message).toMatch(/AWS documentation/);
  });

  it('refuses a name used by two terms', () => {
    const term = (id: string, name: string) =>
      `  - id: ${id}\n    term: ${name}\n    definition: x\n    docs: https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html`;
    const result = parseGlossary('g.yaml', `terms:\n${term('a', 'Role')}\n${term('b', 'role')}\n`);
    expect(result.problems).toEqual([
      { file: 'g.yaml', line: 7, message: 'terms[1].term: "role" is already used by term "a"', severity: 'error' },
    ]);
  });
});

describe('findGlossaryTerms', () => {
  it('finds terms and aliases on word boundaries, longest first, without overlaps', () => {
    const text = 'Require IMDSv2 and raise the hop limit; the task role is not the task execution role.';
    const found = findGlossaryTerms(text, glossary.terms).map((m) => [m.termId, m.matched]);
    expect(found).toEqual([
      ['imdsv2', 'IMDSv2'],
      ['hop-limit', 'hop limit'],
      ['task-role', 'task role'],
      ['task-execution-role', 'task execution role'],
    ]);
  });

  it('does not match inside other words', () => {
    expect(findGlossaryTerms('STSX and xSTS', glossary.terms)).toEqual([]);
  });
});

describe('search', () => {
  const index = buildSearchIndex({ lessons: content.lessons, questions: content.questions, glossary: glossary.terms });

  it('puts the glossary term first for its exact name', () => {
    const [first] = searchIndex(index, 'hop limit');
    expect(first!.target).toEqual({ kind: 'glossary', termId: 'hop-limit' });
    expect(searchIndex(index, 'PassRole')[0]!.target).toEqual({ kind: 'glossary', termId: 'passrole' });
  });

  it('finds lesson sections and questions, and opens a lesson at the matching section', () => {
    const hits = searchIndex(index, 'instance profile', { limit: 50 });
    const lesson = hits.find((h) => h.target.kind === 'lesson');
    expect(lesson).toBeDefined();
    const target = lesson!.target as { kind: 'lesson'; lessonId: string; section: number };
    const section = content.lessons.find((l) => l.id === target.lessonId)!.sections[target.section]!;
    expect(section.blocks.some((b) => b.kind === 'markdown' && /instance profile/i.test(b.text))).toBe(true);
    expect(hits.some((h) => h.target.kind === 'question')).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('shows lesson text as read, without Markdown marks, links or fences', () => {
    const snippets = searchIndex(index, 'HttpPutResponseHopLimit', { limit: 50 })
      .filter((hit) => hit.target.kind === 'lesson')
      .map((hit) => hit.snippet);
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) expect(snippet).not.toMatch(/\*\*|`|\]\(|```/);
    expect(snippets.some((snippet) => snippet.includes('HttpPutResponseHopLimit'))).toBe(true);
  });

  it('needs every word to match, and returns nothing for an empty query', () => {
    expect(searchIndex(index, 'zzqx')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, 'hop zzqx')).toEqual([]);
  });
});
