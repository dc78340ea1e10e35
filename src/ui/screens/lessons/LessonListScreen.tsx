import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import type { Lesson } from '../../../content/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import type { Hint } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { type Keymap, on } from '../../shell/keymap.js';
import { type Model, useKeymap, useModel } from '../../shell/useModel.js';
import { theme } from '../../theme.js';
import {
  clampIndex,
  ListView,
  type PickAction,
  type PickState,
  pickKeymap,
  pickReducer,
} from '../../widgets/list/index.js';
import { orderedLessons, useLessonData } from './lessonStore.js';
import { useShownWithKeys } from './useShownWithKeys.js';
import { type ListEntry, listEntries } from './lessonListEntries.js';

/** Beside the lessons: the glossary and the learner's bookmarks (search is `/` everywhere). */
const studyShelf: (Hint & { route: Route })[] = [
  { keys: 'w', label: 'glossary', route: { name: 'glossary' } },
  { keys: 'm', label: 'bookmarks', route: { name: 'bookmarks' } },
];

/** The list's actions: the pick list's, and opening the glossary or the bookmarks. */
type ListAction = PickAction | { type: 'shelf'; route: Route };

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
