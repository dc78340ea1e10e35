import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import type { Lesson } from '../../../content/types.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { type ListCursor, useListCursor } from '../../hooks/useListCursor.js';
import { textWidth } from '../../markdown/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { symbols, theme } from '../../theme.js';
import { type LessonProgressPort, orderedLessons, useLessonData } from './lessonStore.js';
import { scopeLabels } from './sectionView.js';

interface ListEntry extends MenuItem {
  lessonId: string;
  blurb: string;
}

const shortScope = { 'clf-c02': 'CLF-C02', beyond: 'beyond', mixed: 'mixed' } as const;

export function LessonListScreen({ params }: ScreenProps) {
  const data = useLessonData();
  const shell = useShell();
  const { width, height } = useBodySize();
  const lessons = orderedLessons(data?.lessons ?? []);
  const entries = data === null ? [] : listEntries(lessons, data.progress, width - 2);
  const cursor = useListCursor(entries.length);
  const selected = entries[cursor.index];
  useCursorFollowsEntry(entries, cursor);

  // `iam-tutor lessons <id>` (route `lessons` with an id) opens that lesson over the list, so Esc
  // lands on the list rather than leaving the lessons altogether.
  const opened = useRef(false);
  const directId = typeof params.id === 'string' ? params.id : undefined;
  useEffect(() => {
    if (directId === undefined || opened.current) return;
    opened.current = true;
    shell.push(lessonRoute(directId, lessons));
  }, [directId, lessons, shell]);

  useKeys(
    (input, key) => {
      if (cursor.handleKey(input, key)) return true;
      if (key.return && selected !== undefined) {
        shell.push(lessonRoute(selected.lessonId, lessons));
        return true;
      }
      return false;
    },
    entries.length > 0 ? [{ keys: 'Enter', label: 'open' }] : [],
  );

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
      <Menu items={entries} index={cursor.index} height={Math.max(3, height - 4)} />
      <Text> </Text>
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
function useCursorFollowsEntry(entries: readonly ListEntry[], cursor: ListCursor): void {
  const lastSelected = useRef<string | undefined>(undefined);
  const ids = entries.map((entry) => entry.id).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change in the entries moves the cursor
  useEffect(() => {
    const at = entries.findIndex((entry) => entry.id === lastSelected.current);
    if (at !== -1 && at !== cursor.index) cursor.setIndex(at);
  }, [ids]);
  useEffect(() => {
    lastSelected.current = entries[cursor.index]?.id;
  });
}

function lessonRoute(id: string, lessons: readonly Lesson[]) {
  const title = lessons.find((lesson) => lesson.id === id)?.title;
  return { name: 'lesson', params: title === undefined ? { id } : { id, title } };
}

/** "Continue" first (if the learner has started anything), then every lesson in order. */
export function listEntries(lessons: readonly Lesson[], progress: LessonProgressPort, width: number): ListEntry[] {
  // Numbers right-aligned, so "9." and "10." keep the titles in one column.
  const digits = Math.max(1, ...lessons.map((lesson) => String(lesson.order).length));
  const labels = lessons.map((lesson) => `${String(lesson.order).padStart(digits)}. ${lesson.title}`);
  const details = lessons.map((lesson) => detailFor(lesson, progress));
  // Align the details in a column when the screen is wide enough; the Menu truncates the rest.
  const widestDetail = Math.max(0, ...details.map(textWidth));
  const labelRoom = Math.max(12, width - widestDetail - 8);
  const labelWidth = Math.min(labelRoom, Math.max(0, ...labels.map(textWidth)));
  const entries: ListEntry[] = lessons.map((lesson, i) => {
    const entry = progress.get(lesson.id);
    const started = entry !== undefined && !entry.completed;
    return {
      id: lesson.id,
      lessonId: lesson.id,
      label: padOrCut(labels[i]!, labelWidth),
      detail: details[i],
      mark: entry?.completed ? symbols.check : started ? '◐' : ' ',
      blurb: lesson.objectives[0] ? `You will: ${lesson.objectives[0]}` : scopeLabels[lesson.scope],
    };
  });
  const resume = continueTarget(lessons, progress);
  if (resume !== undefined) {
    const entry = progress.get(resume.id);
    const where = entry !== undefined && !entry.completed ? ` (section ${entry.section + 1}/${resume.sections.length})` : '';
    entries.unshift({
      id: `continue:${resume.id}`,
      lessonId: resume.id,
      label: `Continue: ${resume.order}. ${resume.title}${where}`,
      mark: '»',
      blurb: where ? 'Pick up where you left off.' : 'The next lesson after the one you finished.',
    });
  }
  return entries;
}

/** The lesson last opened if unfinished, else the next unfinished one after it. */
export function continueTarget(lessons: readonly Lesson[], progress: LessonProgressPort): Lesson | undefined {
  const lastId = progress.lastLessonId();
  const at = lessons.findIndex((lesson) => lesson.id === lastId);
  if (at === -1) return undefined;
  if (!progress.get(lastId!)?.completed) return lessons[at];
  return lessons.slice(at + 1).find((lesson) => !progress.get(lesson.id)?.completed);
}

function detailFor(lesson: Lesson, progress: LessonProgressPort): string {
  const entry = progress.get(lesson.id);
  const base = `${lesson.minutes} min · ${shortScope[lesson.scope]}`;
  if (entry === undefined || entry.completed) return base;
  return `${base} · in progress, section ${entry.section + 1}/${lesson.sections.length}`;
}

function padOrCut(text: string, width: number): string {
  const w = textWidth(text);
  if (w <= width) return text + ' '.repeat(width - w);
  return `${Array.from(text).slice(0, Math.max(1, width - 1)).join('')}…`;
}
