import { Box, Text } from 'ink';
import { useBodySize } from '../../shell/BodySize.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { clampIndex, type ListItem, ListView, pickKeymap, pickReducer } from '../../widgets/list/index.js';
import { StatusLine } from '../../widgets/status-line/index.js';

interface PracticeResumeChoiceProps {
  answered: number;
  total: number;
  onResume(): void;
  onStartNew(): void;
}

/**
 * Opening Practice with a session saved mid-way (Ctrl+C, q): resume it at its next unanswered
 * question, or start a new one (which discards it). Enter picks; Esc goes back (the shell's key).
 */
export function PracticeResumeChoice({ answered, total, onResume, onStartNew }: PracticeResumeChoiceProps) {
  const { width: bodyWidth } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const items: ListItem[] = [
    { id: 'resume', label: `Resume (${answered} of ${total} answered)` },
    { id: 'new', label: 'Start new' },
  ];
  const model = useModel(pickReducer(items.length), () => ({ index: 0 }));
  useKeymap(model, pickKeymap(items.length, 'pick'), {
    onAction: (action, state) => {
      if (action.type !== 'open') return;
      if (items[clampIndex(state.index, items.length)]?.id === 'resume') onResume();
      else onStartNew();
    },
  });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Practice</Text>
      <Text> </Text>
      <Text wrap="wrap">You left a practice session before its end.</Text>
      <Text> </Text>
      <ListView items={items} index={model.state.index} height={items.length} />
      <Text> </Text>
      <StatusLine message={null} hint="Enter picks · Esc back" width={width} />
    </Box>
  );
}
