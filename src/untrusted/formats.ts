// What the Markdown and CSV outputs must escape in text that came from outside (titles, names,
// topic ids). Both also pass the text through cleanText first, so no control character reaches a
// file that someone will later `cat` in a terminal.
import { cleanText } from './text.js';

/** One line of Markdown text: whitespace runs (line feeds included) folded, raw HTML made inert. */
export function markdownText(text: string): string {
  return cleanText(text.replace(/\s+/g, ' ').trim())
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** A Markdown table cell: markdownText, and pipes escaped so the row keeps its columns. */
export function markdownCell(text: string): string {
  return markdownText(text).replaceAll('|', '\\|');
}

/**
 * A spreadsheet runs a cell as a formula when it starts with = + - or @ (also after leading
 * spaces, and after a NUL that some readers drop), and tab or carriage return start a formula in
 * some of them too. Such cells get a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[\s\0\u2400]*[=+\-@]|^[\t\r]/;

/** One CSV cell: formula-neutralised text, quoted per RFC 4180 when it holds " , CR or LF. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  // Line feeds and tabs stay (quoted); every other control character becomes a visible picture.
  text = cleanText(text, { multiline: true });
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * JSON text with no raw control character: JSON.stringify already escapes C0 controls, but writes
 * C1 controls (U+009B is CSI to many terminals), line/paragraph separators and bidirectional
 * overrides as they are. Escaping them as \uXXXX keeps the data identical for any JSON reader.
 */
export function inertJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
