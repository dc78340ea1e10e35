// Markdown export: a readable summary for the learner or an instructor. Lessons and topics
// appear by id in the tables (the store knows no titles); sections are shown 1-based. Each
// topic's verdict goes by the one competency rule, stated once under the table with the answers
// each verdict rests on (the line names curriculum topics by title).
import { COMPETENCY_RULE_TEXT, verdictSummary } from '../quiz/competency-rule.js';
import { markdownCell, markdownText } from '../untrusted/formats.js';
import { progressVerdicts } from './export-verdicts.js';
import type { ProgressData } from './schema.js';
import { compareIso } from './time.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
}

/** `2026-11-22 21:30 UTC` */
function when(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function day(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10);
}

function percent(correct: number, total: number): string {
  return total === 0 ? '-' : `${Math.round((correct / total) * 100)}%`;
}

function lessonsPart(data: ProgressData): string[] {
  const entries = Object.entries(data.lessons.byId).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return ['No lessons opened yet.'];
  const completed = entries.filter(([, lesson]) => lesson.completed).length;
  const last = data.lessons.lastLessonId;
  const out = [
    `${completed} of ${entries.length} opened lessons completed.${last ? ` Last opened: ${markdownText(last)}.` : ''}`,
    '',
  ];
  const rows = entries.map(([id, lesson]) => {
    const checks = Object.values(lesson.checks);
    return [
      id,
      lesson.completed ? `yes${lesson.completedAt ? ` (${day(lesson.completedAt)})` : ''}` : 'no',
      String(lesson.section + 1),
      checks.length === 0 ? '-' : `${checks.filter((check) => check.correct).length}/${checks.length}`,
      when(lesson.lastOpenedAt),
    ];
  });
  return [...out, ...table(['Lesson', 'Completed', 'Section', 'Checks correct', 'Last opened'], rows)];
}

function answersPart(data: ProgressData): string[] {
  const { answers } = data.quiz;
  if (answers.length === 0) return ['No questions answered yet.'];
  const correct = answers.filter((answer) => answer.correct).length;
  // The verdicts carry each topic's tally: the answers are counted once, for the table and the line.
  const verdicts = progressVerdicts(data);
  const rows = [...verdicts]
    .sort((a, b) => a.topic.localeCompare(b.topic))
    .map((v) => [v.topic, String(v.answered), String(v.correct), percent(v.correct, v.answered), v.words]);
  return [
    `${answers.length} answered, ${correct} correct (${percent(correct, answers.length)}).`,
    '',
    ...table(['Topic', 'Answered', 'Correct', 'Accuracy', 'Verdict'], rows),
    '',
    markdownText(verdictSummary(verdicts)),
    '',
    `The verdicts' rule: ${markdownText(COMPETENCY_RULE_TEXT)}`,
  ];
}

function attemptsPart(data: ProgressData): string[] {
  const attempts = [...data.quiz.attempts].sort((a, b) => compareIso(a.finishedAt, b.finishedAt));
  if (attempts.length === 0) return ['No quiz attempts yet.'];
  const rows = attempts.map((attempt) => [
    when(attempt.finishedAt),
    attempt.mode,
    `${attempt.correct}/${attempt.total} (${percent(attempt.correct, attempt.total)})`,
    attempt.scaled === undefined ? '-' : String(attempt.scaled),
    attempt.passed === undefined ? '-' : attempt.passed ? 'passed' : 'not passed',
  ]);
  return table(['Finished', 'Mode', 'Score', 'Scaled', 'Result'], rows);
}

function sandboxPart(data: ProgressData): string[] {
  const entries = Object.entries(data.sandbox.challenges).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return ['No sandbox challenges tried yet.'];
  const rows = entries.map(([id, challenge]) => [
    id,
    challenge.completed ? `yes${challenge.completedAt ? ` (${day(challenge.completedAt)})` : ''}` : 'no',
    String(challenge.hintsUsed),
  ]);
  return table(['Challenge', 'Completed', 'Hints used'], rows);
}

export function exportMarkdown(data: ProgressData): string {
  const lines = [
    '# iam-tutor progress',
    '',
    `Last updated ${when(data.meta.updatedAt)}; started ${when(data.meta.createdAt)}.`,
    '',
    '## Lessons',
    '',
    ...lessonsPart(data),
    '',
    '## Questions answered',
    '',
    ...answersPart(data),
    '',
    '## Quiz attempts',
    '',
    ...attemptsPart(data),
    '',
    '## Sandbox challenges',
    '',
    ...sandboxPart(data),
  ];
  if (data.settings.examDate !== undefined) lines.push('', `Exam date: ${markdownText(data.settings.examDate)}.`);
  return `${lines.join('\n')}\n`;
}
