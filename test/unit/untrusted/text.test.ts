import { describe, expect, it } from 'vitest';
import { cleanText, findControlCharacters, isCleanText } from '../../../src/untrusted/text.js';

describe('cleanText', () => {
  it('shows an OSC 52 clipboard sequence as inert text', () => {
    const hostile = 'Which role?\u001b]52;c;cm0gLXJmIH4=\u0007';
    const shown = cleanText(hostile);
    expect(shown).toBe('Which role?␛]52;c;cm0gLXJmIH4=␇');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('shows C1 controls, DEL, bidi overrides and line separators', () => {
    expect(cleanText('a\u009b2Jb')).toBe('a<U+009B>2Jb');
    expect(cleanText('x\u007fy')).toBe('x␡y');
    expect(cleanText('abc\u202edcba')).toBe('abc<U+202E>dcba');
    expect(cleanText('one\u2028two')).toBe('one<U+2028>two');
  });

  it('keeps line feeds and tabs only in multi-line text, folding CRLF there', () => {
    expect(cleanText('a\nb\tc')).toBe('a␊b␉c');
    expect(cleanText('a\r\nb\tc', { multiline: true })).toBe('a\nb\tc');
    expect(cleanText('a\rb', { multiline: true })).toBe('a␍b');
  });

  it('returns ordinary text unchanged, including non-Latin letters and emoji', () => {
    const text = 'Rôle — 角色 🔐 arn:aws:iam::111122223333:role/app';
    expect(cleanText(text)).toBe(text);
    expect(isCleanText(text)).toBe(true);
  });
});

describe('findControlCharacters', () => {
  it('reports each hit with its 1-based line and column', () => {
    const hits = findControlCharacters('ok\nsecond \u001b[2J\r\n', { multiline: true });
    expect(hits).toEqual([{ index: 10, line: 2, column: 8, shown: '␛' }]);
  });

  it('treats a line feed as a hit in single-line text', () => {
    expect(findControlCharacters('a\nb').map((h) => h.shown)).toEqual(['␊']);
  });
});
