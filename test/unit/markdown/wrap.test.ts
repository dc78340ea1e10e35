import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from './helpers.js';

const paragraph =
  'An instance profile is a container for exactly one IAM role. When you launch an EC2 instance with a profile, EC2 obtains temporary credentials for that role from AWS STS and the instance metadata service serves them to your code, which never sees a long-term access key. Words like ec2.amazonaws.com and AssumeRole stay whole.';

describe('paragraph wrapping', () => {
  for (const width of [60, 80, 100]) {
    it(`fits ${width} columns and never splits a word`, () => {
      const out = render(paragraph, width);
      expect(Math.max(...out.widths)).toBeLessThanOrEqual(width);
      expect(out.text.join(' ')).toBe(paragraph);
      // Greedy: the next word would not have fitted on the line before.
      for (let i = 1; i < out.text.length; i += 1) {
        const firstWord = out.text[i]!.split(' ')[0]!;
        expect(out.text[i - 1]!.length + 1 + firstWord.length).toBeGreaterThan(width);
      }
    });
  }

  it('wraps differently at different widths', () => {
    expect(render(paragraph, 60).text.length).toBeGreaterThan(render(paragraph, 100).text.length);
  });

  it('keeps a word together with its punctuation across a style change', () => {
    const out = render('aaaa aaaa aaaa aaaa **bold**, then more', 22);
    expect(out.text[0]).toBe('aaaa aaaa aaaa aaaa');
    expect(out.text[1]).toBe('bold, then more');
  });

  it('cuts only a word that is wider than the whole line', () => {
    const url = `see ${'x'.repeat(30)} end`;
    const out = render(url, 12);
    expect(out.text).toEqual(['see', 'xxxxxxxxxxxx', 'xxxxxxxxxxxx', 'xxxxxx end']);
  });

  it('measures display width, not string length (wide characters take two columns)', () => {
    const out = render('漢字 漢字 漢字 漢字 漢字 漢字', 12);
    expect(out.widths.every((w) => w <= 12)).toBe(true);
    expect(out.text[0]).toBe('漢字 漢字');
  });

  it('joins soft line breaks and honours hard ones', () => {
    expect(render('one\ntwo').text).toEqual(['one two']);
    expect(render('one\\\ntwo').text).toEqual(['one', 'two']);
  });

  it('decodes the character references an author might type', () => {
    expect(render('A &amp; B &lt;tag&gt;').text).toEqual(['A & B <tag>']);
  });

  it('puts exactly one blank line between blocks', () => {
    expect(render('one\n\n\n\ntwo').text).toEqual(['one', '', 'two']);
  });

  it('fits any width and keeps every word (property)', () => {
    // Letters and inline punctuation only: a leading "-" or "1." would make a list.
    const word = fc.stringMatching(/^[a-zA-Z][a-zA-Z:.,/-]{0,13}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 14, max: 120 }),
        (words, width) => {
          const out = render(words.join(' '), width);
          expect(Math.max(...out.widths)).toBeLessThanOrEqual(width);
          // Words no wider than the line come back whole and in order.
          expect(out.text.join(' ').replace(/\s+/g, ' ')).toBe(words.join(' '));
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
