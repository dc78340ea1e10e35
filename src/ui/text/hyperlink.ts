// OSC 8 terminal hyperlinks (ESC ] 8 ; ; URL ESC \ text ESC ] 8 ; ; ESC \): the text stays what
// the reader sees, the terminal opens the URL on click. Emitted only where it is safe and likely
// understood: never with NO_COLOR (the user asked for plain output), TERM=dumb, in CI logs, or
// when stdout is not a terminal (a pipe would capture the raw bytes). FORCE_HYPERLINK=1/0 overrides.
// Both parts go through the project's sanitiser first, so a hostile URL cannot close the sequence
// early with its own ESC/BEL/C1 bytes and smuggle a command to the terminal.
import { cleanText } from '../../untrusted/text.js';

export interface HyperlinkEnv {
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

export function supportsHyperlinks({ env, isTTY }: HyperlinkEnv): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return force !== '0';
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return true;
}

/** A URL safe inside OSC 8: sanitised, and only web or mail schemes (no file:, javascript:…). */
export function safeUrl(url: string): string | undefined {
  const clean = cleanText(url.trim());
  if (clean !== url.trim() || /\s/.test(clean)) return undefined;
  return /^(https?:\/\/|mailto:)/i.test(clean) ? clean : undefined;
}

/**
 * The text, sanitised, wrapped in an OSC 8 hyperlink when `enabled` and the URL is safe. The
 * escape bytes take no columns: measure `text` with textWidth, never the returned string.
 */
export function hyperlink(text: string, url: string, enabled: boolean): string {
  const shown = cleanText(text);
  const target = enabled ? safeUrl(url) : undefined;
  if (target === undefined) return shown;
  return `\u001b]8;;${target}\u001b\\${shown}\u001b]8;;\u001b\\`;
}
