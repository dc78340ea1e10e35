import { describe, expect, it } from 'vitest';
import {
  fitText,
  hyperlink,
  lineWidth,
  plainText,
  safeUrl,
  supportsHyperlinks,
  textWidth,
  truncateLine,
  truncateMiddle,
  truncateText,
  wrapRuns,
  wrapWords,
} from '../../../src/ui/text/index.js';

const DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html';
const ESC = '\u001b';

describe('display width', () => {
  it('counts ASCII by characters, CJK and emoji as two columns, combining marks as none', () => {
    expect(textWidth('IAM role')).toBe(8);
    expect(textWidth('日本語')).toBe(6);
    expect(textWidth('🔑')).toBe(2);
    expect(textWidth('👩‍💻')).toBe(2); // one grapheme: woman, ZWJ, laptop
    expect(textWidth('e\u0301')).toBe(1); // e + combining acute
    expect(textWidth('')).toBe(0);
  });

  it('measures a hyperlink by its text, not its escape bytes', () => {
    expect(textWidth(hyperlink('the guide', DOC, true))).toBe(textWidth('the guide'));
  });
});

describe('truncate', () => {
  it('cuts to the width with … and never splits a wide character or a cluster', () => {
    expect(truncateText('PassRole', 8)).toBe('PassRole');
    expect(truncateText('iam:PassRole', 8)).toBe('iam:Pas…');
    expect(truncateText('日本語テキスト', 6)).toBe('日本…');
    expect(textWidth(truncateText('日本語テキスト', 6))).toBeLessThanOrEqual(6);
    expect(truncateText('cafe\u0301 au lait', 5)).toBe('cafe\u0301…');
    expect(truncateText('abc', 0)).toBe('');
  });

  it('pads or cuts table cells to exactly the width', () => {
    expect(fitText('IAM', 6)).toBe('IAM   ');
    expect(fitText('Identity Center', 6)).toBe('Ident…');
    expect(textWidth(fitText('日本語です', 5))).toBe(5);
  });

  it('cuts the middle of a URL, keeping the host and the page name', () => {
    const cut = truncateMiddle(DOC, 60, 28);
    expect(cut).toBe('https://docs.aws.amazon.com/…_roles_use_switch-role-ec2.html');
    expect(textWidth(cut)).toBe(60);
  });

  it('keeps styles when it truncates a styled line', () => {
    const cut = truncateLine(
      [
        { text: 'Allow ', bold: true },
        { text: 'iam:PassRole', color: 'code' },
      ],
      10,
    );
    expect(plainText(cut)).toBe('Allow iam…');
    expect(cut[1]).toMatchObject({ color: 'code' });
  });
});

describe('wrap never splits a URL', () => {
  const prose = `Read the guide (${DOC}) before you attach a role to an instance profile.`;
  for (const width of [80, 60]) {
    it(`at ${width} columns the URL is on one line, whole or with its middle cut`, () => {
      const lines = wrapRuns([{ text: prose }], { width });
      expect(Math.max(...lines.map(lineWidth))).toBeLessThanOrEqual(width);
      const withUrl = lines.filter((l) => plainText(l).includes('https://'));
      expect(withUrl).toHaveLength(1);
      const row = plainText(withUrl[0]!);
      // The row holds the URL alone, ends with its page name, and carries the full address.
      expect(row.startsWith('(https://docs.aws.amazon.com/')).toBe(true);
      expect(row.endsWith('switch-role-ec2.html)')).toBe(true);
      expect(withUrl[0]!.some((s) => s.href === DOC)).toBe(true);
      // No other row holds a piece of the address.
      const others = lines.filter((l) => l !== withUrl[0]).map(plainText);
      expect(others.some((r) => /roles_use|UserGuide|amazon\.com/.test(r))).toBe(false);
      expect(plainText(lines[lines.length - 1]!)).toMatch(/profile\.$/);
    });
  }

  it('leaves a URL that fits whole, after the words before it when there is room', () => {
    const lines = wrapWords(`See ${DOC} now`, 100);
    expect(lines).toEqual([`See ${DOC} now`]);
    expect(wrapWords(`See ${DOC}`, 85)).toEqual(['See', DOC]);
  });

  it('still cuts a long word that is not a URL (an ARN) across lines', () => {
    const arn = `arn:aws:iam::123456789012:role/${'x'.repeat(40)}`;
    const rows = wrapWords(arn, 30);
    expect(rows.join('')).toBe(arn);
    expect(rows.every((r) => textWidth(r) <= 30)).toBe(true);
  });

  it('counts CJK by columns when wrapping', () => {
    const rows = wrapWords('日本語 日本語 日本語', 13);
    expect(rows).toEqual(['日本語 日本語', '日本語']);
  });
});

describe('OSC 8 hyperlinks', () => {
  const tty = (env: Record<string, string | undefined>) => supportsHyperlinks({ env, isTTY: true });

  it('are on in a plain terminal and off with NO_COLOR, TERM=dumb, CI, or no TTY', () => {
    expect(tty({ TERM: 'xterm-256color' })).toBe(true);
    expect(tty({ NO_COLOR: '1' })).toBe(false);
    expect(tty({ TERM: 'dumb' })).toBe(false);
    expect(tty({ CI: 'true' })).toBe(false);
    expect(supportsHyperlinks({ env: {}, isTTY: false })).toBe(false);
    expect(supportsHyperlinks({ env: { FORCE_HYPERLINK: '1' }, isTTY: false })).toBe(true);
    expect(tty({ FORCE_HYPERLINK: '0' })).toBe(false);
  });

  it('wraps the text in OSC 8 when on, and is the bare text when off', () => {
    expect(hyperlink('guide', DOC, true)).toBe(`${ESC}]8;;${DOC}${ESC}\\guide${ESC}]8;;${ESC}\\`);
    expect(hyperlink('guide', DOC, false)).toBe('guide');
  });

  it('refuses a hostile URL: ESC, BEL, C1 bytes or a non-web scheme leave plain text', () => {
    for (const url of [
      `https://x.test/${ESC}]52;c;aGk=\u0007`,
      'https://x.test/\u0007',
      'https://x.test/\u009b31m',
      'https://x.test/a b',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url)).toBeUndefined();
      const out = hyperlink('docs', url, true);
      expect(out).toBe('docs');
    }
  });

  it('sanitises hostile link text: no raw control byte reaches the terminal', () => {
    const out = hyperlink(`click${ESC}]52;c;aGk=\u0007 \u009b2J`, DOC, true);
    const inner = out.slice(`${ESC}]8;;${DOC}${ESC}\\`.length, -`${ESC}]8;;${ESC}\\`.length);
    expect(inner).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(inner).toContain('␛]52');
  });
});
