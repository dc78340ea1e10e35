import { describe, expect, it } from 'vitest';
import { render, segmentsWith } from './helpers.js';

describe('headings', () => {
  it('underline the title with a rule, so they stand out without colour or bold', () => {
    const out = render('## Trust policies\n\ntext\n\n### Conditions\n\nmore');
    expect(out.text).toEqual([
      'Trust policies',
      '══════════════',
      '',
      'text',
      '',
      'Conditions',
      '──────────',
      '',
      'more',
    ]);
    expect(segmentsWith(out.lines, 'Trust policies')[0]).toMatchObject({ bold: true, color: 'heading' });
  });

  it('keep the rule within the width when the title wraps', () => {
    const out = render(`## ${'word '.repeat(20).trim()}`, 30);
    expect(Math.max(...out.widths)).toBeLessThanOrEqual(30);
    expect(out.text[out.text.length - 1]).toMatch(/^═+$/);
  });
});

describe('inline styles', () => {
  it('mark bold, emphasis and code spans', () => {
    const out = render('a **strong** and *soft* and `aws sts`');
    expect(out.text).toEqual(['a strong and soft and aws sts']);
    expect(segmentsWith(out.lines, 'strong')[0]).toMatchObject({ bold: true });
    expect(segmentsWith(out.lines, 'soft')[0]).toMatchObject({ italic: true });
    expect(segmentsWith(out.lines, 'aws sts')[0]).toMatchObject({ color: 'code' });
  });
});

describe('lists', () => {
  it('hang wrapped lines under the text, not under the bullet', () => {
    const out = render('- first item that is long enough to wrap onto a second line\n- second', 30);
    expect(out.text).toEqual(['• first item that is long', '  enough to wrap onto a second', '  line', '• second']);
  });

  it('nest one level with a different bullet and a deeper indent', () => {
    const out = render('- outer\n  - inner one\n  - inner two\n- next');
    expect(out.text).toEqual(['• outer', '  ◦ inner one', '  ◦ inner two', '• next']);
  });

  it('number ordered lists from their start and right-align the numbers', () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}. item ${i + 1}`).join('\n');
    const out = render(items);
    expect(out.text[0]).toBe(' 1. item 1');
    expect(out.text[9]).toBe('10. item 10');
    expect(render('3. three\n4. four').text).toEqual(['3. three', '4. four']);
  });

  it('separate the items of a loose list with blank lines', () => {
    expect(render('- one\n\n- two').text).toEqual(['• one', '', '• two']);
  });
});

describe('block quotes and rules', () => {
  it('draw a │ gutter on every line of a quote, blank ones included', () => {
    const out = render('> first paragraph of the quote\n>\n> second', 20);
    expect(out.text).toEqual(['│ first paragraph of', '│ the quote', '│', '│ second']);
  });

  it('draw a horizontal rule across the width', () => {
    expect(render('a\n\n---\n\nb', 24).text).toEqual(['a', '', '─'.repeat(24), '', 'b']);
  });
});

describe('links', () => {
  it('show a web link text with its address dimmed after it', () => {
    const out = render('See [the IAM guide](https://docs.aws.amazon.com/IAM/) now.');
    expect(out.text).toEqual(['See the IAM guide (https://docs.aws.amazon.com/IAM/) now.']);
    expect(segmentsWith(out.lines, '(https://')[0]).toMatchObject({ dim: true });
    expect(out.links).toEqual([]);
  });

  it('do not repeat an address that is also the text', () => {
    expect(render('<https://aws.amazon.com/>').text).toEqual(['https://aws.amazon.com/']);
  });

  it('collect internal links with the line they landed on after wrapping', () => {
    const source =
      'Read [trust policies](lesson:trust-policies) first. Then a long sentence that pushes the next link onto a later line: [Try it in the sandbox](sandbox:trust-instance-arn) and [one question](quiz:trust-policies-003).';
    const out = render(source, 40);
    expect(out.links.map(({ kind, target, text }) => ({ kind, target, text }))).toEqual([
      { kind: 'lesson', target: 'trust-policies', text: 'trust policies' },
      { kind: 'sandbox', target: 'trust-instance-arn', text: 'Try it in the sandbox' },
      { kind: 'quiz', target: 'trust-policies-003', text: 'one question' },
    ]);
    for (const [index, link] of out.links.entries()) {
      expect(out.lines[link.line]!.some((segment) => segment.link === index)).toBe(true);
      expect(
        out.lines
          .slice(0, link.line)
          .flat()
          .some((segment) => segment.link === index),
      ).toBe(false);
    }
    expect(out.links[0]!.line).toBe(0);
    expect(out.links[1]!.line).toBeGreaterThan(0);
    expect(out.text.join('\n')).toContain('▸\u00a0Try it in the sandbox');
  });

  it('keep the ▸ marker on the same line as the first word of the link', () => {
    const out = render(`${'x'.repeat(35)} [sandbox](sandbox:a)`, 40);
    expect(out.text).toEqual(['x'.repeat(35), '▸\u00a0sandbox']);
  });
});

describe('tables', () => {
  const table = [
    '| HttpTokens | IMDSv1 (no token) | IMDSv2 (token) |',
    '|---|---|---|',
    '| `optional` | answered | answered |',
    '| `required` | refused | answered |',
  ].join('\n');

  it('size columns to their content when they fit', () => {
    expect(render(table, 80).text).toEqual([
      'HttpTokens │ IMDSv1 (no token) │ IMDSv2 (token)',
      '───────────┼───────────────────┼───────────────',
      'optional   │ answered          │ answered',
      'required   │ refused           │ answered',
    ]);
  });

  it('wrap cells inside narrower columns and rule between the rows', () => {
    const wide = [
      '| Kind | Who maintains it | Can you edit it? |',
      '|---|---|---|',
      '| AWS managed | AWS | No. AWS may update it, and the update reaches every identity it is attached to |',
      '| Inline | You | Yes, separately on each identity |',
    ].join('\n');
    for (const width of [60, 80]) {
      const out = render(wide, width);
      expect(Math.max(...out.widths)).toBeLessThanOrEqual(width);
      expect(out.text[0]).toMatch(/^Kind +│ Who maintains it │ Can you edit it\?$/);
      expect(out.text.filter((line) => line.includes('┼')).length).toBe(2);
      expect(out.text.join(' ')).toContain('every');
    }
  });

  it('stack each row as "Header: value" lines when the columns cannot fit', () => {
    const out = render(table, 30);
    expect(out.text).toEqual([
      'HttpTokens: optional',
      '  IMDSv1 (no token): answered',
      '  IMDSv2 (token): answered',
      '',
      'HttpTokens: required',
      '  IMDSv1 (no token): refused',
      '  IMDSv2 (token): answered',
    ]);
    expect(Math.max(...out.widths)).toBeLessThanOrEqual(30);
  });

  it('right-align a column marked ---:', () => {
    const out = render('| name | n |\n|---|---:|\n| a | 1 |\n| b | 100 |');
    expect(out.text).toEqual(['name │   n', '─────┼────', 'a    │   1', 'b    │ 100']);
  });
});
