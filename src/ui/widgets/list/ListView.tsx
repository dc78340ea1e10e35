import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { symbols, theme } from '../../theme.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { listRows, markerText, markerWords } from './model.js';
import { listRowText } from './spoken.js';

export interface ListItem {
  id: string;
  label: string;
  /** Shown dimmed after the label (e.g. "12 min", "3 due"). */
  detail?: string;
  /** A leading mark such as ✓ for finished items. */
  mark?: string;
  /** What a screen reader says for the row, when label, mark and detail in words are not enough. */
  spoken?: string;
}

interface Common {
  index: number;
  /** Rows available, markers included; the list scrolls to keep the cursor visible. */
  height?: number;
}

/**
 * Plain "› mark label  detail" rows, or any items with a renderItem (colours by status) and a
 * spokenItem: what a screen reader says for the row, since the drawn row is columns and marks.
 */
type ListViewProps<T extends { id: string }> = Common &
  (
    | { items: readonly (T & ListItem)[]; renderItem?: undefined; spokenItem?: undefined }
    | { items: readonly T[]; renderItem: (item: T, selected: boolean) => ReactNode; spokenItem: (item: T) => string }
  );

/**
 * Draws listRows: the items in view and a muted "↑/↓ N more" row for each side with items hidden.
 * For a screen reader it is a menu of menu items, each labelled in words, the cursor's selected,
 * and the markers are "N more below" without the arrow.
 */
export function ListView<T extends { id: string }>(props: ListViewProps<T>) {
  const { items, index, height } = props;
  const rows = listRows(items.length, height ?? items.length, index);
  const screenReader = useScreenReader();
  return (
    <Box flexDirection="column" flexShrink={0} aria-role="menu">
      {rows.map((row) => {
        if (row.kind !== 'item') {
          return (
            <Text key={row.kind} color={theme.muted} wrap="truncate-end">
              {screenReader ? markerWords(row) : `  ${markerText(row)}`}
            </Text>
          );
        }
        const item = items[row.index]!;
        const label = props.spokenItem === undefined ? listRowText(props.items[row.index]!) : props.spokenItem(item);
        return (
          <Box key={item.id} aria-role="menuitem" aria-state={{ selected: row.selected }} aria-label={label}>
            {props.renderItem === undefined ? (
              <ItemRow item={props.items[row.index]!} selected={row.selected} />
            ) : (
              props.renderItem(item, row.selected)
            )}
          </Box>
        );
      })}
    </Box>
  );
}

function ItemRow({ item, selected }: { item: ListItem; selected: boolean }) {
  return (
    <Text color={selected ? theme.selected : undefined} bold={selected} wrap="truncate-end">
      {selected ? `${symbols.pointer} ` : '  '}
      {item.mark !== undefined ? `${item.mark} ` : ''}
      {item.label}
      {item.detail ? <Text color={theme.muted}>{`  ${item.detail}`}</Text> : null}
    </Text>
  );
}
