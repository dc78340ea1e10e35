import { Text } from 'ink';
import { symbols, theme } from '../theme.js';
import type { Hint } from './keys.js';

export const globalHints: Hint[] = [
  { keys: '↑↓/jk', label: 'move' },
  { keys: 'Esc', label: 'back' },
  { keys: '?', label: 'help' },
  { keys: 'q', label: 'quit' },
];

const everywhere: Hint[] = [
  { keys: '↑ ↓  or  j k', label: 'move' },
  { keys: 'Enter', label: 'select' },
  { keys: 'Esc  or  Backspace', label: 'go back' },
  { keys: 'q', label: 'quit (asks first during an exam)' },
  { keys: '?', label: 'show or hide this help' },
  { keys: 'Ctrl+C', label: 'quit at once (progress is already saved)' },
];

interface HelpOverlayProps {
  screenTitle: string;
  screenHints: Hint[];
  screenHelp?: string;
  width: number;
  height: number;
}

type Line = { text: string; kind: 'title' | 'key' | 'body' | 'muted'; keys?: string };

/**
 * The ? overlay, laid out as lines that always fit the body: on a short terminal the screen's
 * own text is cut (with a note) rather than pushing the frame off the top.
 */
export function HelpOverlay({ screenTitle, screenHints, screenHelp, width, height }: HelpOverlayProps) {
  const inner = Math.max(20, width - 2);
  const keyWidth = Math.min(22, Math.floor(inner / 2));
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
    for (const row of wrap(screenHelp, inner)) lines.push({ kind: 'body', text: row });
  }
  const footer: Line = { kind: 'muted', text: 'Press any key to close this help.' };
  const room = Math.max(1, height - 1);
  let shown = lines;
  if (lines.length > room) {
    shown = lines.filter((line) => !(line.kind === 'body' && line.text === '')).slice(0, Math.max(1, room - 1));
    shown.push({ kind: 'muted', text: `${symbols.bullet} more help on a taller terminal` });
  }
  return (
    <Text>
      {[...shown, footer].map((line, i) => {
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

function wrap(text: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (row === '') row = word;
    else if (row.length + 1 + word.length <= width) row += ` ${word}`;
    else {
      rows.push(row);
      row = word;
    }
  }
  if (row !== '') rows.push(row);
  return rows;
}
