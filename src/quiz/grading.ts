// Grading one question: which options are keyed, whether a selection is acceptable, whether it
// is right, and the per-option explanations the learner sees afterwards.
//
// Answers are always stored as ORIGINAL option indices (positions in `question.options`), never
// as on-screen positions, so a saved answer keeps its meaning whatever order the options were
// shown in. `optionOrder[position] = original index` translates between the two.

import type { Question, QuestionType } from '../content/types.js';
import { type DomainKey, domainKeyOf } from './domains.js';
import { fail, ok, QuizError, type Result } from './result.js';
import { plural } from '../plural.js';

/** One question as placed in a session: which question, and the order its options are shown in. */
export interface SessionItem {
  questionId: string;
  /** optionOrder[position on screen] = index in question.options. */
  optionOrder: number[];
  /** How many options an answer must have (1, or the number keyed for multiple response). */
  choose: number;
}

export interface DisplayedOption {
  /** 0-based position on screen. */
  position: number;
  /** A, B, C ... by position on screen. */
  letter: string;
  /** Index in question.options: what answers store. */
  index: number;
  text: string;
}

export interface OptionReview extends DisplayedOption {
  correct: boolean;
  chosen: boolean;
  why: string;
  misconception?: string;
}

export interface QuestionReview {
  questionId: string;
  topic: string;
  domain: DomainKey;
  type: QuestionType;
  stem: string;
  /** False when the learner gave no answer (counts as wrong). */
  answered: boolean;
  /** Original option indices the learner chose, ascending. */
  chosen: number[];
  /** Original option indices of the keyed answers, ascending. */
  key: number[];
  correct: boolean;
  /** Every option in the order it was shown, with its explanation. */
  options: OptionReview[];
  /** Misconception tags of the wrong options the learner chose. */
  misconceptions: string[];
  docs: string[];
}

export function letterFor(position: number): string {
  return String.fromCharCode(65 + position);
}

export function keyOf(question: Question): number[] {
  const key: number[] = [];
  question.options.forEach((option, index) => {
    if (option.correct) key.push(index);
  });
  return key;
}

/** How many options the learner must choose: 1 for single, the number keyed for multiple. */
export function requiredChoices(question: Question): number {
  return question.type === 'single' ? 1 : keyOf(question).length;
}

export function identityOrder(question: Question): number[] {
  return question.options.map((_, index) => index);
}

export function displayedOptions(question: Question, optionOrder: readonly number[]): DisplayedOption[] {
  return optionOrder.map((index, position) => {
    const option = question.options[index];
    if (!option)
      throw new QuizError(`Option order refers to option ${index}, which question ${question.id} does not have.`);
    return { position, letter: letterFor(position), index, text: option.text };
  });
}

/** Translates on-screen positions (what the UI knows) to original option indices (what answers store). */
export function positionsToIndices(optionOrder: readonly number[], positions: readonly number[]): number[] {
  return positions.map((position) => optionOrder[position] ?? -1);
}

/**
 * Checks a selection before it is submitted. Multiple-response questions refuse the wrong number
 * of choices the way the exam's own instructions would: "Choose exactly 2 answers (you chose 3)."
 */
export function validateSelection(question: Question, chosen: readonly number[]): Result<number[]> {
  const unique = [...new Set(chosen)].sort((a, b) => a - b);
  if (unique.length !== chosen.length) return fail('The same option was chosen twice.');
  if (unique.some((index) => !Number.isInteger(index) || index < 0 || index >= question.options.length)) {
    return fail(`This question has options ${letterFor(0)} to ${letterFor(question.options.length - 1)} only.`);
  }
  const need = requiredChoices(question);
  if (unique.length === 0) {
    return fail(need === 1 ? 'Choose an answer first.' : `Choose exactly ${need} answers first.`);
  }
  if (unique.length !== need) {
    return fail(`Choose exactly ${plural(need, 'answer')} (you chose ${unique.length}).`);
  }
  return ok(unique);
}

/** All keyed options and nothing else; no partial credit, as on the exam. */
export function isCorrectChoice(question: Question, chosen: readonly number[]): boolean {
  const key = keyOf(question);
  const picked = new Set(chosen);
  return picked.size === key.length && key.every((index) => picked.has(index));
}

/** The graded view of one question, used for practice feedback and for the end-of-exam review. */
export function gradeQuestion(
  question: Question,
  optionOrder: readonly number[],
  chosen: readonly number[],
): QuestionReview {
  const picked = new Set(chosen);
  const options: OptionReview[] = displayedOptions(question, optionOrder).map((shown) => {
    const option = question.options[shown.index]!;
    const review: OptionReview = {
      ...shown,
      correct: option.correct,
      chosen: picked.has(shown.index),
      why: option.why,
    };
    if (option.misconception !== undefined) review.misconception = option.misconception;
    return review;
  });
  const misconceptions = options
    .filter((option) => option.chosen && !option.correct && option.misconception !== undefined)
    .map((option) => option.misconception!);
  return {
    questionId: question.id,
    topic: question.topic,
    domain: domainKeyOf(question),
    type: question.type,
    stem: question.stem,
    answered: picked.size > 0,
    chosen: [...picked].sort((a, b) => a - b),
    key: keyOf(question),
    correct: isCorrectChoice(question, chosen),
    options,
    misconceptions: [...new Set(misconceptions)],
    docs: [...question.docs],
  };
}
