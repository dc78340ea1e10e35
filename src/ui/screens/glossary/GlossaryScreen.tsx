import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { GlossaryTerm } from '../../../content/index.js';
import { cleanText } from '../../../untrusted/text.js';
import { useBodySize } from '../../shell/BodySize.js';
import { type Keymap, on } from '../../shell/keymap.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { type StyledLine, truncateText, wrapRuns } from '../../text/index.js';
import { theme } from '../../theme.js';
import { ListView } from '../../widgets/list/index.js';
import { StyledLines } from '../../widgets/scroll-view/index.js';
import { builtinGlossary } from '../search/searchData.js';
import { type GlossaryAction, type GlossaryState, glossaryReduce, initialGlossary } from './glossaryModel.js';

const browsing: Keymap<GlossaryState, GlossaryAction> = [
  { keys: '↑↓', label: 'term', match: on.up, action: { type: 'move', by: -1 } },
  { keys: '↑↓', label: 'term', match: on.down, action: { type: 'move', by: 1 } },
  { keys: 'PgUp/PgDn', label: 'page', match: on.pageUp, action: { type: 'move', by: -5 }, footer: false },
  { keys: 'PgUp/PgDn', label: 'page', match: on.pageDown, action: { type: 'move', by: 5 }, footer: false },
  { keys: 'g/G', label: 'first, last', match: on.first, action: { type: 'edge', last: false }, footer: false },
  { keys: 'g/G', label: 'first, last', match: on.last, action: { type: 'edge', last: true }, footer: false },
];

/** A section's terms only (w in the reader): Enter opens the chosen one among all the terms. */
const sectionTerms: Keymap<GlossaryState, GlossaryAction> = [
  ...browsing.slice(0, 2),
  { keys: 'Enter', label: 'whole glossary', match: on.enter, action: { type: 'open' } },
  ...browsing.slice(2),
];

const termRow = (entry: GlossaryTerm): string =>
  `${cleanText(entry.term)}${entry.aliases?.length ? ` (${entry.aliases.map((alias) => cleanText(alias)).join(', ')})` : ''}`;

/** The terms on top, the chosen one's definition and AWS page below (the URL is never cut). */
export function GlossaryScreen({ params }: ScreenProps<'glossary'>) {
  const all = builtinGlossary();
  const only = params.only;
  // A section's terms in the order the section uses them; the whole glossary in file order.
  const terms = useMemo(
    () => (only === undefined ? all : only.flatMap((id) => all.find((term) => term.id === id) ?? [])),
    [all, only],
  );
  const ids = useMemo(() => terms.map((term) => term.id), [terms]);
  const model = useModel(glossaryReduce, () => initialGlossary(ids, params.termId));
  const shell = useShell();
  useKeymap(model, only === undefined ? browsing : sectionTerms, {
    // In place of the short list, so Esc from the whole glossary goes straight back to the lesson.
    onAction: (action, state) => {
      const termId = ids[state.cursor];
      if (action.type === 'open' && termId !== undefined) shell.replace({ name: 'glossary', params: { termId } });
    },
  });
  const body = useBodySize();
  const width = Math.max(20, body.width - 2);
  if (terms.length === 0)
    return <Text color={theme.warn}> The glossary could not be loaded (run "iam-tutor validate").</Text>;
  const term = terms[model.state.cursor]!;
  const detail: StyledLine[] = [
    // A styled line, so a screen reader skips the rule (LineText speaks no box drawing).
    [{ text: '─'.repeat(width), color: 'muted' }],
    ...wrapRuns([{ text: cleanText(term.definition) }], { width }),
    [{ text: 'AWS documentation:', color: 'muted' }],
    // On a line of its own, so a long address is shortened (never split) only when it must be.
    ...wrapRuns([{ text: term.docs, color: 'link', href: term.docs }], { width }),
  ];
  const heading = params.heading === undefined ? [] : [params.heading];
  const listRows = Math.max(3, body.height - detail.length - 1 - heading.length);
  return (
    <Box flexDirection="column" paddingX={1}>
      {heading.map((text) => (
        <Text key="heading" bold>
          {truncateText(cleanText(text), width)}
        </Text>
      ))}
      <ListView
        items={terms}
        index={model.state.cursor}
        height={listRows}
        renderItem={(entry, selected) => (
          <Text inverse={selected} bold={selected}>
            {truncateText(`${selected ? '▸' : ' '} ${termRow(entry)}`, width)}
          </Text>
        )}
        spokenItem={termRow}
      />
      <StyledLines lines={detail} />
    </Box>
  );
}
