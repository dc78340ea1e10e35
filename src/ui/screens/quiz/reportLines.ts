// The review part of an exam report as rows, under one filter (issue #16): a heading naming the
// filter, then each question it shows with its number in the exam. Pure, for tests and the view.
import type { QuestionReview } from '../../../quiz/index.js';
import { REPORT_FILTERS, type ReportFilter, filterReport, reportFilterCounts } from '../../../quiz/index.js';
import { type Line, blank, line } from '../../text/index.js';
import { symbols } from '../../theme.js';
import type { ReportLayout } from './reportModel.js';
import { reviewLines } from './reviewLines.js';
import { topicTitle } from './scoreLines.js';

export interface ReportItems {
  /** In exam order; `flags[i]` belongs to `reviews[i]`. */
  reviews: readonly QuestionReview[];
  flags: readonly boolean[];
}

const EMPTY: Record<ReportFilter, string> = {
  all: 'No questions to review.',
  wrong: 'No wrong or unanswered questions: every answer was right.',
  flagged: 'No question was flagged for review.',
  unanswered: 'Every question was answered.',
};

/** "wrong 4 of 20 · all 20 · flagged 1 · unanswered 2": the active filter first, then the others. */
export function filterHeader(filter: ReportFilter, items: ReportItems): string {
  const counts = reportFilterCounts({ reviews: [...items.reviews], flags: [...items.flags] });
  const others = REPORT_FILTERS.filter((f) => f !== filter).map((f) => `${f} ${counts[f]}`);
  return [`${filter} ${counts[filter]} of ${counts.all}`, ...others].join(' · ');
}

/** The summary rows, then the review under `filter`; with where each question starts (for n/p). */
export function reportLines(
  summary: readonly Line[],
  items: ReportItems,
  filter: ReportFilter,
  width: number,
): { lines: Line[]; layout: ReportLayout } {
  const lines: Line[] = [...summary];
  const reviewAt = lines.length;
  lines.push(
    line(`Review: ${filterHeader(filter, items)}`, { bold: true }),
    line('f or 1-4 changes the filter · n/p jump between questions', { color: 'muted' }),
  );
  const shown = filterReport({ reviews: [...items.reviews], flags: [...items.flags] }, filter);
  if (shown.length === 0) lines.push(blank(), line(EMPTY[filter]));
  const starts: number[] = [];
  for (const index of shown) {
    const review = items.reviews[index]!;
    lines.push(blank());
    starts.push(lines.length);
    const flag = items.flags[index] ? ` · ${symbols.flag} flagged` : '';
    const heading: Line[] = [
      line(
        `${symbols.rule.repeat(2)} Question ${index + 1} of ${items.reviews.length} · ${topicTitle(review.topic)}${flag}`,
        { bold: true },
      ),
    ];
    lines.push(...reviewLines(review, width, { heading }));
  }
  return { lines, layout: { rows: lines.length, starts, reviewAt } };
}
