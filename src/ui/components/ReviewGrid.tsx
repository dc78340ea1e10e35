import { Box, Text } from 'ink';
import { symbols, theme } from '../theme.js';

export interface ReviewCell {
  number: number;
  answered: boolean;
  flagged: boolean;
}

interface ReviewGridProps {
  cells: readonly ReviewCell[];
  /** Index of the cell under the cursor. */
  cursor: number;
  width: number;
  /** Rows available; the grid scrolls to keep the cursor's row in view. */
  height: number;
}

/** Columns of a grid drawn in `width`: every cell is pointer, number, answered mark, flag mark, space. */
export function gridColumns(cellCount: number, width: number): number {
  return Math.max(1, Math.floor(width / cellWidth(cellCount)));
}

function cellWidth(cellCount: number): number {
  return String(Math.max(1, cellCount)).length + 4;
}

/**
 * The exam's review grid: "12✓ 13· 14✓⚑". Answered is ✓, unanswered ·, flagged ⚑; the cursor
 * is a › before the number. Colour repeats what the marks say, never replaces them. A screen
 * reader hears each cell in words (spokenCell).
 */
export function ReviewGrid({ cells, cursor, width, height }: ReviewGridProps) {
  const columns = gridColumns(cells.length, width);
  const digits = String(Math.max(1, cells.length)).length;
  const rows: ReviewCell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const visible = Math.max(1, Math.min(rows.length, height));
  const cursorRow = Math.floor(cursor / columns);
  const first = Math.min(Math.max(0, cursorRow - Math.floor(visible / 2)), Math.max(0, rows.length - visible));
  return (
    <Box flexDirection="column">
      {rows.slice(first, first + visible).map((row, r) => (
        <Text key={row[0]?.number ?? first + r} wrap="truncate-end">
          {row.map((cell, c) => {
            const index = (first + r) * columns + c;
            const here = index === cursor;
            const mark = cell.answered ? symbols.check : '·';
            const color = here ? theme.selected : cell.answered ? theme.good : theme.warn;
            return (
              <Text key={cell.number} aria-label={spokenCell(cell, here)}>
                <Text color={color} bold={here} inverse={here}>
                  {`${here ? symbols.pointer : ' '}${String(cell.number).padStart(digits)}${mark}${cell.flagged ? symbols.flag : ' '}`}
                </Text>{' '}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}

/** "(current) 12 answered flagged; " */
function spokenCell(cell: ReviewCell, here: boolean): string {
  return `${here ? '(current) ' : ''}${cell.number} ${cell.answered ? 'answered' : 'unanswered'}${cell.flagged ? ' flagged' : ''}; `;
}
