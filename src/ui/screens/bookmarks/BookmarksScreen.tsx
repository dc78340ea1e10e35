import { Box, Text } from 'ink';
import type { ContentSet } from '../../../content/index.js';
import type { Bookmark } from '../../../progress/index.js';
import { cleanText } from '../../../untrusted/text.js';
import { useContentRequest } from '../../data/TutorContext.js';
import { useBodySize } from '../../shell/BodySize.js';
import { type Keymap, on } from '../../shell/keymap.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { truncateText } from '../../text/index.js';
import { theme } from '../../theme.js';
import { ListView } from '../../widgets/list/index.js';
import { routeOf } from '../search/searchData.js';
import {
  type BookmarksAction,
  type BookmarksState,
  bookmarksReduce,
  chosenBookmark,
  initialBookmarks,
} from './bookmarksModel.js';

const keymap: Keymap<BookmarksState, BookmarksAction> = [
  { keys: '↑↓', label: 'move', match: on.up, action: { type: 'move', by: -1 } },
  { keys: '↑↓', label: 'move', match: on.down, action: { type: 'move', by: 1 } },
  { keys: 'Enter', label: 'open', match: on.enter, action: { type: 'open' }, when: (s) => s.items.length > 0 },
  {
    keys: 'd',
    label: 'remove',
    match: on.char('d'),
    action: (state) => {
      const bookmark = chosenBookmark(state);
      return bookmark === undefined ? undefined : { type: 'remove', bookmark };
    },
    when: (s) => s.items.length > 0,
  },
];

/** What a bookmark points at, in words; a lesson or question no longer loaded says so. */
export function bookmarkLabel(bookmark: Bookmark, content: ContentSet): string {
  if (bookmark.kind === 'lesson') {
    const lesson = content.lessons.find((candidate) => candidate.id === bookmark.lessonId);
    const section = lesson?.sections[bookmark.section];
    if (lesson === undefined || section === undefined) return `Lesson ${bookmark.lessonId} (not in this content)`;
    return `Lesson · ${lesson.title} · ${bookmark.section + 1}. ${section.title}`;
  }
  const question = content.questions.find((candidate) => candidate.id === bookmark.questionId);
  return question === undefined
    ? `Question ${bookmark.questionId} (not in this content)`
    : `Question · ${question.stem.replace(/\s+/g, ' ')}`;
}

export function BookmarksScreen() {
  const data = useContentRequest();
  const shell = useShell();
  const body = useBodySize();
  const model = useModel(bookmarksReduce, () => initialBookmarks(data?.client?.current().bookmarks ?? []));
  useKeymap(model, keymap, {
    onAction: (action) => {
      if (data?.content == null) return;
      if (action.type === 'remove') data.client?.toggleBookmark(action.bookmark);
      const chosen = chosenBookmark(model.current());
      if (action.type === 'open' && chosen !== undefined) shell.push(routeOf(chosen, data.content));
    },
  });
  if (data?.content == null) return null;
  const width = Math.max(20, body.width - 2);
  const { items, cursor } = model.state;
  if (items.length === 0)
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text>No bookmarks yet.</Text>
        <Text color={theme.muted}>Press b in a lesson to mark its section, or after answering a question.</Text>
      </Box>
    );
  const rows = Math.max(1, body.height - 1);
  const content = data.content;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text color={theme.muted}>
        {items.length} {items.length === 1 ? 'bookmark' : 'bookmarks'}, newest first
      </Text>
      <ListView
        items={items.map((bookmark) => ({
          id: `${bookmark.kind}:${bookmark.kind === 'lesson' ? `${bookmark.lessonId}#${bookmark.section}` : bookmark.questionId}`,
          label: cleanText(bookmarkLabel(bookmark, content)),
        }))}
        index={cursor}
        height={rows}
        renderItem={(item, selected) => (
          <Text inverse={selected} bold={selected}>
            {truncateText(`${selected ? '▸' : ' '} ${item.label}`, width)}
          </Text>
        )}
        spokenItem={(item) => item.label}
      />
    </Box>
  );
}
