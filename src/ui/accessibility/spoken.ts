// What a screen reader hears for a laid-out line. Ink's screen-reader output is the text of the
// tree, so anything drawn for the eye must become words here: a span's `spoken` replaces its
// text, box drawing (rules, table borders, diagram lanes) is dropped, the cursor pointer and the
// ▸ link mark become words. Pure, so the words are testable without rendering.
import type { Line } from '../text/index.js';

/** U+2500–U+257F box drawing and U+2580–U+259F block elements: shapes, not words. */
const BOX_DRAWING = /[\u2500-\u259f]+/g;
const NBSP = /\u00a0/g;

/**
 * Arrow keys named by their glyphs ("↑↓ move", "←/→ format"): a listener gets the keys' names.
 * Single arrows are left alone, since they also stand for "to" in running text (Progress → Scores).
 */
const arrowWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/←→↑↓|↑↓←→/g, 'arrow keys'],
  [/↑ ?↓|↑\/↓/g, 'Up/Down'],
  [/← ?→|←\/→/g, 'Left/Right'],
];

/** Marks that carry a meaning of their own, with the words a listener gets instead. */
const markWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*›\s/, '(current) '],
  // A verdict mark in front of the word that says it ("✗ Wrong: …"): the word is enough.
  [/[✓✗] (?=Right|Wrong|Correct|Not quite)/g, ''],
  // The lead dot of a line ("· Not answered") is a bullet, not a word.
  [/^\s*· /, ''],
  [/⚑ (?=flagged)/g, ''],
  [/⚑/g, 'flagged'],
  [/★ ?/g, '(bookmarked) '],
  ...arrowWords,
  [/[▸▶]\s/g, 'link: '],
  [/\s[▸▶]$/, ''],
  [/\[x\]\s/g, '(checked) checkbox: '],
  [/\[ \]\s/g, 'checkbox: '],
  [/\(•\)\s/g, '(selected) radio: '],
  [/\( \)\s/g, 'radio: '],
  [/‹ (\S+) ›/g, '$1'],
];

/** A line as words: spoken replacements, no box drawing, single spaces; '' for a blank row. */
export function spokenLine(line: Line): string {
  return spokenMarks(line.map((segment) => segment.spoken ?? segment.text).join(''));
}

/**
 * A drawn row as words: the cursor pointer, link marks, [x]/( ) boxes and ‹ › steppers become
 * words, box drawing goes. For rows drawn as plain Ink text (their aria-label).
 */
export function spokenMarks(drawn: string): string {
  // Box drawing goes first, so a mark after a frame's edge ("│ › 1") is still at the row's start.
  let text = drawn.replace(NBSP, ' ').replace(BOX_DRAWING, ' ');
  for (const [mark, words] of markWords) text = text.replace(mark, words);
  return spokenText(text);
}

/**
 * A footer or help key as words: "↑↓/jk" is "Up/Down or j/k", "←→" is "Left/Right". Keys already
 * named in letters ("PgUp/PgDn", "Enter") are left as they are.
 */
export function spokenKeys(keys: string): string {
  let text = keys.replace(/\/jk$/, ' or j/k').replace(/\s+or\s+/g, ' or ');
  for (const [glyphs, words] of arrowWords) text = text.replace(glyphs, words);
  return text.replace(/ {2,}/g, ' ').trim();
}

/**
 * Running text that names keys or marks in order to explain them (a screen's help): the arrow keys
 * by name, box drawing dropped, and every other mark left as written, since there it is the
 * subject of the sentence ("▸ marks the next step"), not a mark on a row.
 */
export function spokenProse(text: string): string {
  let words = text;
  for (const [glyphs, name] of arrowWords) words = words.replace(glyphs, name);
  return spokenText(words);
}

/** A window of a longer list, said: "Topics 1 to 12 of 18 shown, Up/Down for more." */
export function spokenRange(what: string, first: number, last: number, total: number): string {
  return `${what} ${first} to ${last} of ${total} shown, Up/Down for more.`;
}

/** ASCII art in lessons: rules of 3+ of - = _ + ~, and | at a row's edges. */
const ASCII_RULES = /[-=_+~]{3,}/g;
const EDGE_BARS = /^\s*\|\s?|\s?\|\s*$/g;

/** Plain text with box drawing (and ASCII frames) removed and runs of spaces collapsed. */
export function spokenText(text: string): string {
  return text.replace(BOX_DRAWING, ' ').replace(ASCII_RULES, ' ').replace(EDGE_BARS, '').replace(/ {2,}/g, ' ').trim();
}

/** From this many minutes left the clock adds a warning. */
const LOW_MINUTES = 5;

function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) return part(rest, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}

/**
 * The exam clock for a listener, in whole minutes rounded up. The words change once a minute,
 * and Ink rewrites (so a screen reader re-reads) only output that changed, so the time is
 * announced on each minute rather than on every second's tick. From 5 minutes left the words
 * add a warning, so the 5-minute and last-minute marks are announced with one; in the last
 * minute the text stays put until time is up.
 */
export function spokenClock(remainingMs: number): string {
  if (remainingMs <= 0) return 'Time is up.';
  const minutes = Math.ceil(remainingMs / 60_000);
  if (minutes === 1) return 'Time left: 1 minute or less, time is running low.';
  const words = `Time left: ${minutesText(minutes)}`;
  return minutes <= LOW_MINUTES ? `${words}, time is running low.` : `${words}.`;
}
