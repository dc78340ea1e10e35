import { type LessonProgressPort, lessonToContinue } from '../../../app/index.js';
import type { Lesson } from '../../../content/index.js';
import { fitText, textWidth, truncateText } from '../../text/index.js';
import { symbols } from '../../theme.js';
import type { ListItem } from '../../widgets/list/index.js';
import { unansweredChecks } from './lessonChecks.js';
import { scopeLabels } from './sectionView.js';

/** One row of the lesson list: a lesson, or "Continue" to the one the learner is on. */
export interface ListEntry extends ListItem {
  lessonId: string;
  /** Minutes, scope and status in words, for the selected lesson. */
  about: string;
  blurb: string;
}

const shortScope = { 'clf-c02': 'CLF-C02', beyond: 'beyond', mixed: 'mixed' } as const;

/**
 * "Continue" first (if the learner has started anything), then every lesson in order. The title
 * has priority over the details beside it: status ("3/9" for section 3 of 9), minutes ("13m")
 * and scope are aligned in columns, and dropped from the right (scope first) when the longest
 * title would not fit beside them. `about` repeats them in words for the line under the list.
 */
export function listEntries(lessons: readonly Lesson[], progress: LessonProgressPort, width: number): ListEntry[] {
  // Numbers right-aligned, so "9." and "10." keep the titles in one column.
  const digits = Math.max(1, ...lessons.map((lesson) => String(lesson.order).length));
  const labels = lessons.map((lesson) => `${String(lesson.order).padStart(digits)}. ${lesson.title}`);
  const columns = lessons.map((lesson) => detailColumns(lesson, progress));
  const kept = keptColumns(columns, labels, width);
  const widths = widthsOf(columns);
  const details = columns.map((row) => formatDetail(row, widths, kept));
  const detailWidth = Math.max(0, ...details.map(textWidth));
  const labelWidth = Math.min(Math.max(0, ...labels.map(textWidth)), labelRoom(width, detailWidth));
  const entries: ListEntry[] = lessons.map((lesson, i) => {
    const entry = progress.get(lesson.id);
    const started = entry !== undefined && !entry.completed;
    return {
      id: lesson.id,
      lessonId: lesson.id,
      label: fitText(labels[i]!, labelWidth),
      ...(details[i] ? { detail: details[i] } : {}),
      mark: entry?.completed ? symbols.check : started ? '◐' : ' ',
      // The columns in words ("13m" is not said "13 minutes"), the title whole.
      spoken: `${lesson.order}. ${lesson.title}, ${lessonStatus(lesson, progress, 'not started')}, ${lesson.minutes} min, ${scopeLabels[lesson.scope]}`,
      about: aboutLesson(lesson, progress),
      blurb: lesson.objectives[0] ? `You will: ${lesson.objectives[0]}` : scopeLabels[lesson.scope],
    };
  });
  const resume = continueTarget(lessons, progress);
  if (resume !== undefined) {
    const entry = progress.get(resume.id);
    const where = entry !== undefined && !entry.completed ? `${entry.section + 1}/${resume.sections.length}` : '';
    const text = `Continue: ${resume.order}. ${resume.title}`;
    // In the status column when the label fits beside it, else right after the label.
    const aligned = kept > 0 && widths[0]! > 0 && textWidth(text) <= labelWidth;
    entries.unshift({
      id: `continue:${resume.id}`,
      lessonId: resume.id,
      label: aligned ? fitText(text, labelWidth) : truncateText(text, labelRoom(width, textWidth(where))),
      ...(where ? { detail: aligned ? where.padStart(widths[0]!) : where } : {}),
      mark: '»',
      spoken: `${text}${where ? `, ${lessonStatus(resume, progress, '')}` : ''}`,
      about: aboutLesson(resume, progress),
      blurb: where ? 'Pick up where you left off.' : 'The next lesson after the one you finished.',
    });
  }
  return entries;
}

/** Columns a row has for its label: the list draws "› " and the mark before it, "  " before the detail. */
const labelRoom = (width: number, detailWidth: number) =>
  Math.max(8, width - 4 - (detailWidth > 0 ? detailWidth + 2 : 0));

/** [status, minutes, scope] of one lesson; status is "3/9" while it is in progress. */
function detailColumns(lesson: Lesson, progress: LessonProgressPort): [string, string, string] {
  const entry = progress.get(lesson.id);
  const status =
    entry === undefined || entry.completed
      ? ''
      : checksSkipped(lesson, progress) > 0
        ? 'checks'
        : `${entry.section + 1}/${lesson.sections.length}`;
  return [status, `${lesson.minutes}m`, shortScope[lesson.scope]];
}

/** How many detail columns (0-3, from the left) fit beside the longest title. */
function keptColumns(columns: readonly string[][], labels: readonly string[], width: number): number {
  const longest = Math.max(0, ...labels.map(textWidth));
  const widths = widthsOf(columns);
  for (let kept = 3; kept > 0; kept--) {
    const detailWidth = Math.max(0, ...columns.map((row) => textWidth(formatDetail(row, widths, kept))));
    if (longest <= labelRoom(width, detailWidth)) return kept;
  }
  return 0;
}

const widthsOf = (columns: readonly string[][]) =>
  [0, 1, 2].map((c) => Math.max(0, ...columns.map((row) => textWidth(row[c]!))));

/** The first `kept` columns, each padded to its width (numbers to the right); empty columns take no room. */
function formatDetail(row: readonly string[], widths: readonly number[], kept: number): string {
  const parts: string[] = [];
  for (let c = 0; c < kept; c++) {
    if (widths[c] === 0) continue;
    parts.push(c === 2 ? row[c]!.padEnd(widths[c]!) : row[c]!.padStart(widths[c]!));
  }
  return parts.join('  ').trimEnd();
}

/** Unanswered checks of a lesson read to its last section without being completed; else 0. */
function checksSkipped(lesson: Lesson, progress: LessonProgressPort): number {
  const entry = progress.get(lesson.id);
  if (entry === undefined || entry.completed || entry.section < lesson.sections.length - 1) return 0;
  return unansweredChecks(lesson, (id) => id in entry.checks).length;
}

/** "Lesson 2 · 13 min · CLF-C02 and beyond · at section 3 of 9": the line under the list. */
function aboutLesson(lesson: Lesson, progress: LessonProgressPort): string {
  const status = lessonStatus(lesson, progress, `${lesson.sections.length} sections`);
  return `Lesson ${lesson.order} · ${lesson.minutes} min · ${scopeLabels[lesson.scope]} · ${status}`;
}

/** "finished", "at section 3 of 9", "read, 1 check not answered", or `unopened` for a lesson not begun. */
function lessonStatus(lesson: Lesson, progress: LessonProgressPort, unopened: string): string {
  const entry = progress.get(lesson.id);
  const skipped = checksSkipped(lesson, progress);
  return entry?.completed
    ? 'finished'
    : skipped > 0
      ? `read, ${skipped} ${skipped === 1 ? 'check' : 'checks'} not answered`
      : entry !== undefined
        ? `at section ${entry.section + 1} of ${lesson.sections.length}`
        : unopened;
}

/** The lesson "Continue" opens: the one rule the home menu uses too (src/app/continueLesson.ts). */
export function continueTarget(lessons: readonly Lesson[], progress: LessonProgressPort): Lesson | undefined {
  return lessonToContinue(lessons, (id) => progress.get(id), progress.lastLessonId());
}
