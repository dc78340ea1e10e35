// The class report as CSV, one row per agenda step, for a spreadsheet. Columns:
//   step            1-based position in the agenda
//   kind            lesson | challenge | quiz
//   ref             lesson id, scenario id, or the quiz's topics joined with "+"
//   title           as on the agenda
//   minutes         the step's time box (empty when it has none)
//   attendees       how many result files were read
//   finished        attendees who finished the step
//   started         attendees who started it (finished included)
//   correct         answers right, summed over attendees (lesson: check-yourself answers)
//   answered        answers given, summed over attendees
//   score_percent   correct / answered, rounded (empty when nothing was answered)
//   hints_used      challenge steps: hints asked for, summed
//   common_wrong    the most common wrong answers, "label (count)" joined with "; "
//   misconceptions  their misconception tags, "tag (count)" joined with "; "
//   missed_questions quiz steps: the questions missed most, quoted so the sheet reads without the
//                   bank: "stem (id): 2 of 3 wrong; most chosen wrong option: text (2)", joined
//                   with " | " (a stem the bank lacks is "(not in this version's bank)")
// RFC 4180 quoting; cells a spreadsheet would run as a formula get a leading apostrophe (also
// after leading spaces or a NUL; see src/untrusted/formats.ts).
import { csvCell } from '../untrusted/formats.js';
import { type ClassReport, type Counted, type MissedQuestion, NOT_IN_BANK } from './report.js';
import { percent } from './step-status.js';

export const REPORT_CSV_COLUMNS = [
  'step',
  'kind',
  'ref',
  'title',
  'minutes',
  'attendees',
  'finished',
  'started',
  'correct',
  'answered',
  'score_percent',
  'hints_used',
  'common_wrong',
  'misconceptions',
  'missed_questions',
] as const;

export function classReportCsv(report: ClassReport): string {
  const rows = report.steps.map((step) => [
    step.number,
    step.kind,
    step.ref,
    step.title,
    step.minutes,
    report.attendees.length,
    step.finished,
    step.started,
    step.score?.correct,
    step.score?.answered,
    step.score ? percent(step.score) : undefined,
    step.hintsUsed,
    counted(step.commonWrong),
    counted(step.misconceptions),
    step.missedQuestions.map(missedText).join(' | '),
  ]);
  return `${[REPORT_CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n')}\n`;
}

function counted(items: readonly Counted[]): string {
  return items.map((item) => `${item.label} (${item.count})`).join('; ');
}

function missedText(missed: MissedQuestion): string {
  const chosen = missed.mostChosenWrong
    ? `; most chosen wrong option: ${missed.mostChosenWrong.text} (${missed.mostChosenWrong.count})`
    : '';
  return `${missed.question ?? NOT_IN_BANK} (${missed.questionId}): ${missed.wrong} of ${missed.answered} wrong${chosen}`;
}
