import { Text } from 'ink';
import { theme } from '../../theme.js';

/**
 * " Overview  [Topics]  Exams " : the current tab in brackets, so it shows without colour; a
 * screen reader hears "tabs: 1 Overview, (selected) 2 Topics, 3 Exams.".
 */
export function TabBar({ tabs, index }: { tabs: readonly string[]; index: number }) {
  return (
    <Text wrap="truncate-end">
      {tabs.map((tab, i) => (
        <Text
          key={tab}
          color={i === index ? theme.selected : theme.muted}
          bold={i === index}
          aria-label={`${i === 0 ? 'tabs: ' : ''}${i === index ? '(selected) ' : ''}${i + 1} ${tab}${i < tabs.length - 1 ? ', ' : '.'}`}
        >
          {i === index ? `[${i + 1} ${tab}]` : ` ${i + 1} ${tab} `}
          {i < tabs.length - 1 ? ' ' : ''}
        </Text>
      ))}
    </Text>
  );
}
