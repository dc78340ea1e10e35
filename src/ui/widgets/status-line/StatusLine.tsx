import { Box, Text } from 'ink';
import { spokenMarks } from '../../accessibility/spoken.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { wrapWords } from '../../text/index.js';
import { theme } from '../../theme.js';

export interface Message {
  text: string;
  /** error: a refusal or a failure (shown with "!"); info: a note; ask: a y/n question. */
  tone: 'error' | 'info' | 'ask';
}

function messageText(message: Message): string {
  return message.tone === 'error' ? `! ${message.text}` : message.text;
}

/**
 * At most this many rows for a message. Two cut off what matters most in the longer ones: the
 * lock to delete when saving is blocked, the set-aside file of a progress notice.
 */
const MAX_ROWS = 5;

/** Rows the status line takes: one, or as many as a message needs up to MAX_ROWS. */
export function statusRows(message: Message | null, width: number): number {
  if (!message) return 1;
  return Math.min(MAX_ROWS, wrapWords(messageText(message), width).length);
}

/**
 * The bottom of a quiz screen: a message when there is one, otherwise what to do next. A screen
 * reader hears "Error:" for the "!" of a refusal, and the hint's marks and arrows in words.
 */
export function StatusLine({ message, hint, width }: { message: Message | null; hint: string; width: number }) {
  const screenReader = useScreenReader();
  if (screenReader) {
    const words = message ? `${message.tone === 'error' ? 'Error: ' : ''}${message.text}` : hint;
    return words.trim() === '' ? null : <Text>{spokenMarks(words)}</Text>;
  }
  if (message) {
    const rows = wrapWords(messageText(message), width);
    const shown =
      rows.length > MAX_ROWS
        ? [...rows.slice(0, MAX_ROWS - 1), `${rows[MAX_ROWS - 1]!.slice(0, Math.max(0, width - 1))}…`]
        : rows;
    return (
      <Box flexDirection="column">
        {shown.map((row, i) => (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of one message
            key={i}
            color={message.tone === 'error' ? theme.bad : theme.accent}
            bold={message.tone !== 'info'}
            wrap="truncate-end"
          >
            {row}
          </Text>
        ))}
      </Box>
    );
  }
  return (
    <Text color={theme.muted} wrap="truncate-end">
      {hint || ' '}
    </Text>
  );
}
