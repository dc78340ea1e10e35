// A fast path in front of string-width, put there by scripts/build.mjs for every copy of
// string-width in the bundle (Ink's own measuring and wrapping included).
//
// string-width splits any non-ASCII text into graphemes and tests each one against the
// \p{RGI_Emoji} regular expression and the East Asian Width tables: about 0.5 ms of CPU for one
// 50-column rule of ─. The home screen's first frame measured 82 calls and ~20 ms of CPU in it,
// nearly all for the tutor's own separators, arrows and dots (· ─ ↑ ↓ … ✓ ▸ █).
//
// Text made only of the characters below (with SGR colour codes around them) is one column per
// character in both string-width versions bundled (7.2 under wrap-ansi, 8.3 for the rest), and no
// two of them join into one grapheme; test/unit/build/narrow-width.test.ts checks every one of
// them against both versions. Anything else returns undefined and string-width measures it.
// Left out on purpose: soft hyphen and bidi controls (zero width), and © ® ‼ ⁉ ↔ ↕ ↖-↙ ↩ ↪ ▪ ▫ ▶ ◀
// ◻-◾, which the two versions disagree on or count as emoji.
const NARROW_TEXT = new RegExp(
  '^[' +
    '\\u0020-\\u007E' + // printable ASCII
    '\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u02FF' + // Latin-1 and Latin Extended, spacing modifiers
    '\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E' + // dashes, quotes, … • ‹ ›
    '\\u2190-\\u2193\\u219A-\\u21A8\\u21AB-\\u21FF' + // arrows
    '\\u2500-\\u25A9\\u25AC-\\u25B5\\u25B7-\\u25BF\\u25C1-\\u25FA' + // box drawing, blocks, shapes
    '\\u2691\\u2713\\u2717' + // ⚑ ✓ ✗
    ']*$',
);

// Colour and style codes (SGR) as chalk writes them; string-width strips them the same way.
const SGR = /\u001B\[[0-9;]*m/g;

/** The width of `input` when the fast path can tell it exactly, else undefined. */
export function narrowWidth(input, options) {
  if (typeof input !== 'string') return undefined;
  // Ambiguous-width characters (─, ·, …) count two when asked to; counted escape codes differ too.
  if (options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes === true) return undefined;
  const text = input.includes('\u001B') ? input.replace(SGR, '') : input;
  return NARROW_TEXT.test(text) ? text.length : undefined;
}
