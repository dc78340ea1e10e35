// The credential flow as an animated sequence diagram: the lanes and arrows up to the current
// step, and under them the step's log line and request. Laid out by flowLines before Ink, so it
// takes exactly `height` rows at any width.

import { Box } from 'ink';
import type { AppRun, FlowDiagram as Diagram } from '../../../../sandbox/index.js';
import { LineText } from '../../../widgets/scroll-view/index.js';
import { flowLines } from './layout.js';
import type { PlayerState } from './player.js';

interface FlowDiagramProps {
  run: AppRun;
  diagram: Diagram;
  player: PlayerState;
  width: number;
  height: number;
}

export function FlowDiagram({ run, diagram, player, width, height }: FlowDiagramProps) {
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
