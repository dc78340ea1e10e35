import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { cleanText } from '../../../untrusted/text.js';
import { useContentRequest } from '../../data/TutorContext.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { truncateText } from '../../text/index.js';
import { theme } from '../../theme.js';
import { contentIndex, kindLabel, routeOf } from './searchData.js';
import { searchKeymap } from './searchKeymap.js';
import { initialSearch, queryOf, type SearchFn, searchReduce, selectedHit } from './searchModel.js';
import { TextFieldView } from '../../widgets/text-field/index.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { type SearchHit, searchIndex } from '../../../content/index.js';

/**
 * `/` from any screen. Waits for the content (asking for it, so the first `/` loads it) inside
 * withAppData; each hit takes two rows: kind and title, then a snippet.
 */
export function SearchScreen() {
  const data = useContentRequest();
  const shell = useShell();
  const body = useBodySize();
  const content = data?.content ?? null;
  const search = useMemo<SearchFn>(
    () => (query) => (content === null ? [] : searchIndex(contentIndex(content), query, { limit: 50 })),
    [content],
  );
  const model = useModel(
    (state, action: Parameters<typeof searchReduce>[1]) => searchReduce(state, action, search),
    initialSearch,
  );
  useKeymap(model, searchKeymap, {
    wantsText: () => true,
    onAction: (action, state) => {
      const hit = selectedHit(state);
      const open = action.type === 'open' || (action.type === 'edit' && action.submit);
      if (open && hit !== undefined && content !== null) shell.push(routeOf(hit.target, content));
    },
  });
  const width = Math.max(20, body.width - 2);
  const { hits, cursor } = model.state;
  const query = queryOf(model.state);
  const rowsForHits = Math.max(2, body.height - 3);
  const perPage = Math.max(1, Math.floor(rowsForHits / 2));
  const first = Math.min(Math.max(0, cursor - perPage + 1), Math.max(0, hits.length - perPage));
  const shown = hits.slice(first, first + perPage);
  const screenReader = useScreenReader();
  const field = <TextFieldView field={model.state.field} width={width - 8} />;
  return (
    <Box flexDirection="column" paddingX={1}>
      {screenReader ? (
        // The query as a named text box; the hits as a menu, the cursor's selected (drawn ▸ and inverse).
        <Box aria-role="textbox">
          <Text>Search lessons, questions and the glossary: {field}</Text>
        </Box>
      ) : (
        <Text>
          <Text color={theme.accent}>Search: </Text>
          {field}
        </Text>
      )}
      <Text color={theme.muted}>{status(query, hits.length, first, shown.length)}</Text>
      <Text> </Text>
      <Box flexDirection="column" aria-role="menu">
        {shown.map((hit, i) => {
          const selected = first + i === cursor;
          const head = `${selected ? '▸' : ' '} ${kindLabel[hit.target.kind]} · ${cleanText(hit.title)}`;
          return (
            <Box
              key={JSON.stringify(hit.target)}
              flexDirection="column"
              aria-role="menuitem"
              aria-state={{ selected }}
              aria-label={spokenHit(hit)}
            >
              <Text bold={selected} inverse={selected}>
                {truncateText(head, width)}
              </Text>
              <Text color={theme.muted}>{truncateText(`    ${cleanText(hit.snippet)}`, width)}</Text>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** A hit in words: "Lesson: Roles and temporary credentials, section What a role is. A role is…". */
function spokenHit(hit: SearchHit): string {
  const title = cleanText(hit.title).replace(/ › /g, ', section ');
  return `${kindLabel[hit.target.kind]}: ${title}. ${cleanText(hit.snippet)}`;
}

function status(query: string, count: number, first: number, shown: number): string {
  if (query.trim() === '') return 'Type to search lessons, questions and the glossary.';
  if (count === 0) return `Nothing matches “${query.trim()}”.`;
  const range = count > shown ? ` (${first + 1}–${first + shown} shown)` : '';
  return `${count} ${count === 1 ? 'match' : 'matches'}${range}`;
}
