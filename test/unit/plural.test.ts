import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../src/plural.js';

describe('plural', () => {
  it('says 1 question, 0 and 2 questions', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(2, 'minute')).toBe('2 minutes');
  });
  it('takes an irregular plural', () => {
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
    expect(pluralWord(1, 'policy', 'policies')).toBe('policy');
  });
});
