// The class report as Markdown: a summary table, a section per step, each attendee's topic
// verdicts under the one competency rule, then who did what.
import { COMPETENCY_RULE_TEXT, verdictSummary } from '../quiz/competency-rule.js';
import { markdownCell, markdownText } from '../untrusted/formats.js';
import { type ClassReport, type Counted, type MissedQuestion, NOT_IN_BANK, type StepReport } from './report.js';
import type { StepStatus } from './step-status.js';
import { percent } from './step-status.js';
import { plural } from '../plural.js';

export function classReportMarkdown(report: ClassReport): string {
  const n = report.attendees.length;
  const lines: string[] = [
    `# Class report: ${markdownText(report.title)}`,
    '',
    `Pack \`${markdownText(report.packName).replaceAll('`', "'")}\`, ${plural(report.minutes, 'minute')}, ${plural(n, 'attendee')}${n > 0 ? `: ${report.attendees.map(markdownText).join(', ')}` : ''}.`,
    '',
    '| # | Step | Kind | Finished | Score | Notes |',
    '|---|---|---|---|---|---|',
    ...report.steps.map(
      (step) =>
        `| ${step.number} | ${cell(step.title)} | ${step.kind} | ${step.finished}/${n} | ${scoreText(step)} | ${cell(notes(step))} |`,
    ),
  ];
  for (const step of report.steps) lines.push('', ...stepSection(step, n));
  lines.push('', ...verdictSection(report));
  lines.push('', '## Attendees', '', attendeeHeader(report), attendeeRule(report));
  for (const row of report.grid) {
    const done = row.statuses.filter((s) => s.done).length;
    lines.push(`| ${cell(row.name)} | ${row.statuses.map(mark).join(' | ')} | ${done}/${row.statuses.length} |`);
  }
  lines.push('', '✓ finished, … started, · not started.', '');
  return lines.join('\n');
}

function stepSection(step: StepReport, attendees: number): string[] {
  const what =
    step.kind === 'quiz'
      ? `quiz on ${markdownText((step.topicTitles ?? step.ref.split('+')).join(', '))}`
      : `${step.kind} \`${markdownText(step.ref)}\``;
  const lines = [
    `## ${step.number}. ${markdownText(step.title)}`,
    '',
    `${capitalise(what)}${step.minutes !== undefined ? `, ${step.minutes} min` : ''}. ` +
      `Finished by ${step.finished} of ${attendees}; started by ${step.started}.`,
  ];
  if (step.score) {
    const noun = step.kind === 'lesson' ? 'Check-yourself answers' : 'Answers';
    lines.push(`${noun}: ${step.score.correct} of ${step.score.answered} right (${percent(step.score)}%).`);
  }
  if (step.hintsUsed !== undefined) lines.push(`Hints used: ${step.hintsUsed}.`);
  if (step.missedQuestions.length > 0)
    lines.push('', 'Questions missed most:', '', ...step.missedQuestions.map(missedLine));
  else if (step.commonWrong.length > 0) lines.push('', 'Most common wrong answers:', '', ...bullets(step.commonWrong));
  if (step.misconceptions.length > 0)
    lines.push('', 'Misconceptions behind them:', '', ...bullets(step.misconceptions));
  return lines;
}

/** Each attendee's topic verdicts with the answers they rest on, under the rule, stated once. */
function verdictSection(report: ClassReport): string[] {
  return [
    '## Topic verdicts',
    '',
    `From each attendee's answers in every topic. The rule: ${markdownText(COMPETENCY_RULE_TEXT)}`,
    '',
    '| Attendee | Verdicts (answers right of answered) |',
    '|---|---|',
    ...report.verdicts.map(
      ({ name, topics }) =>
        `| ${cell(name)} | ${cell(topics.length === 0 ? 'no questions answered' : verdictSummary(topics))} |`,
    ),
  ];
}

function missedLine(missed: MissedQuestion): string {
  const chosen = missed.mostChosenWrong
    ? `; most chosen wrong option: "${markdownText(missed.mostChosenWrong.text)}" (${missed.mostChosenWrong.count}×)`
    : '';
  const question = missed.question === undefined ? NOT_IN_BANK : `"${markdownText(missed.question)}"`;
  return `- ${question} (\`${markdownText(missed.questionId).replaceAll('`', "'")}\`): ${missed.wrong} of ${plural(missed.answered, 'answer')} wrong${chosen}`;
}

function bullets(items: readonly Counted[]): string[] {
  return items.map((item) => `- ${markdownText(item.label)} (${item.count}×)`);
}

export function scoreText(step: StepReport): string {
  if (!step.score) return '';
  const what = step.kind === 'lesson' ? ' checks' : '';
  return `${percent(step.score)}% (${step.score.correct}/${step.score.answered}${what})`;
}

function notes(step: StepReport): string {
  if (step.hintsUsed !== undefined && step.started > 0)
    return step.hintsUsed === 0 ? 'no hints' : plural(step.hintsUsed, 'hint');
  const first = step.misconceptions[0];
  return first ? `top misconception: ${first.label}` : '';
}

function attendeeHeader(report: ClassReport): string {
  return `| Attendee | ${report.steps.map((s) => s.number).join(' | ')} | Done |`;
}

function attendeeRule(report: ClassReport): string {
  return `|---|${report.steps.map(() => '---').join('|')}|---|`;
}

function mark(status: StepStatus): string {
  return status.done ? '✓' : status.started ? '…' : '·';
}

const cell = markdownCell;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
