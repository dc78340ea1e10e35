import type { ColorRole } from './text/index.js';

// One place for colours. When NO_COLOR or --no-color is set, chalk runs at level 0 and these
// render as plain text, so every meaning must also be carried by words or symbols.
export const theme = {
  accent: 'cyan',
  muted: 'gray',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  selected: 'cyan',
} as const;

/**
 * Colour roles to terminal colours: the only place a styled line's role becomes a colour. With
 * NO_COLOR chalk prints none of them (nor bold or inverse); the lines already carry every meaning
 * in characters, so nothing is lost but the decoration.
 */
export const roleColors: Record<ColorRole, string | undefined> = {
  heading: theme.accent,
  accent: theme.accent,
  link: theme.accent,
  code: 'yellow',
  muted: theme.muted,
  good: theme.good,
  bad: theme.bad,
  warn: theme.warn,
  keyword: 'magenta',
  string: 'green',
  number: 'yellow',
  literal: 'yellow',
  comment: 'gray',
  property: 'cyan',
  function: 'blue',
  variable: 'yellow',
  flag: 'cyan',
  command: undefined,
  punctuation: undefined,
};

/** A terminal colour from `theme`; spans may still carry one until SandboxPlay moves to roles. */
export type ThemeColor = (typeof theme)[keyof typeof theme];

/** The terminal colour for a span's colour: a role through the table, a legacy theme colour as is. */
export function colorOf(color: ColorRole | ThemeColor | undefined): string | undefined {
  if (color === undefined) return undefined;
  return color in roleColors ? roleColors[color as ColorRole] : color;
}

export const symbols = {
  pointer: '›',
  check: '✓',
  cross: '✗',
  flag: '⚑',
  bullet: '•',
  rule: '─',
} as const;

/**
 * Whether chalk draws any style (colour, bold, underline) in this environment: not with
 * FORCE_COLOR=0, which cli/color.ts sets for NO_COLOR and --no-color before chalk loads, nor for
 * TERM=dumb unless colour is forced (chalk's supports-color decides the same way). Where it draws
 * none, a mark that matters must be a character.
 */
export function stylesShown(env: Readonly<Record<string, string | undefined>>): boolean {
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return env.TERM !== 'dumb';
}
