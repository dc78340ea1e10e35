// The credential flow as an animated sequence diagram: the lanes and arrows up to the current
// step, and under them the step's log line and request. Laid out by flowLines before Ink, so it
// takes exactly `height` rows at any width.

import { Box, Text } from 'ink';
import { useScreenReader } from '../../../accessibility/useScreenReader.js';
import type { AppRun, FlowDiagram as Diagram } from '../../../../sandbox/index.js';
import { LineText } from '../../../widgets/scroll-view/index.js';
import { flowLines } from './layout.js';
import type { PlayerState } from './player.js';
import { spokenStep } from './spokenSteps.js';

interface FlowDiagramProps {
  run: AppRun;
  diagram: Diagram;
  player: PlayerState;
  width: number;
  height: number;
}

export function FlowDiagram({ run, diagram, player, width, height }: FlowDiagramProps) {
  // While it plays, no step is marked: the text stays put, so the list is read once, not again
  // at every step; paused or stepped with ←/→, the step on show is the selected item.
  if (useScreenReader()) return <FlowSteps diagram={diagram} cursor={player.playing ? -1 : player.cursor} />;
  const lines = flowLines(run, diagram, player, width, height);
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the view
        <LineText key={i} line={line} />
      ))}
    </Box>
  );
}

/**
 * For a screen reader: every step as a list item in words, the one at `cursor` selected. All
 * steps are listed (not only those the animation reached), so a listener can read ahead.
 */
function FlowSteps({ diagram, cursor }: { diagram: Diagram; cursor: number }) {
  return (
    <Box flexDirection="column">
      <Text>{`Credential flow in ${diagram.steps.length} steps:`}</Text>
      <Box flexDirection="column" aria-role="list">
        {diagram.steps.map((step, index) => (
          <Box key={step.event} aria-role="listitem" aria-state={{ selected: index === cursor }}>
            <Text>{spokenStep(diagram, index)}</Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
