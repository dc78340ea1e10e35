import { Box, Text } from 'ink';
import { theme } from '../theme.js';
import type { Hint } from './keys.js';

export const globalHints: Hint[] = [
  { keys: '↑↓/jk', label: 'move' },
  { keys: 'Esc', label: 'back' },
  { keys: '?', label: 'help' },
  { keys: 'q', label: 'quit' },
];

interface HelpOverlayProps {
  screenTitle: string;
  screenHints: Hint[];
  screenHelp?: string;
}

export function HelpOverlay({ screenTitle, screenHints, screenHelp }: HelpOverlayProps) {
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Keys everywhere</Text>
      <KeyTable
        hints={[
          { keys: '↑ ↓  or  j k', label: 'move' },
          { keys: 'Enter', label: 'select' },
          { keys: 'Esc  or  Backspace', label: 'go back' },
          { keys: 'q', label: 'quit (asks first during an exam)' },
          { keys: '?', label: 'show or hide this help' },
          { keys: 'Ctrl+C', label: 'quit at once (progress is already saved)' },
        ]}
      />
      {screenHints.length > 0 ? (
        <>
          <Text> </Text>
          <Text bold>On this screen ({screenTitle})</Text>
          <KeyTable hints={screenHints} />
        </>
      ) : null}
      {screenHelp ? (
        <>
          <Text> </Text>
          <Text>{screenHelp}</Text>
        </>
      ) : null}
      <Text> </Text>
      <Text color={theme.muted}>Press any key to close this help.</Text>
    </Box>
  );
}

function KeyTable({ hints }: { hints: Hint[] }) {
  return (
    <Box flexDirection="column">
      {hints.map((hint) => (
        <Box key={`${hint.keys}-${hint.label}`}>
          <Box width={22} flexShrink={0}>
            <Text color={theme.accent}>{hint.keys}</Text>
          </Box>
          <Text>{hint.label}</Text>
        </Box>
      ))}
    </Box>
  );
}
