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
//   topic_verdicts  quiz steps: per attendee, the verdicts in the step's topics by the one
//                   competency rule over all their answers, with the answers each rests on:
//                   "bob: Weak: Trust policies (1 of 5 right)", attendees joined with " | "
//   verdict_rule    the rule in words, on the first row with topic verdicts only
// RFC 4180 quoting; cells a spreadsheet would run as a formula get a leading apostrophe (also
// after leading spaces or a NUL; see src/untrusted/formats.ts).
import { COMPETENCY_RULE_TEXT, verdictSummary } from '../quiz/competency-rule.js';
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
  'topic_verdicts',
  'verdict_rule',
] as const;

export function classReportCsv(report: ClassReport): string {
  let ruleStated = false;
  const rows = report.steps.map((step) => {
    const verdicts = step.topics ? stepVerdicts(report, step.topics) : '';
    const rule = verdicts !== '' && !ruleStated ? COMPETENCY_RULE_TEXT : undefined;
    if (rule !== undefined) ruleStated = true;
    return [
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
      verdicts,
      rule,
    ];
  });
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

/** Per attendee with answers in these topics: "bob: Weak: Trust policies (1 of 5 right)". */
function stepVerdicts(report: ClassReport, topics: readonly string[]): string {
  return report.verdicts
    .flatMap(({ name, topics: judged }) => {
      const mine = judged.filter((verdict) => topics.includes(verdict.topic));
      return mine.length === 0 ? [] : [`${name}: ${verdictSummary(mine)}`];
    })
    .join(' | ');
}
