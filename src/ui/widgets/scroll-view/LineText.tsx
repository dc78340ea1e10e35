import { Text } from 'ink';
import { hyperlink, type Line, supportsHyperlinks } from '../../text/index.js';
import { spokenLine } from '../../accessibility/spoken.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { colorOf } from '../../theme.js';

// Decided from the environment (NO_COLOR, TERM=dumb, CI, not a TTY: no links; FORCE_HYPERLINK
// overrides). Read per row, not at import: a few property reads, and a test can set it.
const linksOn = () => supportsHyperlinks({ env: process.env, isTTY: process.stdout.isTTY === true });

// The renderer glues ▸ to a link's first word with a no-break space; once wrapped, draw a space.
const NBSP = /\u00a0/g;

interface LineTextProps {
  line: Line;
  /** Internal link index drawn in reverse video (the link Enter would follow). */
  focusedLink?: number | undefined;
}

/**
 * One pre-wrapped row, the only place a styled line becomes Ink <Text>: colour roles through the
 * theme, web addresses as OSC 8 hyperlinks where supported. Truncated rather than wrapped, as a
 * last guard against a row wider than the body. For a screen reader the row is its words
 * (accessibility/spoken.ts) and a blank row is nothing at all.
 */
export function LineText({ line, focusedLink }: LineTextProps) {
  const screenReader = useScreenReader();
  if (screenReader) {
    const words = spokenLine(line);
    return words === '' ? null : <Text>{words}</Text>;
  }
  if (line.length === 0) return <Text> </Text>;
  const links = line.some((s) => s.href !== undefined) && linksOn();
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => {
        const text = s.text.replace(NBSP, ' ');
        return (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: spans are positions in a row
            key={i}
            color={colorOf(s.color)}
            bold={s.bold === true || s.color === 'command'}
            italic={s.italic}
            underline={s.underline}
            dimColor={s.dim}
            inverse={s.inverse === true || (focusedLink !== undefined && s.link === focusedLink)}
          >
            {s.href !== undefined && links ? hyperlink(text, s.href, true) : text}
          </Text>
        );
      })}
    </Text>
  );
}
