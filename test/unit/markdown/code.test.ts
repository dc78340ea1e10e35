import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../../src/ui/markdown/highlight/index.js';
import type { ColorRole, StyledLine } from '../../../src/ui/markdown/index.js';
import { render } from './helpers.js';

/** The role of the segment(s) spelling exactly `token` on a line. */
function roleOf(line: StyledLine | undefined, token: string): ColorRole | undefined | 'missing' {
  const found = (line ?? []).find((segment) => segment.text === token);
  return found === undefined ? 'missing' : found.color;
}

describe('syntax colour', () => {
  it('json: keys, strings, numbers, literals', () => {
    const [line] = highlightCode('json', '{ "Effect": "Allow", "Max": 3600, "On": true, "X": null }')!;
    expect(roleOf(line, '"Effect"')).toBe('property');
    expect(roleOf(line, '"Allow"')).toBe('string');
    expect(roleOf(line, '3600')).toBe('number');
    expect(roleOf(line, 'true')).toBe('literal');
    expect(roleOf(line, 'null')).toBe('literal');
  });

  it('shell: command word, flags, variables, strings, comments, continuation lines', () => {
    const lines = highlightCode(
      'sh',
      [
        '# fetch a token',
        'TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" \\',
        '  -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
        'aws sts get-caller-identity --query Arn | jq -r .',
        'echo $TOKEN',
      ].join('\n'),
    )!;
    expect(roleOf(lines[0], '# fetch a token')).toBe('comment');
    expect(roleOf(lines[1], 'TOKEN=')).toBe('variable');
    expect(roleOf(lines[1], 'curl')).toBe('command');
    expect(roleOf(lines[1], '-X')).toBe('flag');
    expect(roleOf(lines[1], '"http://169.254.169.254/latest/api/token"')).toBe('string');
    // A continued line does not start a new command.
    expect(roleOf(lines[2], '-H')).toBe('flag');
    expect(roleOf(lines[3], 'aws')).toBe('command');
    expect(roleOf(lines[3], 'sts')).toBeUndefined();
    expect(roleOf(lines[3], '--query')).toBe('flag');
    expect(roleOf(lines[3], 'jq')).toBe('command');
    expect(roleOf(lines[4], '$TOKEN')).toBe('variable');
  });

  it('shell: a quoted argument spanning lines stays a string', () => {
    const lines = highlightCode(
      'bash',
      'aws iam put-role-policy --policy-document \'{\n  "Version": "2012-10-17"\n}\'',
    )!;
    expect(roleOf(lines[1], '  "Version": "2012-10-17"')).toBe('string');
    expect(roleOf(lines[2], "}'")).toBe('string');
  });

  it('javascript: keywords, strings, comments, numbers, calls, block comments across lines', () => {
    const lines = highlightCode(
      'js',
      [
        'import { S3Client } from "@aws-sdk/client-s3";',
        '/* a',
        ' b */ const n = 42; // note',
        'await send(`t`);',
      ].join('\n'),
    )!;
    expect(roleOf(lines[0], 'import')).toBe('keyword');
    expect(roleOf(lines[0], '"@aws-sdk/client-s3"')).toBe('string');
    expect(roleOf(lines[1], '/* a')).toBe('comment');
    expect(roleOf(lines[2], ' b */')).toBe('comment');
    expect(roleOf(lines[2], 'const')).toBe('keyword');
    expect(roleOf(lines[2], '42')).toBe('number');
    expect(roleOf(lines[2], '// note')).toBe('comment');
    expect(roleOf(lines[3], 'send')).toBe('function');
    expect(roleOf(lines[3], '`t`')).toBe('string');
  });

  it('python: keywords, literals, f-strings, decorators, triple quotes across lines', () => {
    const lines = highlightCode(
      'python',
      ['@retry', 'def main():', '    s = f"{x}"  # why', '    """doc', '    more"""', '    return None'].join('\n'),
    )!;
    expect(roleOf(lines[0], '@retry')).toBe('function');
    expect(roleOf(lines[1], 'def')).toBe('keyword');
    expect(roleOf(lines[1], 'main')).toBe('function');
    expect(roleOf(lines[2], '"{x}"')).toBe('string');
    expect(roleOf(lines[2], '# why')).toBe('comment');
    expect(roleOf(lines[4], '    more"""')).toBe('string');
    expect(roleOf(lines[5], 'None')).toBe('literal');
  });

  it('accepts the usual language aliases and ignores unknown ones', () => {
    for (const lang of ['json', 'sh', 'shell', 'bash', 'js', 'javascript', 'ts', 'python', 'py']) {
      expect(highlightCode(lang, 'x')).toBeDefined();
    }
    expect(highlightCode('text', 'x')).toBeUndefined();
    expect(highlightCode('constructor', 'x')).toBeUndefined();
  });

  it('keeps every character of the code', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${} is shell and JS source under test
    const code = 'aws s3 ls "s3://b" --profile x # c\nconst a = `x${y}`;';
    const lines = highlightCode('sh', code)!;
    expect(lines.map((line) => line.map((segment) => segment.text).join('')).join('\n')).toBe(code);
  });
});

