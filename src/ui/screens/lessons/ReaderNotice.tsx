import { Box, Text } from 'ink';
import { useKeys } from '../../shell/useKeys.js';
import { theme } from '../../theme.js';

/** What the reader shows instead of a lesson it cannot open; it claims no keys, so Esc goes back. */
export function ReaderNotice({ text }: { text: string }) {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text color={theme.warn}>{text}</Text>
      <Text color={theme.muted}>Press Esc to go back.</Text>
    </Box>
  );
}
