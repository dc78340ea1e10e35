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

export const symbols = {
  pointer: '›',
  check: '✓',
  cross: '✗',
  flag: '⚑',
  bullet: '•',
  rule: '─',
} as const;
