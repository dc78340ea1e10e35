// A graded question laid out as rows: the verdict, the stem, every option with ✓ (right) or ✗
// (wrong), the learner's choices marked in words, each option's explanation, and the docs.
// Used for practice feedback and for the review at the end of an exam.

import type { QuestionReview } from '../../../quiz/index.js';
import { type ColorRole, type Line, blank, line, span, wrapBlock } from '../../text/index.js';
import { symbols } from '../../theme.js';

function lettersOf(review: QuestionReview, which: (o: QuestionReview['options'][number]) => boolean): string {
  const letters = review.options.filter(which).map((o) => o.letter);
  if (letters.length <= 1) return letters.join('');
  return `${letters.slice(0, -1).join(', ')} and ${letters[letters.length - 1]}`;
}

/** "✓ Correct." / "✗ Wrong: you chose B; the answer is C." / "· Not answered (counts as wrong)..." */
export function verdictText(review: QuestionReview): string {
  const key = lettersOf(review, (o) => o.correct);
  const keyText = review.key.length === 1 ? `the answer is ${key}` : `the answers are ${key}`;
  if (!review.answered) return `· Not answered (counts as wrong); ${keyText}.`;
  if (review.correct) return `${symbols.check} Correct: ${keyText}.`;
  return `${symbols.cross} Wrong: you chose ${lettersOf(review, (o) => o.chosen)}; ${keyText}.`;
}

export function verdictLine(review: QuestionReview, width: number): Line[] {
  const color: ColorRole = review.correct ? 'good' : review.answered ? 'bad' : 'warn';
  return wrapBlock(verdictText(review), width, { style: { color, bold: true } });
}

export interface ReviewLayoutOptions {
  /** Rows above the verdict (the exam review's "Question 12 of 65" heading). */
  heading?: Line[];
  showVerdict?: boolean;
  /** Stop after this many options (no documentation): for measuring, not drawing. */
  optionsUntil?: number;
}

/**
 * How many of `reviewLines`' rows must be seen before moving on: up to the end of the last
 * explanation of an option that was chosen or is right (the documentation links may wait).
 */
export function reviewEssentialRows(review: QuestionReview, width: number): number {
  const lines = reviewLines(review, width, { optionsUntil: lastEssentialOption(review) });
  return lines.length;
}

function lastEssentialOption(review: QuestionReview): number {
  let last = -1;
  review.options.forEach((option, i) => {
    if (option.correct || option.chosen) last = i;
  });
  return last + 1;
}

export function reviewLines(review: QuestionReview, width: number, options: ReviewLayoutOptions = {}): Line[] {
  const lines: Line[] = [...(options.heading ?? [])];
  if (options.showVerdict !== false) lines.push(...verdictLine(review, width));
  lines.push(...wrapBlock(review.stem, width), blank());
  const shown = options.optionsUntil === undefined ? review.options : review.options.slice(0, options.optionsUntil);
  for (const option of shown) {
    const mark = option.correct ? symbols.check : symbols.cross;
    const color: ColorRole = option.correct ? 'good' : 'bad';
    const yours = option.chosen ? '  (your choice)' : '';
    lines.push(
      ...wrapBlock(`${option.text}${yours}`, width, {
        prefix: [
          span(`${mark} `, { color, bold: true, spoken: option.correct ? 'right option ' : 'wrong option ' }),
          span(`${option.letter}. `, { bold: option.chosen }),
        ],
        style: { bold: option.chosen },
      }),
      ...wrapBlock(option.why, width, { indent: 5, style: { color: 'muted' } }),
    );
  }
  if (options.optionsUntil !== undefined) return lines;
  // URLs start at the left edge so most fit on one row and stay clickable in terminals that link them.
  lines.push(blank(), line('Documentation:', { bold: true }));
  for (const url of review.docs) lines.push(...wrapBlock(url, width));
  return lines;
}

/** The marks legend, for screens that show ✓ and ✗ options; a screen reader hears the marks as words, so no legend. */
export const reviewLegend = (): Line =>
  line(`${symbols.check} right option  ${symbols.cross} wrong option  (your choice) = what you picked`, {
    color: 'muted',
    spoken: '',
  });
