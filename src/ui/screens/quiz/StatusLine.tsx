import { Box, Text } from 'ink';
import { wrapWords } from '../../components/textLines.js';
import { theme } from '../../theme.js';

export interface Message {
  text: string;
  /** error: a refusal or a failure (shown with "!"); info: a note; ask: a y/n question. */
  tone: 'error' | 'info' | 'ask';
}

function messageText(message: Message): string {
  return message.tone === 'error' ? `! ${message.text}` : message.text;
}

/** Rows the status line takes: one, or two for a message that needs them (never more). */
export function statusRows(message: Message | null, width: number): number {
  if (!message) return 1;
  return Math.min(2, wrapWords(messageText(message), width).length);
}

/** The bottom of a quiz screen: a message when there is one, otherwise what to do next. */
export function StatusLine({ message, hint, width }: { message: Message | null; hint: string; width: number }) {
  if (message) {
    const rows = wrapWords(messageText(message), width);
    const shown = rows.length > 2 ? [rows[0]!, `${rows[1]!.slice(0, Math.max(0, width - 1))}…`] : rows;
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
