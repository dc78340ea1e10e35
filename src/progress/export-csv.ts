// CSV export: one table, one row per answer and one per quiz attempt, oldest first, so a
// spreadsheet can filter on `kind`. Columns:
//
//   kind            answer | attempt | rule | topic
//   time            when it happened: answered at / attempt finished at (ISO 8601, UTC)
//   mode            practice | exam | drill
//   attempt_id      the attempt (answers given inside one; every attempt row)
//   question_id     answer rows: the question
//   topic           answer rows: the question's topic; topic rows: the topic
//   correct         answer rows: true | false
//   chosen          answer rows: chosen option indices, 0-based in the question file's
//                   order (not the shuffled display order), separated by ";"
//   misconceptions  answer rows: misconception tags of the wrong options chosen, ";"-separated
//   started_at      attempt rows: when the attempt started
//   total           attempt rows: questions in the attempt; topic rows: answers in the topic
//   correct_count   attempt rows: questions answered correctly; topic rows: answers right
//   scaled          attempt rows: scaled score 100-1000, when there is one (exams)
//   passed          attempt rows: true | false, when there is a verdict
//   per_topic       attempt rows: "topic=correct/total" pairs, ";"-separated
//   per_domain      attempt rows: "domain=correct/total" pairs, ";"-separated
//   verdict         topic rows: Weak | Meets competencies | Too few to judge, by the one rule
//                   (src/quiz/competency-rule.ts) over the topic's answers: `total` answers,
//                   `correct_count` right
//   rule            the rule row (one, before the topic rows): the rule in words
//
// After the answer and attempt rows, when anything was answered: one `rule` row, then one
// `topic` row per topic answered (course order).
//
// RFC 4180 quoting, "\n" line ends, a header row. Cells that a spreadsheet would run as a
// formula (starting with = + - @, also after spaces or a NUL, or with a tab or CR) get a leading
// apostrophe; see src/untrusted/formats.ts.
import { COMPETENCY_RULE_TEXT } from '../quiz/competency-rule.js';
import { csvCell } from '../untrusted/formats.js';
import { progressVerdicts } from './export-verdicts.js';
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
  'verdict',
  'rule',
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
  const verdicts = progressVerdicts(data);
  const tail: Row[] =
    verdicts.length === 0
      ? []
      : [
          { kind: 'rule', rule: COMPETENCY_RULE_TEXT },
          ...verdicts.map(
            (v): Row => ({
              kind: 'topic',
              topic: v.topic,
              total: v.answered,
              correct_count: v.correct,
              verdict: v.words,
            }),
          ),
        ];
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of [...rows.map((r) => r.row), ...tail])
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\n')}\n`;
}
