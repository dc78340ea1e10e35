import { Text } from 'ink';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { theme } from '../../theme.js';
import { fieldWindow, spokenField, type TextField } from './model.js';

interface TextFieldViewProps {
  field: TextField;
  /** Columns for the text and the cursor cell; longer values scroll to keep the cursor in view. */
  width: number;
  /**
   * A fixed-size box instead, for short values such as a date: "[2026-12-__]", the free cells
   * drawn as '_' and the cursor on the closing bracket once the box is full.
   */
  box?: number;
  /** Shown dimmed while the value is empty, e.g. "YYYY-MM-DD" (not with a box). */
  placeholder?: string;
}

/**
 * The value with the cursor drawn as an inverse cell, so it shows without colour (NO_COLOR). A
 * screen reader hears the value in words instead (spokenField: "empty", where the cursor is when
 * it is not at the end); the screen puts the field's name and textbox role around it.
 */
export function TextFieldView({ field, width, box, placeholder }: TextFieldViewProps) {
  if (useScreenReader()) return <Text>{spokenField(field)}</Text>;
  if (box !== undefined) {
    const cells = [...field.value].slice(0, box);
    while (cells.length < box) cells.push('_');
    const cursor = Math.min(field.cursor, box);
    return (
      <Text>
        {`[${cells.slice(0, cursor).join('')}`}
        <Text inverse>{cells[cursor] ?? ']'}</Text>
        {cursor < box ? `${cells.slice(cursor + 1).join('')}]` : ''}
      </Text>
    );
  }
  const { before, at, after } = fieldWindow(field, width);
  const empty = field.value === '' && placeholder !== undefined && placeholder !== '';
  return (
    <Text>
      {before}
      <Text inverse>{at !== '' ? at : empty ? placeholder!.slice(0, 1) : ' '}</Text>
      {after}
      {empty ? <Text color={theme.muted}>{placeholder!.slice(1, Math.max(1, width))}</Text> : null}
    </Text>
  );
}
