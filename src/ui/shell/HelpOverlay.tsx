import { wrapWords } from '../text/index.js';
import { Box, Text } from 'ink';
import { spokenKeys, spokenProse } from '../accessibility/spoken.js';
import { useScreenReader } from '../accessibility/useScreenReader.js';
import { symbols, theme } from '../theme.js';
import type { Hint } from './keys.js';
import { helpHints } from './helpModel.js';

// No "↑↓ move" here: a screen where something moves says so in its own hints, so the footer never
// offers a move where nothing moves.
export const globalHints: Hint[] = [
  { keys: 'Esc', label: 'back' },
  { keys: '?', label: 'help' },
  { keys: 'q', label: 'quit' },
];

const everywhere: Hint[] = [
  { keys: '↑ ↓  or  j k', label: 'move' },
  { keys: 'Enter', label: 'select' },
  { keys: '/', label: 'search lessons, questions and the glossary' },
  { keys: 'Esc  or  Backspace', label: 'go back' },
  { keys: 'q', label: 'quit (asks first during an exam)' },
  { keys: '?', label: 'show or hide this help' },
  { keys: 'Ctrl+C', label: 'quit at once (progress is already saved)' },
];

interface HelpContent {
  screenTitle: string;
  screenHints: Hint[];
  screenHelp?: string;
  width: number;
}

type Line = { text: string; kind: 'title' | 'key' | 'body' | 'muted'; keys?: string };

/** Every line of the overlay for this screen, before windowing. */
export function helpLines({ screenTitle, screenHints, screenHelp, width }: HelpContent): Line[] {
  const inner = Math.max(20, width - 2);
  const keyLines = (hints: Hint[]): Line[] => hints.map((hint) => ({ kind: 'key', keys: hint.keys, text: hint.label }));
  const lines: Line[] = [{ kind: 'title', text: 'Keys everywhere' }, ...keyLines(everywhere)];
  if (screenHints.length > 0)
    lines.push(
      { kind: 'body', text: '' },
      { kind: 'title', text: `On this screen (${screenTitle})` },
      ...keyLines(screenHints),
    );
  if (screenHelp) {
    lines.push({ kind: 'body', text: '' });
    for (const row of wrapWords(screenHelp, inner)) lines.push({ kind: 'body', text: row });
  }
  return lines;
}

/** Rows the overlay's text gets: the body less the closing note, less a scroll note when it overflows. */
export function helpWindow(total: number, height: number): { rows: number; maxOffset: number } {
  const room = Math.max(1, height - 1);
  const rows = total > room ? Math.max(1, room - 1) : room;
  return { rows, maxOffset: Math.max(0, total - rows) };
}

interface HelpOverlayProps {
  lines: Line[];
  offset: number;
  width: number;
  height: number;
}

/**
 * The ? overlay, laid out as lines that always fit the body. On a short terminal it scrolls
 * (arrows, PgUp/PgDn) instead of cutting the screen's own text, which at 80x24 did not fit.
 */
export function HelpOverlay({ lines, offset, width, height }: HelpOverlayProps) {
  const inner = Math.max(20, width - 2);
  const keyWidth = Math.min(22, Math.floor(inner / 2));
  const { rows, maxOffset } = helpWindow(lines.length, height);
  const start = Math.min(Math.max(0, offset), maxOffset);
  const shown = lines.slice(start, start + rows);
  const overflow = lines.length > rows;
  const end = start + shown.length;
  const screenReader = useScreenReader();
  if (screenReader)
    return <SpokenHelp shown={shown} start={start} end={end} total={lines.length} overflow={overflow} />;
  // The same words as the footer, from the same table (helpModel.helpHints).
  const notes: Line[] = helpHints(overflow).map((hint) => ({
    kind: 'muted',
    text:
      hint.label === 'scroll'
        ? `${symbols.bullet} ${hint.keys} scroll · lines ${start + 1}-${end} of ${lines.length}`
        : `Press ${hint.keys === 'other keys' ? 'any other key' : hint.keys} to close this help.`,
  }));
  return (
    <Text>
      {[...shown, ...notes].map((line, i) => {
        const prefix = i === 0 ? ' ' : '\n ';
        if (line.kind === 'key') {
          const keys = (line.keys ?? '').padEnd(keyWidth).slice(0, keyWidth);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
            <Text key={i}>
              {prefix}
              <Text color={theme.accent}>{keys}</Text>
              {line.text.slice(0, Math.max(0, inner - keyWidth))}
            </Text>
          );
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          <Text key={i} bold={line.kind === 'title'} color={line.kind === 'muted' ? theme.muted : undefined}>
            {prefix}
            {line.text}
          </Text>
        );
      })}
    </Text>
  );
}

/**
 * The overlay for a screen reader: each key with what it does as one line ("Up/Down or j k: move"),
 * not a column of keys padded against a column of words; blank spacer lines left out.
 */
function SpokenHelp({
  shown,
  start,
  end,
  total,
  overflow,
}: {
  shown: Line[];
  start: number;
  end: number;
  total: number;
  overflow: boolean;
}) {
  const notes = helpHints(overflow).map((hint) =>
    hint.label === 'scroll'
      ? `Lines ${start + 1} to ${end} of ${total}: ${spokenKeys(hint.keys)} scroll.`
      : `Press ${hint.keys === 'other keys' ? 'any other key' : hint.keys} to close this help.`,
  );
  const words = [
    ...shown.map((line) =>
      line.kind === 'key' ? `${spokenKeys(line.keys ?? '')}: ${line.text}` : spokenProse(line.text),
    ),
    ...notes,
  ].filter((text) => text !== '');
  return (
    <Box flexDirection="column">
      {words.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i}>{text}</Text>
      ))}
    </Box>
  );
}