describe('fenced code blocks', () => {
  it('are indented two columns and coloured', () => {
    const out = render('```json\n{ "a": 1 }\n```');
    expect(out.text).toEqual(['  { "a": 1 }']);
    expect(out.lines[0]!.some((segment) => segment.color === 'property')).toBe(true);
  });

  it('continue a too-wide code line behind ↪, breaking after a space where it can', () => {
    const out = render('```sh\n# Ask for a session token that lives for six hours (the maximum)\n```', 40);
    expect(out.text).toEqual(['# Ask for a session token that lives ', '↪ for six hours (the maximum)']);
    expect(Math.max(...out.widths)).toBeLessThanOrEqual(40);
  });

  it('wrap plain text and unlabelled code at 60 columns instead of cutting it with …', () => {
    const long = 'aws iam create-role --role-name app-role --assume-role-policy-document file://trust.json';
    for (const fence of ['text', '', 'ini']) {
      const out = render(`\`\`\`${fence}\n${long}\nshort line\n\`\`\``, 60);
      expect(out.text.join('\n')).not.toContain('…');
      expect(Math.max(...out.widths)).toBeLessThanOrEqual(60);
      expect(out.text[1]).toMatch(/^↪ /);
      // Nothing is lost: the rows without their ↪ put the line back together.
      const rows = out.text.slice(0, -1).map((row) => row.replace(/^↪ /, ''));
      expect(rows.join('')).toBe(long);
      expect(out.text[out.text.length - 1]).toBe('short line');
    }
  });

  it("mark continuation rows with a dim ↪ at the line's own indentation, keeping syntax colour", () => {
    const json = '{\n    "Resource": "arn:aws:s3:::example-bucket/reports/2026/november/summary.csv"\n}';
    const out = render(`\`\`\`json\n${json}\n\`\`\``, 60);
    expect(out.text).toEqual([
      '{',
      '    "Resource": "arn:aws:s3:::example-bucket/reports/2026/no',
      '    ↪ vember/summary.csv"',
      '}',
    ]);
    const marker = out.lines[2]!.find((segment) => segment.text === '↪ ')!;
    expect(marker).toMatchObject({ color: 'muted', dim: true });
    // The string keeps its colour on both rows.
    expect(out.lines[1]!.some((segment) => segment.color === 'string' && segment.text.startsWith('"arn:'))).toBe(true);
    expect(out.lines[2]!.some((segment) => segment.color === 'string' && segment.text === 'vember/summary.csv"')).toBe(
      true,
    );
  });

  it('draw diagrams verbatim, never wrapped, cut with … when too wide', () => {
    const diagram = ['role --trusts--> ec2.amazonaws.com', '  |', '  v', 'instance profile --> instance'].join('\n');
    const out = render(`\`\`\`diagram\n${diagram}\n\`\`\``, 80);
    expect(out.text).toEqual(diagram.split('\n').map((line) => `  ${line}`));
    const narrow = render(`\`\`\`diagram\n${diagram}\n\`\`\``, 20);
    expect(narrow.text).toEqual(['role --trusts--> ec…', '  |', '  v', 'instance profile --…']);
    expect(narrow.lines.every((line) => line.every((segment) => segment.color === undefined))).toBe(true);
  });

  it('expand tabs so widths stay right', () => {
    expect(render('```text\na\tb\n```').text).toEqual(['  a    b']);
  });
});
