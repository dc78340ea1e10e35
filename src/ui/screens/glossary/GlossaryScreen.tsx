import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { GlossaryTerm } from '../../../content/index.js';
import { cleanText } from '../../../untrusted/text.js';
import { useBodySize } from '../../shell/BodySize.js';
import { type Keymap, on } from '../../shell/keymap.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { type StyledLine, truncateText, wrapRuns } from '../../text/index.js';
import { theme } from '../../theme.js';
import { ListView } from '../../widgets/list/index.js';
import { StyledLines } from '../../widgets/scroll-view/index.js';
import { builtinGlossary } from '../search/searchData.js';
import { type GlossaryAction, type GlossaryState, glossaryReduce, initialGlossary } from './glossaryModel.js';

const keymap: Keymap<GlossaryState, GlossaryAction> = [
  { keys: '↑↓', label: 'term', match: on.up, action: { type: 'move', by: -1 } },
  { keys: '↑↓', label: 'term', match: on.down, action: { type: 'move', by: 1 } },
  { keys: 'PgUp/PgDn', label: 'page', match: on.pageUp, action: { type: 'move', by: -5 }, footer: false },
  { keys: 'PgUp/PgDn', label: 'page', match: on.pageDown, action: { type: 'move', by: 5 }, footer: false },
  { keys: 'g/G', label: 'first, last', match: on.first, action: { type: 'edge', last: false }, footer: false },
  { keys: 'g/G', label: 'first, last', match: on.last, action: { type: 'edge', last: true }, footer: false },
];

const termRow = (entry: GlossaryTerm): string =>
  `${cleanText(entry.term)}${entry.aliases?.length ? ` (${entry.aliases.map((alias) => cleanText(alias)).join(', ')})` : ''}`;

/** The terms on top, the chosen one's definition and AWS page below (the URL is never cut). */
export function GlossaryScreen({ params }: ScreenProps<'glossary'>) {
  const all = builtinGlossary();
  const only = params.only;
  const terms = useMemo(() => (only === undefined ? all : all.filter((term) => only.includes(term.id))), [all, only]);
  const ids = useMemo(() => terms.map((term) => term.id), [terms]);
  const model = useModel(glossaryReduce, () => initialGlossary(ids, params.termId));
  useKeymap(model, keymap);
  const body = useBodySize();
  const width = Math.max(20, body.width - 2);
  if (terms.length === 0)
    return <Text color={theme.warn}> The glossary could not be loaded (run "iam-tutor validate").</Text>;
  const term = terms[model.state.cursor]!;
  const detail: StyledLine[] = [
    ...wrapRuns([{ text: cleanText(term.definition) }], { width }),
    [{ text: 'AWS documentation:', color: 'muted' }],
    // On a line of its own, so a long address is shortened (never split) only when it must be.
    ...wrapRuns([{ text: term.docs, color: 'link', href: term.docs }], { width }),
  ];
  const heading = params.heading === undefined ? [] : [params.heading];
  const listRows = Math.max(3, body.height - detail.length - 2 - heading.length);
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
      <Text color={theme.muted}>{'─'.repeat(width)}</Text>
      <StyledLines lines={detail} />
    </Box>
  );
}
