// Status line: the bottom row of a screen, a message (error, note, y/n question) when there is one,
// otherwise what to do next. Wraps messages up to five rows through the text kit.
export { type Message, StatusLine, statusRows } from './StatusLine.js';
