// The exam intro's rules text: the numbers of the exam Enter would open, then the rules.
import {
  describeCoverage,
  EXAM_MINUTES,
  EXAM_QUESTION_COUNT,
  type ExamStart,
  type ExamState,
  formatClock,
  MINUTE_MS,
  type Result,
  SCALED_MAX,
  SCALED_MIN,
  SCALED_PASS,
} from '../../../quiz/index.js';
import { blank, type Line, line, span, wrapBlock } from '../../text/index.js';
import { answeredCount, savedRemainingMs } from './savedExam.js';

/** The numbers at the top of the rules: how many questions, and the time. */
interface ExamFacts {
  questions: string;
  time: string;
  /** Which part of the CLF-C02 blueprint the drawn questions cover (a new exam only). */
  blueprint?: string;
}

export function freshFacts(fresh: Result<ExamStart>, bankSize: number): ExamFacts | undefined {
  if (!fresh.ok) return undefined;
  const state = fresh.value.state;
  const n = state.items.length;
  const minutes = Math.round(state.timeLimitMs / MINUTE_MS);
  const fromBank = n < EXAM_QUESTION_COUNT && n === bankSize ? ` (all the bank has)` : ` (from a bank of ${bankSize})`;
  return {
    blueprint: describeCoverage(fresh.value.coverage),
    questions: `${n}${fromBank}`,
    time: `${minutes} minutes: the real exam's pace of ${EXAM_MINUTES} minutes for ${EXAM_QUESTION_COUNT} questions`,
  };
}

/** A saved exam's own numbers, so "Resume" is not described with a new exam's 65 questions. */
export function savedFacts(state: ExamState): ExamFacts {
  const n = state.items.length;
  const minutes = Math.round(state.timeLimitMs / MINUTE_MS);
  if (state.status === 'submitted') {
    return { questions: `${n} in your last exam (submitted)`, time: `${minutes} minutes` };
  }
  return {
    questions: `${n} in the exam in progress, ${answeredCount(state)} answered`,
    time: `${minutes} minutes, ${formatClock(savedRemainingMs(state))} left (the clock waits while it is saved)`,
  };
}

export function ruleLines(facts: ExamFacts | undefined, notes: readonly string[], width: number): Line[] {
  const row = (label: string, text: string): Line[] =>
    // A screen reader hears "Questions: 65", not a label padded into a column.
    wrapBlock(text, width, { prefix: [span(label.padEnd(12), { bold: true, spoken: `${label}: ` })] });
  const lines: Line[] = [line('CLF-C02 mock exam', { bold: true, color: 'accent' }), blank()];
  if (facts) lines.push(...row('Questions', facts.questions), ...row('Time limit', facts.time));
  if (facts?.blueprint) lines.push(...row('Blueprint', facts.blueprint));
  for (const note of notes) lines.push(...row('Note', note));
  lines.push(
    ...row('Feedback', 'none until you submit; you may change answers and flag questions until then'),
    ...row('Unanswered', 'counts as wrong, so answer everything'),
    ...row(
      'Result',
      `readiness per domain and task, and an estimated score ${SCALED_MIN}-${SCALED_MAX} (the real exam passes at ${SCALED_PASS}; our estimate maps 70% correct to 700)`,
    ),
    ...row('Keys', '←/→ previous/next, f flag, r review grid, S submit from the grid, q leave (saved)'),
  );
  return lines;
}
