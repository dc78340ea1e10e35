// What the practice screen draws, as lines: the summary at the end of a session.
import type { Question } from '../../../content/index.js';
import { isCorrectChoice, type PracticeState, type PracticeResult } from '../../../quiz/index.js';
import { blank, type Line, line, wrapBlock } from '../../text/index.js';
import { percentText, topicTable } from './scoreLines.js';

export function isRight(state: PracticeState, index: number, questions: readonly Question[]): boolean {
  const item = state.items[index];
  const question = item && questions.find((q) => q.id === item.questionId);
  return question !== undefined && isCorrectChoice(question, state.answers[index] ?? []);
}

export function summaryLines(result: PracticeResult, width: number, label: string): Line[] {
  if (result.total === 0) {
    return [line(`No questions answered, so there is no score for this ${label.toLowerCase()} session.`)];
  }
  const lines: Line[] = [
    line(`Score: ${result.correct} of ${result.total} correct (${percentText(result.percent)})`, { bold: true }),
  ];
  if (result.unanswered > 0) {
    lines.push(line(`${result.unanswered} skipped or not reached (not counted).`, { color: 'muted' }));
  }
  lines.push(blank(), ...topicTable(result.perTopic, width));
  const missed = result.review.filter((r) => !r.correct);
  if (missed.length > 0) {
    lines.push(blank(), line('To revisit (m: review mistakes)', { bold: true }));
    for (const r of missed) lines.push(...wrapBlock(`· ${r.stem}`, width, { indent: 2 }).slice(0, 2));
  }
  return lines;
}
