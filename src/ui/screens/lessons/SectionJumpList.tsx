import { Box, Text } from 'ink';
import type { Lesson } from '../../../content/index.js';
import { ListView } from '../../widgets/list/index.js';

/** The reader's "jump to a section" list; the current section is marked. */
export function SectionJumpList({
  lesson,
  current,
  index,
  height,
}: {
  lesson: Lesson;
  current: number;
  index: number;
  height: number;
}) {
  const items = lesson.sections.map((section) => ({
    id: String(section.index),
    label: `${section.index + 1}. ${section.title}`,
    mark: section.index === current ? '•' : ' ',
    spoken: `${section.index + 1}. ${section.title}${section.index === current ? ', the section you are in' : ''}`,
  }));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Jump to a section of “{lesson.title}”</Text>
      <Text> </Text>
      <ListView items={items} index={index} height={height} />
    </Box>
  );
}
