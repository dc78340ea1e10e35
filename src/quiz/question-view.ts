// What a screen needs to show one question of a session, whatever the mode.

import type { Question } from '../content/types.js';
import { type DisplayedOption, displayedOptions, type SessionItem } from './grading.js';

export interface QuestionView {
  /** 0-based index in the session. */
  index: number;
  /** 1-based, for "Question 3 of 65". */
  number: number;
  total: number;
  question: Question;
  /** Options in the order they are shown. */
  options: DisplayedOption[];
  /** How many options the answer needs. */
  choose: number;
  /** Original option indices already chosen (empty when unanswered). */
  chosen: number[];
  /** The same choice as on-screen positions, for pre-selecting toggles. */
  chosenPositions: number[];
}

export function questionView(
  item: SessionItem,
  question: Question,
  index: number,
  total: number,
  chosen: readonly number[],
): QuestionView {
  const options = displayedOptions(question, item.optionOrder);
  const picked = new Set(chosen);
  return {
    index,
    number: index + 1,
    total,
    question,
    options,
    choose: item.choose,
    chosen: [...chosen],
    chosenPositions: options.filter((o) => picked.has(o.index)).map((o) => o.position),
  };
}
