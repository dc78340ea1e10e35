import { Box, Text } from 'ink';
import { useServices } from '../services.js';
import { useKeys } from '../shell/useKeys.js';
import { theme } from '../theme.js';

/** The Help entry of the home menu: what the tutor is, its commands and where data lives. */
export function HelpScreen() {
  const services = useServices();
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Keys</Text>
      <Text>↑↓ or j/k move · Enter select · Esc back · q quit · ? help on any screen</Text>
      <Text> </Text>
      <Text bold>Commands</Text>
      <Text>iam-tutor lessons | quiz | exam | sandbox | progress</Text>
      <Text>iam-tutor explain policy.json — check and explain a policy</Text>
      <Text>iam-tutor validate [DIR] — check lessons and question banks</Text>
      <Text>iam-tutor sandbox serve — live IMDS and ECS credential endpoints</Text>
      <Text>iam-tutor --help — everything else</Text>
      <Text> </Text>
      <Text bold>Your data</Text>
      <Text wrap="truncate-middle">Progress: {services.progressPath()}</Text>
      <Text color={theme.muted}>Move it with --data-dir DIR or IAM_TUTOR_DATA_DIR. Nothing leaves this machine.</Text>
    </Box>
  );
}
