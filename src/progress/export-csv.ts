// CSV export: one table, one row per answer and one per quiz attempt, oldest first, so a
// spreadsheet can filter on `kind`. Columns:
//
//   kind            answer | attempt
//   time            when it happened: answered at / attempt finished at (ISO 8601, UTC)
//   mode            practice | exam | drill
//   attempt_id      the attempt (answers given inside one; every attempt row)
//   question_id     answer rows: the question
//   topic           answer rows: the question's topic
//   correct         answer rows: true | false
//   chosen          answer rows: chosen option indices, 0-based in the question file's
//                   order (not the shuffled display order), separated by ";"
//   misconceptions  answer rows: misconception tags of the wrong options chosen, ";"-separated
//   started_at      attempt rows: when the attempt started
//   total           attempt rows: questions in the attempt
//   correct_count   attempt rows: questions answered correctly
//   scaled          attempt rows: scaled score 100-1000, when there is one (exams)
//   passed          attempt rows: true | false, when there is a verdict
//   per_topic       attempt rows: "topic=correct/total" pairs, ";"-separated
//   per_domain      attempt rows: "domain=correct/total" pairs, ";"-separated
//
// RFC 4180 quoting, "\n" line ends, a header row. Cells that a spreadsheet would run as a
// formula (starting with = + - @, also after spaces or a NUL, or with a tab or CR) get a leading
// apostrophe; see src/untrusted/formats.ts.
import { csvCell } from '../untrusted/formats.js';
import type { ProgressData, Tally } from './schema.js';
import { compareIso } from './time.js';

export const CSV_COLUMNS = [
  'kind',
  'time',
  'mode',
  'attempt_id',
  'question_id',
  'topic',
  'correct',
  'chosen',
  'misconceptions',
  'started_at',
  'total',
  'correct_count',
  'scaled',
  'passed',
  'per_topic',
  'per_domain',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean>>;

export { csvCell };

function tallies(record: Record<string, Tally>): string {
  return Object.entries(record)
    .map(([key, tally]) => `${key}=${tally.correct}/${tally.total}`)
    .join(';');
}

export function exportCsv(data: ProgressData): string {
  const rows: { time: string; order: number; row: Row }[] = [];
  for (const answer of data.quiz.answers) {
    rows.push({
      time: answer.at,
      order: 0,
      row: {
        kind: 'answer',
        time: answer.at,
        mode: answer.mode,
        attempt_id: answer.attemptId,
        question_id: answer.questionId,
        topic: answer.topic,
        correct: answer.correct,
        chosen: answer.chosen.join(';'),
        misconceptions: answer.misconceptions.join(';'),
      },
    });
  }
  for (const attempt of data.quiz.attempts) {
    rows.push({
      time: attempt.finishedAt,
      // An attempt finishes after its last answer even when both carry the same instant.
      order: 1,
      row: {
        kind: 'attempt',
        time: attempt.finishedAt,
        mode: attempt.mode,
        attempt_id: attempt.id,
        started_at: attempt.startedAt,
        total: attempt.total,
        correct_count: attempt.correct,
        scaled: attempt.scaled,
        passed: attempt.passed,
        per_topic: tallies(attempt.perTopic),
        per_domain: tallies(attempt.perDomain),
      },
    });
  }
  rows.sort((a, b) => compareIso(a.time, b.time) || a.order - b.order);
  const lines = [CSV_COLUMNS.join(',')];
  for (const { row } of rows) lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}
