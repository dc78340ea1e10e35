// The renderer's output: lines of styled segments, already wrapped to a width, so a screen can
// page through them by counting lines. Styles are semantic (a role, not a terminal colour): the
// Ink component that draws them decides the colours, and with NO_COLOR chalk drops every escape,
// so anything that matters is also carried by characters (rules under headings, ▸ before links).

export type { ColorRole, Segment, StyledLine } from '../text/index.js';
import type { StyledLine, Segment } from '../text/index.js';

export type InternalLinkKind = 'lesson' | 'sandbox' | 'quiz';

/** An internal link the reader can follow (Tab to focus, Enter to open). */
export interface ActionLink {
  kind: InternalLinkKind;
  /** The lesson id, scenario id or question id after the scheme. */
  target: string;
  /** The link text as written. */
  text: string;
  /** 0-based index of the first line the link appears on. */
  line: number;
}

export interface RenderedMarkdown {
  lines: StyledLine[];
  links: ActionLink[];
}

/** Style without text, for runs that share it. */
export type Style = Omit<Segment, 'text'>;
