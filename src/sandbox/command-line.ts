// Typed `aws ...` commands <-> actions.

export { formatCommand, type FormatOptions } from './command-line/format.js';
export { isSandboxCommand, type ParsedCommand, parseCommand, usageOf } from './command-line/parse.js';
export { shellQuote } from './command-line/quote.js';
export { tokenize } from './command-line/tokenize.js';
