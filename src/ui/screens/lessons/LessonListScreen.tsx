import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import { type LessonProgressPort, lessonToContinue } from '../../../app/index.js';
import type { Lesson } from '../../../content/index.js';
import { fitText, textWidth, truncateText } from '../../text/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import type { Hint } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { type Keymap, on } from '../../shell/keymap.js';
import { type Model, useKeymap, useModel } from '../../shell/useModel.js';
import { symbols, theme } from '../../theme.js';
import {
  clampIndex,
  type ListItem,
  ListView,
  type PickAction,
  type PickState,
  pickKeymap,
  pickReducer,
} from '../../widgets/list/index.js';
import { orderedLessons, useLessonData } from './lessonStore.js';
import { scopeLabels } from './sectionView.js';
import { useShownWithKeys } from './useShownWithKeys.js';
import { unansweredChecks } from './lessonChecks.js';

interface ListEntry extends ListItem {
  lessonId: string;
  /** Minutes, scope and status in words, for the selected lesson. */
  about: string;
  blurb: string;
}

/** Beside the lessons: the glossary and the learner's bookmarks (search is `/` everywhere). */
const studyShelf: (Hint & { route: Route })[] = [
  { keys: 'w', label: 'glossary', route: { name: 'glossary' } },
  { keys: 'm', label: 'bookmarks', route: { name: 'bookmarks' } },
];

/** The list's actions: the pick list's, and opening the glossary or the bookmarks. */
type ListAction = PickAction | { type: 'shelf'; route: Route };

const shortScope = { 'clf-c02': 'CLF-C02', beyond: 'beyond', mixed: 'mixed' } as const;

export function LessonListScreen({ params }: ScreenProps<'lessons'>) {
  const data = useLessonData();
  const shell = useShell();
  const { width, height } = useBodySize();
  const lessons = orderedLessons(data?.lessons ?? []);
  const entries = data === null ? [] : listEntries(lessons, data.progress, width - 2);
  const listHeight = Math.max(3, height - 5);
  const pick = pickReducer(entries.length, listHeight);
  const model = useModel<PickState, ListAction>(
    (state, action) => (action.type === 'shelf' ? state : pick(state, action)),
    () => ({ index: 0 }),
  );
  const index = clampIndex(model.state.index, entries.length);
  const selected = entries[index];
  useCursorFollowsEntry(entries, model);

  // `iam-tutor lessons <id>` (route `lessons` with an id) opens that lesson over the list, so Esc
  // lands on the list rather than leaving the lessons altogether.
  const opened = useRef(false);
  const directId = params.id;
  useEffect(() => {
    if (directId === undefined || opened.current) return;
    opened.current = true;
    shell.push(lessonRoute(directId, lessons));
  }, [directId, lessons, shell]);

  const shelfKeys: Keymap<PickState, ListAction> = studyShelf.map((entry) => ({
    keys: entry.keys,
    label: entry.label,
    match: on.char(entry.keys),
    action: { type: 'shelf', route: entry.route },
  }));
  useKeymap(model, [...pickKeymap(entries.length, 'open'), ...shelfKeys], {
    onAction: (action, state) => {
      if (action.type === 'shelf') return shell.push(action.route);
      const entry = entries[clampIndex(state.index, entries.length)];
      if (action.type === 'open' && entry !== undefined) shell.push(lessonRoute(entry.lessonId, lessons));
    },
  });
  // The list appears in the same frame as its "Enter open" hint, not one frame before it.
  const shown = useShownWithKeys();
  if (!shown) return <Text color={theme.muted}> Loading…</Text>;

  if (data === null || lessons.length === 0) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text color={theme.warn}>No lessons are available: the lesson content was not loaded.</Text>
        <Text color={theme.muted}>Run `iam-tutor validate` to see what is wrong with it. Press Esc to go back.</Text>
      </Box>
    );
  }
  const done = lessons.filter((lesson) => data.progress.get(lesson.id)?.completed).length;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        {done} of {lessons.length} lessons complete
        <Text color={theme.muted}> · about {lessons.reduce((sum, l) => sum + l.minutes, 0)} min in all</Text>
      </Text>
      <Text> </Text>
      <ListView items={entries} index={index} height={listHeight} />
      <Text> </Text>
      <Text wrap="truncate-end">{selected?.about ?? ''}</Text>
      <Text color={theme.muted} wrap="truncate-end">
        {selected?.blurb ?? ''}
      </Text>
    </Box>
  );
}

/**
 * Coming back from a lesson can add or change the "Continue" entry above the list; keep the
 * cursor on the lesson it was on rather than on whatever slid into its row.
 */
function useCursorFollowsEntry(entries: readonly ListEntry[], model: Model<PickState, PickAction>): void {
  const lastSelected = useRef<string | undefined>(undefined);
  const ids = entries.map((entry) => entry.id).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change in the entries moves the cursor
  useEffect(() => {
    const at = entries.findIndex((entry) => entry.id === lastSelected.current);
    if (at !== -1 && at !== model.current().index) model.dispatch({ type: 'move', move: { type: 'to', index: at } });
  }, [ids]);
  useEffect(() => {
    lastSelected.current = entries[clampIndex(model.state.index, entries.length)]?.id;
  });
}

function lessonRoute(id: string, lessons: readonly Lesson[]): Route {
  const title = lessons.find((lesson) => lesson.id === id)?.title;
  return { name: 'lesson', params: title === undefined ? { id } : { id, title } };
}

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
  const entry = progress.get(lesson.id);
  const skipped = checksSkipped(lesson, progress);
  const status = entry?.completed
    ? 'finished'
    : skipped > 0
      ? `read, ${skipped} ${skipped === 1 ? 'check' : 'checks'} not answered`
      : entry !== undefined
        ? `at section ${entry.section + 1} of ${lesson.sections.length}`
        : `${lesson.sections.length} sections`;
  return `Lesson ${lesson.order} · ${lesson.minutes} min · ${scopeLabels[lesson.scope]} · ${status}`;
}

/** The lesson "Continue" opens: the one rule the home menu uses too (src/app/continueLesson.ts). */
export function continueTarget(lessons: readonly Lesson[], progress: LessonProgressPort): Lesson | undefined {
  return lessonToContinue(lessons, (id) => progress.get(id), progress.lastLessonId());
}
