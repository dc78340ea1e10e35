import { Box } from 'ink';
import { ScrollLines } from '../components/ScrollLines.js';
import { type Line, wrapBlock } from '../components/textLines.js';
import { useScroll } from '../components/useScroll.js';
import { useServices } from '../services.js';
import { useBodySize } from '../shell/BodySize.js';
import { useKeys } from '../shell/useKeys.js';
import { theme } from '../theme.js';

const commands = [
  'iam-tutor lessons | quiz | exam | sandbox | progress',
  'iam-tutor explain policy.json — check and explain a policy',
  'iam-tutor validate [DIR] — check lessons and question banks',
  'iam-tutor sandbox serve — live IMDS and ECS credential endpoints',
  'iam-tutor progress export | import FILE | reset — back up, merge, start over',
  "iam-tutor workshop PACK --name YOU — follow a workshop's agenda",
  'iam-tutor workshop report PACK FILES… — class report for instructors',
  'iam-tutor --help — everything else',
];

/** The Help entry of the home menu: what the tutor is, its commands and where data lives. */
export function HelpScreen() {
  const services = useServices();
  const { width, height } = useBodySize();
  const inner = Math.max(20, width - 2);
  const scroll = useScroll();
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
      style: { color: theme.muted },
    }),
  ];
  const window = scroll.window(lines.length, height);
  useKeys(
    (input, key) => {
      if (key.upArrow || input === 'k') scroll.by(-1);
      else if (key.downArrow || input === 'j') scroll.by(1);
      else if (key.pageUp) scroll.page(-1);
      else if (key.pageDown || input === ' ') scroll.page(1);
      else return false;
      return true;
    },
    window.overflow ? [{ keys: '↑↓', label: 'scroll' }] : [],
  );
  return (
    <Box flexDirection="column" paddingX={1}>
      <ScrollLines lines={lines} window={window} height={height} />
    </Box>
  );
}
