import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { spokenKeys } from '../accessibility/spoken.js';
import { useScreenReader } from '../accessibility/useScreenReader.js';
import { symbols, theme } from '../theme.js';
import type { Hint } from './keys.js';

interface FrameProps {
  title: string;
  status?: string;
  hints: Hint[];
  width: number;
  height: number;
  children: ReactNode;
}

/** Header, body and footer. The whole frame is one line shorter than the terminal so Ink never
 * falls back to clearing the screen on every render. */
export function Frame({ title, status, hints, width, height, children }: FrameProps) {
  if (useScreenReader()) return <SpokenFrame title={title} status={status} hints={hints} body={children} />;
  const rule = symbols.rule.repeat(Math.max(0, width));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box justifyContent="space-between" width={width}>
        <Text wrap="truncate-end">
          <Text bold color={theme.accent}>
            iam-tutor
          </Text>
          <Text color={theme.muted}> · </Text>
          <Text bold>{title}</Text>
        </Text>
        {status ? (
          <Text color={theme.muted} wrap="truncate-start">
            {status}
          </Text>
        ) : null}
      </Box>
      <Text color={theme.muted}>{rule}</Text>
      {/* Only the height is clipped: lines are laid out to the width before Ink, and a horizontal
          clip made Ink slice every written line with slice-ansi on every frame. Interleaved A/B on
          100 Down presses: lesson list p50 10.1-10.5 ms -> 8.2-8.9 ms, long lesson 9.6-10.9 -> 8.6-8.9. */}
      <Box flexDirection="column" flexGrow={1} overflowY="hidden">
        {children}
      </Box>
      <Text color={theme.muted}>{rule}</Text>
      <FooterHints hints={hints} width={width} />
    </Box>
  );
}

function FooterHints({ hints, width }: { hints: Hint[]; width: number }) {
  // Drop hints from the end rather than wrapping: the footer is always one line.
  const parts: string[] = [];
  let used = 0;
  for (const hint of hints) {
    const part = `${hint.keys} ${hint.label}`;
    if (used + part.length + 2 > width) break;
    parts.push(part);
    used += part.length + 2;
  }
  return (
    <Text color={theme.muted} wrap="truncate-end">
      {parts.join('  ')}
    </Text>
  );
}

/**
 * The frame for a screen reader: the screen's name, its body, then every key that acts, as
 * lines of words, the arrow keys by name ("Up/Down or j/k move", not "↑↓/jk move"). No rules and no width arithmetic: Ink's screen-reader output is linear text.
 */
function SpokenFrame({
  title,
  status,
  hints,
  body,
}: Pick<FrameProps, 'title' | 'status' | 'hints'> & { body: ReactNode }) {
  return (
    <Box flexDirection="column">
      <Text>{`iam-tutor, ${title} screen.${status ? ` ${status}.` : ''}`}</Text>
      <Box flexDirection="column">{body}</Box>
      <Box aria-role="toolbar">
        <Text>{`Keys: ${hints.map((hint) => `${spokenKeys(hint.keys)} ${hint.label}`).join(', ')}.`}</Text>
      </Box>
    </Box>
  );
}
