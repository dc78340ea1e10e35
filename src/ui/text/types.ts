// The one line model every screen draws: rows of styled segments, already laid out to a width.
// Styles are semantic (a role, not a terminal colour): src/ui/theme.ts maps roles to colours in one
// table, and with NO_COLOR chalk drops every escape, so anything that matters is also carried by
// characters (rules under headings, ▸ before links, "↓ more below").

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
  /** A web address this text stands for; drawn as an OSC 8 hyperlink where the terminal supports it. */
  href?: string;
}

/** One terminal row. An empty array is a blank line. */
export type StyledLine = Segment[];
