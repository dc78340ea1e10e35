// Glossary terms marked in lesson prose (src/ui/screens/lessons/termMarks.ts) and how the section
// view uses the marks: first use per section, whole words, longest name, never code or links, and
// a wrap that still fits the width.
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm, Lesson } from '../../../src/content/index.js';
import { renderMarkdown } from '../../../src/ui/markdown/index.js';
import { buildSectionView } from '../../../src/ui/screens/lessons/sectionView.js';
import { markGlossaryTerms, TERM_SIGN } from '../../../src/ui/screens/lessons/termMarks.js';
import { lineWidth, plainText, type Segment, type StyledLine, wrapRuns } from '../../../src/ui/text/index.js';
import { stylesShown } from '../../../src/ui/theme.js';

const docs = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html';
const term = (id: string, name: string, aliases?: string[]): GlossaryTerm => ({
  id,
  term: name,
  definition: `${name}.`,
  docs,
  ...(aliases ? { aliases } : {}),
});
const glossary: GlossaryTerm[] = [
  term('iam', 'IAM'),
  term('imds', 'IMDS', ['metadata service']),
  term('imdsv2', 'IMDSv2'),
  term('trust-policy', 'Trust policy', ['trust policies']),
  term('instance-profile', 'Instance profile', ['instance profiles']),
  term('task-role', 'Task role'),
  term('task-execution-role', 'Task execution role'),
];

const none = { marked: new Set<string>(), sign: false };

