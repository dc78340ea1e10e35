import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { wrapWords } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';
import { bar, type Dashboard, percentText } from './dashboardModel.js';
import { MEETS_PERCENT, MIN_ANSWERS } from '../../../quiz/index.js';
import { plural } from '../../../plural.js';
import { COVERAGE_POINTS, EXAM_POINTS, LESSON_POINTS, RECENT_EXAMS } from './readiness.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';

const LABEL = 12;

function Row({ label, children, color }: { label: string; children: ReactNode; color?: string }) {
  // A screen reader gets "Lessons: 3/15 completed", not a label padded into a column.
  if (useScreenReader())
    return (
      <Text>
        {label === '' ? (
          children
        ) : (
          <>
            {`${label}: `}
            {children}
          </>
        )}
      </Text>
    );
  return (
    <Text wrap="truncate-end">
      <Text color={theme.muted}>{label.padEnd(LABEL)}</Text>
      <Text color={color}>{children}</Text>
    </Text>
  );
}

/**
 * The summary, one line per fact. Lines are built first and cut to `height`, so a small
 * terminal loses the last lines instead of Ink squeezing rows on top of each other.
 */
export function OverviewTab({ dashboard, width, height }: { dashboard: Dashboard; width: number; height: number }) {
  const d = dashboard;
  const barWidth = Math.max(5, Math.min(22, width - LABEL - 20));
  const last = d.exams[d.exams.length - 1];
  const best = d.exams.reduce((max, e) => Math.max(max, e.scaled), 0);
  const r = d.readiness;
  // Words where the row draws marks: "last 810, pass" rather than "last 810 ✓ pass", commas for •.
  const screenReader = useScreenReader();
  const dot = screenReader ? ',' : ` ${symbols.bullet}`;
  const rows: ReactNode[] = [
    <Row key="lessons" label="Lessons">
      {/* The bar is a picture of the numbers after it: a screen reader gets the numbers. */}
      <Text aria-hidden>{`${bar(d.lessonsDone, d.lessonsTotal, barWidth)} `}</Text>
      {d.lessonsDone}/{d.lessonsTotal} completed
    </Row>,
    <Row key="questions" label="Questions">
      {d.answered === 0 ? 'none answered yet' : `${d.answered} answered, ${percentText(d.correct, d.answered)} correct`}
    </Row>,
    <Row key="reviews" label="Reviews" color={d.due ? theme.warn : undefined}>
      {d.due === undefined
        ? `cannot tell (${d.dueProblem ?? 'no review data'})`
        : d.due === 0
          ? 'nothing due'
          : `${plural(d.due, 'question')} due for review (d: start the due drill)`}
    </Row>,
    <Row key="exams" label="Mock exams">
      {last === undefined
        ? 'none taken yet'
        : `${d.exams.length} taken${dot} last ${last.scaled}${screenReader ? ',' : ''} ${last.scaled >= 700 ? `${screenReader ? '' : `${symbols.check} `}pass` : `${screenReader ? '' : `${symbols.cross} `}below 700`}${dot} best ${best}`}
    </Row>,
    <Row key="weak" label="Weak topics" color={d.weak.length > 0 ? theme.warn : undefined}>
      {d.weak.length === 0
        ? `none (a topic is judged on ${MIN_ANSWERS}+ answers: below ${MEETS_PERCENT}% is weak)`
        : (d.weakCount > d.weak.length ? `${d.weakCount} (Topics tab), weakest: ` : '') +
          d.weak
            .map((id) => {
              const row = d.topics.find((t) => t.id === id);
              if (!row) return id;
              return `${row.title.replace(/^\d+\.\s*/, '')} ${percentText(row.correct, row.answered)} of ${row.answered}`;
            })
            .join(', ')}
    </Row>,
    <Row key="date" label="Exam date">
      {d.examDate === undefined
        ? 'not set (Settings tab: press 4)'
        : `${d.examDate}${dot} ${daysText(r?.daysLeft ?? 0)}`}
    </Row>,
  ];
  if (r) {
    const tone = r.label === 'on track' ? theme.good : r.label === 'not yet' ? theme.bad : theme.warn;
    const note =
      `Readiness is our estimate, not AWS's: the mean of your last ${RECENT_EXAMS} mock exams (400 to 800 scores 0 to ${EXAM_POINTS}), ` +
      `topics with ${MEETS_PERCENT}%+ on ${MIN_ANSWERS}+ answers (${COVERAGE_POINTS}) and lessons completed (${LESSON_POINTS}). AWS publishes no formula.`;
    rows.push(
      <Row key="readiness" label="Readiness" color={tone}>
        {`${r.score}/100, ${r.label} (an estimate)`}
      </Row>,
      <Row key="parts" label="" color={theme.muted}>
        {screenReader
          ? `Points: exams averaging ${r.exams.recentMean ?? 'none yet'} give ${r.exams.points} of ${EXAM_POINTS}; ` +
            `${r.coverage.covered} of ${r.coverage.total} topics meeting competencies give ${r.coverage.points} of ${COVERAGE_POINTS}; ` +
            `${r.lessons.done} of ${r.lessons.total} lessons give ${r.lessons.points} of ${LESSON_POINTS}.`
          : `exams ${r.exams.recentMean ?? '–'} avg ${r.exams.points}/${EXAM_POINTS} ${symbols.bullet} ` +
            `topics ${r.coverage.covered}/${r.coverage.total} ${r.coverage.points}/${COVERAGE_POINTS} ${symbols.bullet} ` +
            `lessons ${r.lessons.done}/${r.lessons.total} ${r.lessons.points}/${LESSON_POINTS}`}
      </Row>,
      <Row key="advice" label="">
        {r.advice}
      </Row>,
      <Text key="gap"> </Text>,
      ...wrapWords(note, width).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: wrapped lines of one note
        <Text key={`note-${i}`} color={theme.muted}>
          {line}
        </Text>
      )),
    );
  }
  return <Box flexDirection="column">{rows.slice(0, Math.max(1, height))}</Box>;
}

function daysText(days: number): string {
  if (days < 0) return `${plural(-days, 'day')} ago`;
  if (days === 0) return 'today';
  return `${plural(days, 'day')} left`;
}
