import { Box, Text } from 'ink';
import { theme } from '../theme.js';

/**
 * The one view of a screen waiting for something (its code, the content, the progress store), or
 * of why it never came. Esc and q still work meanwhile: the shell's keys never wait for a screen.
 */
export function LoadingView({ what, failure }: { what?: string; failure?: string }) {
  if (failure !== undefined) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text color={theme.bad} wrap="wrap">
          {failure}
        </Text>
        <Text color={theme.muted}>Press Esc to go back.</Text>
      </Box>
    );
  }
  return (
    <Box paddingX={1}>
      <Text color={theme.muted}>{what === undefined ? 'Loading…' : `Loading ${what}…`}</Text>
    </Box>
  );
}
