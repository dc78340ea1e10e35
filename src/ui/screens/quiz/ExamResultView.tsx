import { useCallback, useMemo } from 'react';
import type { Question } from '../../../content/index.js';
import type { ExamState } from '../../../quiz/index.js';
import { type ExamResult, examResult } from '../../../quiz/exam-result.js';
import { formatClock } from '../../../quiz/exam-timing.js';
import { SCALED_MAX, SCALED_MIN, SCALED_PASS } from '../../../quiz/scoring.js';
import { type Line, blank, wrapBlock } from '../../text/index.js';
import { readinessLines } from './readinessLines.js';
import { ReportView } from './ReportView.js';
import { percentText, topicTable } from './scoreLines.js';

interface ExamResultViewProps {
  state: ExamState;
  questions: readonly Question[];
  /** Problems recording the result, shown once at the bottom. */
  problems: string[];
}

/** The score report, then a review of the questions under a filter (all / wrong / flagged / unanswered). */
export function ExamResultView({ state, questions, problems }: ExamResultViewProps) {
  const result = useMemo(() => examResult(state, questions), [state, questions]);
  const items = useMemo(() => ({ reviews: result.review, flags: result.review.map((item) => item.flagged) }), [result]);
  const summary = useCallback((width: number) => examSummaryLines(result, state, width), [result, state]);
  const message = problems.length > 0 ? ({ text: problems.join(' '), tone: 'error' } as const) : null;
  return <ReportView summary={summary} items={items} message={message} />;
}

/** The score, time taken, readiness and topics: the rows above the review. */
export function examSummaryLines(result: ExamResult, state: ExamState, width: number): Line[] {
  // No PASS/FAIL headline: readiness per domain and task is the verdict (issue #17).
  const lines: Line[] = [
    ...wrapBlock(
      `Estimated scaled score ${result.scaledEstimate} (${SCALED_MIN}-${SCALED_MAX}; the real exam passes at ${SCALED_PASS})`,
      width,
      { style: { bold: true } },
    ),
    ...wrapBlock(
      `Raw: ${result.correct} of ${result.total} correct (${percentText(result.percent)}) · ${result.total - result.answered} unanswered (counted wrong)`,
      width,
    ),
  ];
  const took = formatClock(state.elapsedMs);
  lines.push(
    ...wrapBlock(
      result.submitReason === 'time'
        ? `Time ran out, so the exam submitted itself after ${took}.`
        : `You submitted after ${took} of ${formatClock(state.timeLimitMs)}.`,
      width,
    ),
    ...wrapBlock(
      'The estimate is our approximation: 0% maps to 100, 70% to 700, 100% to 1000, in straight lines. AWS equates scores across exam forms and does not publish how.',
      width,
      { style: { color: 'muted' } },
    ),
    blank(),
    ...readinessLines(result.readiness, result.perDomain, width),
    blank(),
    // Topics without verdicts: a topic often has 1 or 2 questions, too few to judge (see readiness).
    ...topicTable(result.perTopic, width, false),
    blank(),
  );
  return lines;
}
