import { Box } from 'ink';
import { useMemo } from 'react';
import type { Question } from '../../../content/index.js';
import type { ExamState } from '../../../quiz/index.js';
import { type ExamResult, examResult } from '../../../quiz/exam-result.js';
import { formatClock } from '../../../quiz/exam-timing.js';
import { SCALED_MAX, SCALED_MIN, SCALED_PASS } from '../../../quiz/scoring.js';
import { ScrollView } from '../../widgets/scroll-view/index.js';
import { type Line, blank, line, wrapBlock } from '../../text/index.js';
import { useScroll } from '../../widgets/scroll-view/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeys } from '../../shell/useKeys.js';
import { symbols } from '../../theme.js';
import { scrollKey } from './scrollKey.js';
import { reviewLines } from './reviewLines.js';
import { readinessLines } from './readinessLines.js';
import { percentText, topicTable, topicTitle } from './scoreLines.js';
import { type Message, StatusLine, statusRows } from '../../widgets/status-line/index.js';

interface ExamResultViewProps {
  state: ExamState;
  questions: readonly Question[];
  /** Problems recording the result, shown once at the bottom. */
  problems: string[];
}

/** The score report, then a review of every question; one scrolling page. */
export function ExamResultView({ state, questions, problems }: ExamResultViewProps) {
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const scroll = useScroll();
  const result = useMemo(() => examResult(state, questions), [state, questions]);
  const { lines, starts } = useMemo(() => resultLines(result, state, width), [result, state, width]);

  const message: Message | null = problems.length > 0 ? { text: problems.join(' '), tone: 'error' } : null;
  const regionHeight = Math.max(3, height - statusRows(message, width));
  const window = scroll.window(lines.length, regionHeight);

  useKeys(
    (input, key) => {
      if (input === 'n' || input === 'p') {
        const at = window.start;
        const target = input === 'n' ? starts.find((s) => s > at) : [...starts].reverse().find((s) => s < at);
        if (target !== undefined) scroll.scrollTo(target);
        return true;
      }
      return scrollKey(scroll, input, key);
    },
    [
      { keys: 'PgDn', label: 'scroll' },
      { keys: 'n/p', label: 'next/prev question' },
    ],
  );

  return (
    <Box flexDirection="column" paddingX={1}>
      <ScrollView lines={lines} window={window} height={regionHeight} />
      <StatusLine message={message} hint="n/p jump between questions · PgUp/PgDn scroll · Esc back" width={width} />
    </Box>
  );
}

/** The report as rows, and the row where each question's review starts (for n/p). */
export function resultLines(result: ExamResult, state: ExamState, width: number): { lines: Line[]; starts: number[] } {
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
    line(`Review of every question (n/p to jump)`, { bold: true }),
  );
  const starts: number[] = [];
  for (const item of result.review) {
    lines.push(blank());
    starts.push(lines.length);
    const flag = item.flagged ? ` · ${symbols.flag} flagged` : '';
    const heading: Line[] = [
      line(`${symbols.rule.repeat(2)} Question ${item.number} of ${result.total} · ${topicTitle(item.topic)}${flag}`, {
        bold: true,
      }),
    ];
    lines.push(...reviewLines(item, width, { heading }));
  }
  return { lines, starts };
}
