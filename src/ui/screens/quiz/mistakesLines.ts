// The rows of "Review mistakes": one row per open mistake on the list, and the open mistake in
// full (what was chosen, why it is wrong, the right option and why). Pure, for tests and the view.
import type { Question } from '../../../content/index.js';
import { type Mistake, mistakeReview } from '../../../quiz/index.js';
import { plural } from '../../../plural.js';
import { cleanText } from '../../../untrusted/text.js';
import { blank, type Line, line, wrapBlock } from '../../text/index.js';
import { reviewLegend, reviewLines } from './reviewLines.js';
import { topicTitle } from './scoreLines.js';

/** "3 Dec" from an ISO time, in UTC so every machine shows the same day. */
export function shortDate(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '?';
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

const stemOf = (mistake: Mistake, questions: readonly Question[]) => {
  const question = questions.find((q) => q.id === mistake.questionId);
  return question === undefined ? `(no longer in the question bank: ${cleanText(mistake.questionId)})` : question.stem;
};

/** "Wrong 2 times since 3 Dec". */
export function wrongSince(mistake: Mistake): string {
  const times = mistake.wrongCount === 1 ? 'Wrong once' : `Wrong ${plural(mistake.wrongCount, 'time')}`;
  return `${times} since ${shortDate(mistake.firstWrongAt)}`;
}

/** "Wrong 2 times since 3 Dec · Roles": the detail of a list row. */
export function mistakeDetail(mistake: Mistake): string {
  return `${wrongSince(mistake)} · ${topicTitle(mistake.topic)}`;
}

/** The list: the stem on one row (truncated by the view), the detail under it. */
export function mistakeRows(mistakes: readonly Mistake[], questions: readonly Question[]) {
  return mistakes.map((mistake) => ({
    id: mistake.questionId,
    stem: cleanText(stemOf(mistake, questions)).replace(/\s+/g, ' '),
    detail: mistakeDetail(mistake),
  }));
}

/** The open mistake in full, graded again in the file's option order. */
export function mistakeLines(
  mistakes: readonly Mistake[],
  index: number,
  questions: readonly Question[],
  width: number,
): Line[] {
  const mistake = mistakes[index];
  if (mistake === undefined) return [];
  const heading = [
    line(`Mistake ${index + 1} of ${mistakes.length} · ${topicTitle(mistake.topic)}`, { bold: true }),
    line(wrongSince(mistake), { color: 'muted' }),
    blank(),
  ];
  const review = mistakeReview(mistake, questions);
  if (review === undefined)
    return [
      ...heading,
      ...wrapBlock(
        `This question (${cleanText(mistake.questionId)}) is no longer in the question bank, so it cannot be shown or answered again.`,
        width,
      ),
    ];
  return [...reviewLines(review, width, { heading }), blank(), reviewLegend()];
}
