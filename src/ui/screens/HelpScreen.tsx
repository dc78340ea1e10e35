import { Box } from 'ink';
import { helpScreenCommands } from '../../cli/usage.js';
import { ScrollView } from '../widgets/scroll-view/index.js';
import { type Line, wrapBlock } from '../text/index.js';
import { scrollWindow } from '../widgets/scroll-view/index.js';
import { useServices } from '../services.js';
import { useBodySize } from '../shell/BodySize.js';
import { useKeymap, useModel } from '../shell/useModel.js';
import { helpScreenKeymap, helpScreenReduce } from './helpScreenModel.js';

// The same table as --help and the parser, so the list cannot drift from what the CLI accepts.
const commands = helpScreenCommands;

/** The Help entry of the home menu: what the tutor is, its commands and where data lives. */
export function HelpScreen() {
  const services = useServices();
  const { width, height } = useBodySize();
  const inner = Math.max(20, width - 2);
  // Wrapped into rows and scrolled, so a small terminal shows all of it rather than squeezing it.
  const lines: Line[] = [
    ...wrapBlock('Keys', inner, { style: { bold: true } }),
    ...wrapBlock('↑↓ or j/k move · Enter select · Esc back · q quit · ? help on any screen', inner),
    [],
    ...wrapBlock('Commands', inner, { style: { bold: true } }),
    ...commands.flatMap((text) => wrapBlock(text, inner, { prefix: [{ text: '' }] })),
    [],
    ...wrapBlock('Your data', inner, { style: { bold: true } }),
    ...wrapBlock(`Progress: ${services.progressPath()}`, inner),
    ...wrapBlock('Move it with --data-dir DIR or IAM_TUTOR_DATA_DIR. Nothing leaves this machine.', inner, {
      style: { color: 'muted' },
    }),
  ];
  // Where the text may scroll to, from this layout; the reducer clamps to it.
  const layout = scrollWindow(lines.length, height, 0);
  const env = { maxStart: layout.maxStart, rows: layout.rows };
  const model = useModel(helpScreenReduce(env), () => ({ offset: 0 }));
  const window = scrollWindow(lines.length, height, model.state.offset);
  useKeymap(model, helpScreenKeymap(env));
  return (
    <Box flexDirection="column" paddingX={1}>
      <ScrollView lines={lines} window={window} height={height} />
    </Box>
  );
}
