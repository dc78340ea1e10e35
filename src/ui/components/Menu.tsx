import { Box, Text } from 'ink';
import { symbols, theme } from '../theme.js';
import { menuRowText } from './menuSpoken.js';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown dimmed after the label (e.g. "12 min", "3 due"). */
  detail?: string;
  /** A leading mark such as ✓ for finished items. */
  mark?: string;
}

interface MenuProps {
  items: MenuItem[];
  index: number;
  /** Lines available; the list scrolls to keep the cursor visible. */
  height?: number;
}

/** A selectable list drawn from a cursor the screen owns (input stays with the root). */
export function Menu({ items, index, height }: MenuProps) {
  const visible = Math.max(1, Math.min(items.length, height ?? items.length));
  const start = Math.min(Math.max(0, index - Math.floor(visible / 2)), Math.max(0, items.length - visible));
  const shown = items.slice(start, start + visible);
  return (
    <Box flexDirection="column" aria-role="menu">
      {shown.map((item, offset) => {
        const selected = start + offset === index;
        return (
          <Box key={item.id} aria-role="menuitem" aria-state={{ selected }} aria-label={menuRowText(item)}>
            <Text color={selected ? theme.selected : undefined} bold={selected} wrap="truncate-end">
              {selected ? `${symbols.pointer} ` : '  '}
              {item.mark !== undefined ? `${item.mark} ` : ''}
              {item.label}
              {item.detail ? <Text color={theme.muted}>{`  ${item.detail}`}</Text> : null}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
