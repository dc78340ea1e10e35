// The renderer's output: lines of styled segments, already wrapped to a width, so a screen can
// page through them by counting lines. Styles are semantic (a role, not a terminal colour): the
// Ink component that draws them decides the colours, and with NO_COLOR chalk drops every escape,
// so anything that matters is also carried by characters (rules under headings, ▸ before links).

/** What a piece of text is, for colouring. Prose roles first, then code token roles. */
export type ColorRole =
  | 'heading'
  | 'accent'
  | 'link'
  | 'code'
  | 'muted'
  | 'good'
  | 'bad'
  | 'warn'
  | 'keyword'
  | 'string'
  | 'number'
  | 'literal'
  | 'comment'
  | 'property'
  | 'function'
  | 'variable'
  | 'flag'
  | 'command'
  | 'punctuation';

export interface Segment {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: ColorRole;
  dim?: boolean;
  underline?: boolean;
  inverse?: boolean;
  /** Index into the rendered `links` when this text belongs to an internal link. */
  link?: number;
}

/** One terminal row. An empty array is a blank line. */
export type StyledLine = Segment[];

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
