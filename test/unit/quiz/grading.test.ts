import { describe, expect, it } from 'vitest';
import {
  displayedOptions,
  gradeQuestion,
  isCorrectChoice,
  keyOf,
  positionsToIndices,
  requiredChoices,
  validateSelection,
} from '../../../src/quiz/index.js';
import { multiple, single } from './fixtures.js';

const one = single('trust-policies-001', {
  misconceptions: ['instance-arn-principal', undefined, 'same-account-only'],
});
const two = multiple('trust-policies-002');

describe('validateSelection', () => {
  it('refuses a multiple-response answer with the wrong number of choices', () => {
    expect(validateSelection(two, [0, 1, 2])).toEqual({
      ok: false,
      message: 'Choose exactly 2 answers (you chose 3).',
    });
    expect(validateSelection(two, [0])).toEqual({ ok: false, message: 'Choose exactly 2 answers (you chose 1).' });
    expect(validateSelection(two, [])).toEqual({ ok: false, message: 'Choose exactly 2 answers first.' });
  });

  it('accepts the right number, sorted', () => {
    expect(validateSelection(two, [3, 0])).toEqual({ ok: true, value: [0, 3] });
    expect(validateSelection(one, [2])).toEqual({ ok: true, value: [2] });
  });

  it('asks for exactly one answer on a single-answer question', () => {
    expect(validateSelection(one, [])).toEqual({ ok: false, message: 'Choose an answer first.' });
    expect(validateSelection(one, [0, 1])).toEqual({ ok: false, message: 'Choose exactly 1 answer (you chose 2).' });
  });

  it('refuses options that do not exist or repeat', () => {
    expect(validateSelection(one, [4]).ok).toBe(false);
    expect(validateSelection(two, [1, 1]).ok).toBe(false);
  });
});

describe('correctness', () => {
  it('needs every keyed option and nothing else', () => {
    expect(keyOf(two)).toEqual([0, 1]);
    expect(requiredChoices(two)).toBe(2);
    expect(isCorrectChoice(two, [1, 0])).toBe(true);
    expect(isCorrectChoice(two, [0, 2])).toBe(false);
    expect(isCorrectChoice(one, [0])).toBe(true);
    expect(isCorrectChoice(one, [])).toBe(false);
  });
});

describe('gradeQuestion', () => {
  it('explains every option in display order and names the chosen misconception', () => {
    const order = [3, 1, 0, 2];
    const review = gradeQuestion(one, order, [1]);
    expect(review.correct).toBe(false);
    expect(review.answered).toBe(true);
    expect(review.key).toEqual([0]);
    expect(review.options.map((o) => o.index)).toEqual(order);
    expect(review.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(review.options.every((o) => o.why.length > 0)).toBe(true);
    expect(review.options.find((o) => o.chosen)?.index).toBe(1);
    expect(review.misconceptions).toEqual(['instance-arn-principal']);
    expect(review.docs).toEqual(one.docs);
  });

  it('marks an unanswered question as wrong and unanswered', () => {
    const review = gradeQuestion(two, [0, 1, 2, 3, 4], []);
    expect(review.answered).toBe(false);
    expect(review.correct).toBe(false);
  });
});

describe('positions and indices', () => {
  it('translates on-screen positions to stored option indices', () => {
    const order = [2, 0, 3, 1];
    expect(positionsToIndices(order, [0, 3])).toEqual([2, 1]);
    expect(displayedOptions(one, order).map((o) => o.text)).toEqual([
      one.options[2]!.text,
      one.options[0]!.text,
      one.options[3]!.text,
      one.options[1]!.text,
    ]);
  });
});
