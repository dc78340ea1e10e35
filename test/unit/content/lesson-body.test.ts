import { describe, expect, it } from 'vitest';
import { scanLessonBody } from '../../../src/content/lesson-body.js';

const scan = (text: string, firstLine = 1) => scanLessonBody('f.md', text.split('\n'), firstLine);

describe('scanLessonBody', () => {
  it('numbers sections and blocks from the given first line', () => {
    const result = scan(['## One', '', 'Para.', '', '## Two', 'More.'].join('\n'), 10);
    expect(result.sections).toEqual([
      { title: 'One', line: 10, blocks: [{ kind: 'markdown', text: 'Para.', line: 12 }] },
      { title: 'Two', line: 14, blocks: [{ kind: 'markdown', text: 'More.', line: 15 }] },
    ]);
  });

  it('ignores headings and links inside code fences', () => {
    const result = scan(['## One', '```sh', '## not a heading', '[x](lesson:nope)', '```'].join('\n'));
    expect(result.sections.map((s) => s.title)).toEqual(['One']);
    expect(result.links).toEqual([]);
  });

  it('strips the fence indentation from a check block inside a list', () => {
    const result = scan(['## One', '- item', '  ```check', '  id: a', '  type: single', '  ```'].join('\n'));
    expect(result.sections[0]?.blocks[1]).toEqual({
      kind: 'check',
      yaml: 'id: a\ntype: single',
      line: 3,
      firstYamlLine: 4,
    });
  });

  it('accepts ~~~ fences and counts diagrams', () => {
    const result = scan(['## One', '~~~diagram', 'a --> b', '~~~', '```diagram', 'c', '```'].join('\n'));
    expect(result.diagramCount).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('warns about fences without a known language', () => {
    const result = scan(['## One', '```', 'x', '```', '```yaml', 'y', '```'].join('\n'));
    expect(result.problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`)).toEqual([
      '2: warning: code fence has no language (use json, sh, js, python, text or diagram)',
      '5: warning: unknown code fence language "yaml" (use json, sh, js, python, text or diagram)',
    ]);
  });

  it('measures diagram width in display columns, so box-drawing characters count one', () => {
    const line = '─'.repeat(56);
    expect(scan(['## One', '```diagram', line, '```'].join('\n')).problems).toEqual([]);
    expect(scan(['## One', '```diagram', `${line}─`, '```'].join('\n')).problems).toEqual([
      {
        file: 'f.md',
        line: 3,
        message: 'diagram line is 57 columns wide; keep diagram lines within 56 so they fit a 60-column terminal',
        severity: 'error',
      },
    ]);
  });

  it('counts wide characters as two columns in a diagram (string-width, not code points)', () => {
    // 27 wide characters and 2 narrow ones are 56 columns: they fit. 29 wide characters are only
    // 29 code points but 58 columns: they do not.
    const wide = '界'.repeat(27);
    expect(scan(['## One', '```diagram', `${wide}ab`, '```'].join('\n')).problems).toEqual([]);
    const result = scan(['## One', '```diagram', 'ok', `${wide}界界`, '```'].join('\n'), 10);
    expect(result.problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`)).toEqual([
      '13: error: diagram line is 58 columns wide; keep diagram lines within 56 so they fit a 60-column terminal',
    ]);
  });

  it('keeps the 76-column warning for code blocks, which may be wider than diagrams', () => {
    const code = 'x'.repeat(76);
    expect(scan(['## One', '```json', code, '```'].join('\n')).problems).toEqual([]);
    expect(
      scan(['## One', '```json', `${code}x`, '```'].join('\n')).problems.map(
        (p) => `${p.line}: ${p.severity}: ${p.message}`,
      ),
    ).toEqual(['3: warning: json line is 77 columns wide; keep code lines within 76']);
  });

  it('warns about tabs in diagrams', () => {
    const result = scan(['## One', '```diagram', 'a\tb', '```'].join('\n'));
    expect(result.problems.map((p) => p.message)).toEqual(['diagram line contains a tab; draw with spaces']);
  });

  it('collects internal links and warns about links the tutor cannot open', () => {
    const result = scan(
      [
        '## One',
        'See [a](lesson:a), [b](quiz:b-001) and [c](sandbox:c).',
        '[d](./other.md) [e](https://x.y) [f](#top)',
      ].join('\n'),
    );
    expect(result.links).toEqual([
      { scheme: 'lesson', target: 'a', line: 2 },
      { scheme: 'quiz', target: 'b-001', line: 2 },
      { scheme: 'sandbox', target: 'c', line: 2 },
    ]);
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: link "./other.md" will not open in the tutor; use https://, lesson:, quiz: or sandbox:',
    ]);
  });
});
