// The one sanitiser for text that came from outside the program: content files, workshop packs,
// imported progress, attendee result files, file names and command-line names. Nothing it returns
// can drive a terminal: C0 and C1 control characters (ESC, CSI, OSC's BEL terminator, backspace,
// carriage return…) are shown as visible pictures instead of being written raw, so an OSC 52
// "set the clipboard" sequence in a question stem reaches the screen as the inert text `␛]52;…`.
// Bidirectional overrides (the "Trojan Source" characters) are shown as well, since they reorder
// what the reader sees without being visible themselves.
//
// Pure and dependency-free: the core, the CLI and the UI all call it.

const ESC = 0x1b;
const DEL = 0x7f;

/** Where a control character sits in a text, for `file:line` diagnostics. */
export interface ControlCharacterHit {
  /** 0-based index into the string. */
  index: number;
  /** 1-based line and column (columns count UTF-16 units, like editors). */
  line: number;
  column: number;
  /** How the character is shown, e.g. `␛` or `U+009B`. */
  shown: string;
}

export interface CleanTextOptions {
  /** Keep line feeds (and tabs) for multi-line text such as lesson bodies. Default: false. */
  multiline?: boolean;
}

const BIDI_CONTROLS = new Set([0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

function isUnsafeCode(code: number, multiline: boolean): boolean {
  if (code === 0x0a || code === 0x09) return !multiline;
  if (code < 0x20 || code === DEL) return true;
  if (code >= 0x80 && code <= 0x9f) return true;
  if (code === 0x2028 || code === 0x2029) return true;
  return BIDI_CONTROLS.has(code);
}

/** The visible stand-in for one unsafe character. */
export function visibleControl(code: number): string {
  if (code === ESC) return '␛';
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟, the Control Pictures block
  if (code === DEL) return '␡';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * Text that is safe to print: every control character replaced by a visible picture. Single-line
 * text (the default) also shows line feeds and tabs; `\r\n` is folded to `\n` first in multi-line
 * text so that Windows line endings in a content file do not show up as `␍`.
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  const multiline = options.multiline === true;
  const source = multiline ? text.replace(/\r\n/g, '\n') : text;
  let out = '';
  let clean = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (!isUnsafeCode(code, multiline)) continue;
    out += source.slice(clean, i) + visibleControl(code);
    clean = i + 1;
  }
  return clean === 0 ? source : out + source.slice(clean);
}

/** Every control character in a text, with its line and column; empty when the text is clean. */
export function findControlCharacters(text: string, options: CleanTextOptions = {}): ControlCharacterHit[] {
  const multiline = options.multiline === true;
  const hits: ControlCharacterHit[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A CR directly before LF is an ordinary Windows line ending in multi-line text.
    const crlf = multiline && code === 0x0d && text.charCodeAt(i + 1) === 0x0a;
    if (!crlf && isUnsafeCode(code, multiline)) {
      hits.push({ index: i, line, column: i - lineStart + 1, shown: visibleControl(code) });
    }
    if (code === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return hits;
}

/** True when `cleanText` would change nothing. */
export function isCleanText(text: string, options: CleanTextOptions = {}): boolean {
  return findControlCharacters(text, options).length === 0;
}
