import { Box, Text } from 'ink';
import type { ColorSetting } from '../../../progress/index.js';
import { symbols, theme } from '../../theme.js';
import { type TextField, TextFieldView } from '../../widgets/text-field/index.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';

export interface SettingsView {
  cursor: number;
  examDate?: string;
  color?: ColorSetting;
  instantAnswers?: boolean;
  /** The text being typed, while the exam date is being edited. */
  draft?: TextField;
  path: string;
}

export const SETTINGS_ROWS = 3;

export const DATE_LENGTH = 10; // YYYY-MM-DD

/** The exam date field takes digits and dashes only, up to YYYY-MM-DD's length. */
export const dateRules = { maxLength: DATE_LENGTH, accept: (char: string) => /[0-9-]/.test(char) };

export function SettingsTab({ view }: { view: SettingsView }) {
  const screenReader = useScreenReader();
  if (screenReader) return <SpokenSettings view={view} />;
  const editing = view.draft !== undefined;
  const pointer = (row: number) => (view.cursor === row ? `${symbols.pointer} ` : '  ');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" color={view.cursor === 0 ? theme.selected : undefined} bold={view.cursor === 0}>
        {pointer(0)}
        {'Exam date'.padEnd(12)}
        {view.draft !== undefined ? (
          <TextFieldView field={view.draft} width={DATE_LENGTH} box={DATE_LENGTH} />
        ) : (
          (view.examDate ?? 'not set')
        )}
        <Text color={theme.muted} bold={false}>
          {editing ? '  YYYY-MM-DD · Enter save · Esc cancel' : '  Enter: change · c: clear'}
        </Text>
      </Text>
      <Text wrap="truncate-end" color={view.cursor === 1 ? theme.selected : undefined} bold={view.cursor === 1}>
        {pointer(1)}
        {'Colours'.padEnd(12)}
        {view.color === 'never' ? 'never (monochrome)' : 'auto'}
        <Text color={theme.muted} bold={false}>
          {'  Enter: switch · applies from the next start'}
        </Text>
      </Text>
      <Text wrap="truncate-end" color={view.cursor === 2 ? theme.selected : undefined} bold={view.cursor === 2}>
        {pointer(2)}
        {'Instant'.padEnd(12)}
        {view.instantAnswers === true ? 'on' : 'off'}
        <Text color={theme.muted} bold={false}>
          {view.instantAnswers === true
            ? '  a letter answers a one-answer practice question'
            : '  choose with a letter, confirm with Enter'}
        </Text>
      </Text>
      <Text> </Text>
      <Text color={theme.muted} wrap="truncate-middle">
        Progress file: {view.path}
      </Text>
      <Text color={theme.muted} wrap="wrap">
        NO_COLOR and --no-color always turn colours off, whatever this says.
      </Text>
    </Box>
  );
}

/**
 * The settings for a screen reader: a menu whose rows say the setting, its value and what Enter
 * does (the cursor is the menu's selected item, drawn as › and colour); while the exam date is
 * typed, that row is a text box named with its format.
 */
function SpokenSettings({ view }: { view: SettingsView }) {
  const rows = [
    `Exam date: ${view.examDate ?? 'not set'}. Enter changes it, c clears it.`,
    `Colours: ${view.color === 'never' ? 'never (monochrome)' : 'auto'}. Enter switches, from the next start.`,
    `Instant answers: ${view.instantAnswers === true ? 'on, a letter answers a one-answer practice question' : 'off, choose with a letter, confirm with Enter'}.`,
  ];
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" aria-role="menu">
        {rows.map((row, i) =>
          i === 0 && view.draft !== undefined ? (
            <Box key={row} aria-role="textbox">
              <Text>
                Exam date, as YYYY-MM-DD: <TextFieldView field={view.draft} width={DATE_LENGTH} />. Enter saves, Esc
                cancels.
              </Text>
            </Box>
          ) : (
            <Box key={row} aria-role="menuitem" aria-state={{ selected: view.cursor === i }}>
              <Text>{row}</Text>
            </Box>
          ),
        )}
      </Box>
      <Text>Progress file: {view.path}</Text>
      <Text>NO_COLOR and --no-color always turn colours off, whatever this says.</Text>
    </Box>
  );
}
