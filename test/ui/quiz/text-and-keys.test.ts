import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../../src/quiz/grading.js';
import { scrollIndicator, scrollWindow } from '../../../src/ui/widgets/scroll-view/index.js';
import { lineWidth, wrapBlock, wrapWords } from '../../../src/ui/text/index.js';
import { optionForKey, optionKeysHint, togglePosition } from '../../../src/ui/screens/quiz/choiceKeys.js';
import { verdictText } from '../../../src/ui/screens/quiz/reviewLines.js';
import { profileQuestion, trustQuestion } from './fixtures.js';

describe('wrapping', () => {
  it('wraps words within the width and collapses whitespace', () => {
    expect(wrapWords('one two  three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('', 10)).toEqual(['']);
  });

  it('keeps a long URL on one row, cutting its middle rather than splitting it', () => {
    const rows = wrapWords('https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html', 40);
    expect(rows).toEqual(['https://docs.aws.ama…best-practices.html']);
    expect(rows.every((r) => r.length <= 40)).toBe(true);
  });

  it('hangs continuation rows under the text after a prefix', () => {
    const rows = wrapBlock('alpha beta gamma delta', 14, { prefix: [{ text: '› A. ' }] });
    expect(rows.map((r) => r.map((s) => s.text).join(''))).toEqual([
      '› A. alpha',
      '     beta',
      '     gamma',
      '     delta',
    ]);
    expect(rows.every((r) => lineWidth(r) <= 14)).toBe(true);
  });
});

describe('scroll window', () => {
  it('uses the whole height when the content fits', () => {
    expect(scrollWindow(5, 10, 3)).toEqual({ start: 0, rows: 10, overflow: false, maxStart: 0 });
  });

  it('keeps one row for the indicator and clamps the offset when it does not', () => {
    const w = scrollWindow(30, 10, 100);
    expect(w).toEqual({ start: 21, rows: 9, overflow: true, maxStart: 21 });
    expect(scrollIndicator(w, 30)).toBe('↑ more above (PgUp) · lines 22-30 of 30');
    expect(scrollIndicator(scrollWindow(30, 10, 0), 30)).toBe('↓ more below (PgDn) · lines 1-9 of 30');
  });

  it('moves as little as possible to bring the focus into view, its top first', () => {
    expect(scrollWindow(30, 10, 0, [12, 13]).start).toBe(5);
    expect(scrollWindow(30, 10, 20, [3, 4]).start).toBe(3);
    // A focus taller than the window shows its beginning.
    expect(scrollWindow(30, 10, 0, [10, 25]).start).toBe(10);
  });
});

describe('option keys', () => {
  it('maps digits and letters to positions within the options', () => {
    expect(optionForKey('1', 4)).toBe(0);
    expect(optionForKey('d', 4)).toBe(3);
    expect(optionForKey('e', 4)).toBeNull();
    expect(optionForKey('5', 4)).toBeNull();
    expect(optionForKey('f', 6, new Set(['f']))).toBeNull();
    expect(optionForKey('6', 6, new Set(['f']))).toBe(5);
  });

  it('toggles positions and says which keys pick', () => {
    expect(togglePosition([2, 0], 1)).toEqual([0, 1, 2]);
    expect(togglePosition([0, 1], 0)).toEqual([1]);
    expect(optionKeysHint(4)).toBe('1-4/a-d');
    expect(optionKeysHint(6, new Set(['f']))).toBe('1-6/a-e');
  });
});

describe('verdicts in words', () => {
  const order = [0, 1, 2, 3];
  it('names the choice and the key', () => {
    expect(verdictText(gradeQuestion(trustQuestion, order, [0]))).toBe('✓ Correct: the answer is A.');
    expect(verdictText(gradeQuestion(trustQuestion, [3, 2, 1, 0], [1]))).toBe('✗ Wrong: you chose C; the answer is D.');
    expect(verdictText(gradeQuestion(trustQuestion, order, []))).toBe(
      '· Not answered (counts as wrong); the answer is A.',
    );
    expect(verdictText(gradeQuestion(profileQuestion, [0, 1, 2, 3, 4], [0, 2]))).toBe(
      '✗ Wrong: you chose A and C; the answers are A and B.',
    );
  });
});
