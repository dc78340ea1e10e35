import { Box, Text } from 'ink';
import { Menu, type MenuItem } from '../components/Menu.js';
import { useListCursor } from '../hooks/useListCursor.js';
import { useBodySize } from '../shell/BodySize.js';
import { useShell } from '../shell/ShellContext.js';
import { useKeys } from '../shell/useKeys.js';
import { theme } from '../theme.js';

interface HomeEntry extends MenuItem {
  route?: string;
  blurb: string;
}

const entries: HomeEntry[] = [
  { id: 'lessons', label: 'Lessons', route: 'lessons', blurb: 'Roles, trust policies, instance profiles, IMDS and ECS, step by step.' },
  { id: 'quiz', label: 'Practice quiz', route: 'quiz', blurb: 'Questions with instant feedback and an explanation for every option.' },
  { id: 'exam', label: 'Exam simulation', route: 'exam', blurb: 'A timed CLF-C02-style mock exam with a review at the end.' },
  { id: 'sandbox', label: 'Sandbox', route: 'sandbox', blurb: 'Build a role and an instance profile, then watch credentials flow.' },
  { id: 'progress', label: 'Progress', route: 'progress', blurb: 'What you have finished, your scores, and what is due for review.' },
  { id: 'help', label: 'Help', route: 'help', blurb: 'Keys, commands and where your progress is stored.' },
  { id: 'quit', label: 'Quit', blurb: 'Leave iam-tutor. Your progress is saved as you go.' },
];

export function HomeScreen() {
  const shell = useShell();
  const { height } = useBodySize();
  const cursor = useListCursor(entries.length);
  const selected = entries[cursor.index]!;

  useKeys(
    (input, key) => {
      if (cursor.handleKey(input, key)) return true;
      if (key.return) {
        if (selected.route) shell.push({ name: selected.route });
        else shell.quit(0);
        return true;
      }
      return false;
    },
    [{ keys: 'Enter', label: 'open' }],
  );

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>Learn how AWS IAM roles and their credentials really work.</Text>
      <Text> </Text>
      <Menu items={entries} index={cursor.index} height={Math.max(3, height - 4)} />
      <Text> </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {selected.blurb}
      </Text>
    </Box>
  );
}
