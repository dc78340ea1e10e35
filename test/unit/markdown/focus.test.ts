import { describe, expect, it } from 'vitest';
import { FOCUSED_LINK_MARK, markFocusedLink } from '../../../src/ui/markdown/index.js';
import type { StyledLine } from '../../../src/ui/markdown/index.js';
import { render, text as rawText } from './helpers.js';

/** Plain text with the no-break space after ▸ shown as the space it is drawn as. */
const text = (lines: readonly StyledLine[]) => rawText(lines).map((line) => line.replace(/\u00a0/g, ' '));

describe('the focused link', () => {
  it('trades its ▸ for brackets, keeping the line as wide as it was', () => {
    const out = render('See [the beta lesson](lesson:beta) or [the sandbox](sandbox:x).');
    expect(text(out.lines)).toEqual(['See ▸ the beta lesson or ▸ the sandbox.']);
    const first = markFocusedLink(out.lines, 0, 80);
    expect(text(first)).toEqual(['See [the beta lesson] or ▸ the sandbox.']);
    expect(text(markFocusedLink(out.lines, 1, 80))).toEqual(['See ▸ the beta lesson or [the sandbox].']);
    expect(text(first)[0]!.length).toBe(out.text[0]!.length);
    // The brackets carry the link's index, so the reader still draws them in reverse video.
    expect(first[0]!.filter((segment) => segment.link === 0).map((segment) => segment.text)).toEqual([
      '[',
      'the beta lesson',
      ']',
    ]);
  });

  it('brackets a link across a line break, or marks it ▶ when the closing bracket would not fit', () => {
    const wrapped = render('Read on in [the lesson about trust policies](lesson:trust-policies) next.', 30);
    expect(text(wrapped.lines)).toEqual(['Read on in ▸ the lesson about', 'trust policies next.']);
    expect(text(markFocusedLink(wrapped.lines, 0, 30))).toEqual([
      'Read on in [the lesson about',
      'trust policies] next.',
    ]);
    // "trust policies and roles" fills its 24 columns: no room for a ].
    const full = render('See [the lesson about trust policies and roles](lesson:trust-policies)', 24);
    expect(text(full.lines)).toEqual(['See ▸ the lesson about', 'trust policies and roles']);
    expect(text(markFocusedLink(full.lines, 0, 24))).toEqual([
      `See ${FOCUSED_LINK_MARK.trimEnd()} the lesson about`,
      'trust policies and roles',
    ]);
  });

  it('leaves the lines alone without a focus or when the link is not among them', () => {
    const out = render('See [the beta lesson](lesson:beta).');
    expect(markFocusedLink(out.lines, undefined, 80)).toBe(out.lines);
    expect(markFocusedLink(out.lines, 3, 80)).toBe(out.lines);
  });
});