/** The underlined stretches of runs or lines (links aside, which are underlined anyway), each joined into its words. */
function underlined(segments: readonly Segment[]): string[] {
  const found: string[] = [];
  let current: string | undefined;
  for (const segment of segments) {
    if (segment.underline === true && segment.color !== 'link') current = (current ?? '') + segment.text;
    else if (current !== undefined) {
      found.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) found.push(current);
  return found;
}

const mark = (runs: Segment[], options = none) => markGlossaryTerms(runs, glossary, options);

describe('markGlossaryTerms', () => {
  it('marks only the first use of each term, an alias counting as its term, and none marked before', () => {
    const result = mark([
      { text: 'Instance profiles hold a role. An instance profile has one; a trust policy says who.' },
    ]);
    expect(underlined(result.runs)).toEqual(['Instance profiles', 'trust policy']);
    expect(result.marked).toEqual(['instance-profile', 'trust-policy']);
    const later = mark([{ text: 'The instance profile and the trust policies.' }], {
      marked: new Set(['instance-profile']),
      sign: false,
    });
    expect(underlined(later.runs)).toEqual(['trust policies']);
  });

  it('matches whole words in any case, the longest name first', () => {
    const result = mark([{ text: 'IAMX and xIMDS are not terms; imdsv2 is, then the task execution role.' }]);
    expect(underlined(result.runs)).toEqual(['imdsv2', 'task execution role']);
    expect(result.marked).toEqual(['imdsv2', 'task-execution-role']);
  });

  it('never marks inside code, a link, a link address or a web address in the text', () => {
    const runs: Segment[] = [
      { text: 'Run ' },
      { text: 'IMDS', color: 'code' },
      { text: ' per ' },
      { text: '▸\u00a0the trust policy lesson', color: 'link', underline: true, link: 0 },
      { text: ' or ' },
      { text: 'task role', color: 'link', underline: true },
      { text: ' (https://docs.aws.amazon.com/IAM/latest/)', color: 'muted', dim: true },
      { text: ' and https://example.com/IAM/instance-profile here, then IAM.' },
    ];
    const result = mark(runs);
    expect(result.marked).toEqual(['iam']);
    expect(underlined(result.runs)).toEqual(['IAM']);
    // Only the last word changed: everything else is the run it was.
    expect(result.runs.slice(0, runs.length - 1)).toEqual(runs.slice(0, runs.length - 1));
  });

  it('does not mark a term that runs into code', () => {
    expect(mark([{ text: 'the task ' }, { text: 'role', color: 'code' }]).marked).toEqual([]);
  });

  it('marks a term across runs, keeping each run’s own style', () => {
    const result = mark([{ text: 'A ' }, { text: 'trust', bold: true }, { text: ' policy says who.' }]);
    expect(underlined(result.runs)).toEqual(['trust policy']);
    expect(result.runs.find((run) => run.text === 'trust')).toEqual({ text: 'trust', bold: true, underline: true });
    expect(result.runs.map((run) => run.text).join('')).toBe('A trust policy says who.');
  });

  it('adds the sign after each marked term when asked, spoken as nothing', () => {
    const result = mark([{ text: 'IMDSv2 and the metadata service.' }], { marked: new Set(), sign: true });
    expect(result.runs.map((run) => run.text).join('')).toBe(
      `IMDSv2${TERM_SIGN} and the metadata service${TERM_SIGN}.`,
    );
    const signs = result.runs.filter((run) => run.text === TERM_SIGN);
    expect(signs).toHaveLength(2);
    for (const sign of signs) expect(sign).toMatchObject({ spoken: '' });
    expect(signs.some((sign) => sign.underline === true)).toBe(false);
  });

  it('keeps the wrap: underlining moves no word, and with the sign every line still fits', () => {
    const text =
      'An instance profile holds the role that EC2 passes to an instance; the trust policy of that role names ec2.amazonaws.com, and IMDSv2 hands out the session credentials.';
    for (const width of [20, 33, 58, 78]) {
      const plain = wrapRuns([{ text }], { width });
      const underline = wrapRuns(mark([{ text }]).runs, { width });
      expect(underline.map(plainText)).toEqual(plain.map(plainText));
      const signed = wrapRuns(mark([{ text }], { marked: new Set(), sign: true }).runs, { width });
      for (const line of signed) expect(lineWidth(line)).toBeLessThanOrEqual(width);
      // The sign stays with its term: no line starts with it.
      for (const line of signed) expect(plainText(line).startsWith(TERM_SIGN)).toBe(false);
      expect(signed.map(plainText).join(' ').replaceAll(TERM_SIGN, '')).toBe(plain.map(plainText).join(' '));
    }
  });
});

describe('glossary marks in rendered Markdown and the section view', () => {
  const lines = (source: string, width = 60) =>
    renderMarkdown(source, {
      width,
      beforeWrap: (runs) => markGlossaryTerms(runs, glossary, none).runs,
    }).lines;

  it('leaves headings and code blocks alone, and marks list items and table cells', () => {
    const rendered = lines(
      [
        '## IAM',
        '',
        '```',
        'IAM IMDS',
        '```',
        '',
        '- the IMDS',
        '',
        '| Kind | Note |',
        '|---|---|',
        '| a | IMDSv2 |',
      ].join('\n'),
    );
    const marked = rendered.map((line: StyledLine) => underlined(line)).filter((words) => words.length > 0);
    expect(marked).toEqual([['IMDS'], ['IMDSv2']]);
  });

  const lesson: Lesson = {
    id: 'marks',
    title: 'Marks',
    order: 1,
    minutes: 5,
    scope: 'beyond',
    objectives: [],
    references: [],
    source: { file: 'lessons/marks.md', line: 1 },
    sections: [
      {
        title: 'The instance profile',
        index: 0,
        line: 1,
        blocks: [
          { kind: 'markdown', text: 'An instance profile holds a role. `IMDS` serves it.', line: 2 },
          { kind: 'markdown', text: 'The instance profile again, then the IMDS and a trust policy.', line: 3 },
        ],
      },
      {
        title: 'Next',
        index: 1,
        line: 5,
        blocks: [{ kind: 'markdown', text: 'The instance profile, first used in this section.', line: 6 }],
      },
    ],
  };
  const view = (section: number, width: number, sign = false) =>
    buildSectionView({ lesson, section, width, checks: {}, glossary: { terms: glossary, sign } });

  it('marks each term once per section, in reading order, whatever the width', () => {
    const first = view(0, 78);
    expect(first.terms).toEqual(['instance-profile', 'imds', 'trust-policy']);
    expect(first.lines.flatMap((line) => underlined(line))).toEqual(['instance profile', 'IMDS', 'trust policy']);
    expect(view(0, 20).terms).toEqual(first.terms);
    expect(view(0, 20, true).terms).toEqual(first.terms);
    // A new section marks its own first uses; the heading is never marked.
    expect(view(1, 58).terms).toEqual(['instance-profile']);
    expect(view(1, 58).lines.flatMap((line) => underlined(line))).toEqual(['instance profile']);
    // Without a glossary nothing is marked.
    expect(buildSectionView({ lesson, section: 0, width: 78, checks: {} }).terms).toEqual([]);
  });

  it('fits every line in the width with the sign on', () => {
    for (const width of [20, 58, 78])
      for (const line of view(0, width, true).lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('stylesShown', () => {
  it('is false where chalk draws no style: FORCE_COLOR=0 (NO_COLOR), FORCE_COLOR=false, TERM=dumb', () => {
    expect(stylesShown({})).toBe(true);
    expect(stylesShown({ FORCE_COLOR: '0' })).toBe(false);
    expect(stylesShown({ FORCE_COLOR: 'false' })).toBe(false);
    expect(stylesShown({ TERM: 'dumb' })).toBe(false);
    expect(stylesShown({ TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true);
    expect(stylesShown({ TERM: 'xterm-256color' })).toBe(true);
  });
});
