import { Box, Text } from 'ink';
import { useKeys } from '../shell/useKeys.js';
import { theme } from '../theme.js';

/** Stands in for a section until its issue lands. */
export function PlaceholderScreen({ params }: { params: Record<string, unknown> }) {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>{String(params.what ?? 'This section')} is coming soon.</Text>
      <Text color={theme.muted}>Press Esc to go back.</Text>
    </Box>
  );
}
