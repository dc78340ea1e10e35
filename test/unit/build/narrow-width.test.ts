// The build puts scripts/build/narrow-width.js in front of every string-width in the bundle: its
// answer must be the one both bundled string-width versions give, or undefined.
import fc from 'fast-check';
import stringWidth8 from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build helper without type declarations
import { narrowWidth } from '../../../scripts/build/narrow-width.js';
// wrap-ansi's own copy (7.2), which Ink's wrapping measures with.
import stringWidth7 from '../../../node_modules/wrap-ansi/node_modules/string-width/index.js';

const fastWidth = narrowWidth as (input: unknown, options?: object) => number | undefined;
const realWidths = (text: string): number[] => [stringWidth8(text), stringWidth7(text)];

/** Every code point up to the end of the Dingbats block that the fast path claims. */
const claimed: string[] = [];
for (let code = 0; code <= 0x27bf; code++) {
  const char = String.fromCodePoint(code);
  if (fastWidth(char) !== undefined) claimed.push(char);
}

describe('the string-width fast path', () => {
  it('claims the characters the tutor draws with, and all printable ASCII', () => {
    for (const char of ' ~aZ·─│┤└═↑↓←→…•›‹“”’—–✓✗⚑▸▓░█◐◦»') expect(fastWidth(char), char).toBe(1);
    expect(claimed.length).toBeGreaterThan(95 + 600);
  });

  it('agrees with both string-width versions on every character it claims', () => {
    for (const char of claimed) expect(realWidths(char), `U+${char.codePointAt(0)?.toString(16)}`).toEqual([1, 1]);
  });

  it('never claims what string-width counts as zero, two columns or emoji', () => {
    for (const char of [
      '\u00ad',
      '\u200b',
      '\u202e',
      '\u0301',
      '\u00a9',
      '\u2194',
      '\u25b6',
      '\u25fd',
      '\u2705',
      'あ',
      '\u{1f600}',
      '\x1b',
      '\x9b',
      '\t',
      '\n',
    ])
      expect(fastWidth(char), `U+${char.codePointAt(0)?.toString(16)}`).toBeUndefined();
    // ↑ followed by the emoji variation selector is one wide grapheme: string-width decides.
    expect(fastWidth('↑\ufe0f')).toBeUndefined();
  });

  it('matches string-width on styled text made of claimed and other characters', () => {
    const styles = ['\x1b[1m', '\x1b[22m', '\x1b[36m', '\x1b[39m', '\x1b[90m', '\x1b[38;5;208m', '\x1b[0m'];
    const pieces = fc.oneof(
      fc.constantFrom(...claimed),
      fc.constantFrom(...styles),
      fc.constantFrom('\u0301', '\ufe0f', '\u200d', '\u2194', 'あ', '\u{1f600}', '\x1b]8;;x\x07', '\x1b[2K'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const fast = fastWidth(text);
        if (fast !== undefined) expect(realWidths(text)).toEqual([fast, fast]);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets string-width answer when asked for wide ambiguous characters or counted escape codes', () => {
    expect(fastWidth('─', { ambiguousIsNarrow: false })).toBeUndefined();
    expect(fastWidth('\x1b[1mab', { countAnsiEscapeCodes: true })).toBeUndefined();
    expect(fastWidth(42)).toBeUndefined();
  });
});
