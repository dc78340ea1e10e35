// Shell (sh, bash, AWS CLI examples): the command word, --flags, $VARIABLES, quoted strings and
// comments. Quotes and backslash continuations carry over to the next line.
import type { ColorRole, Segment, StyledLine } from '../types.js';

const SPECIAL = /[\s'"$|;&()`\\]/;

export function highlightShell(code: string): StyledLine[] {
  let openQuote: string | undefined;
  let continued = false;
  return code.split('\n').map((line) => {
    const out: Segment[] = [];
    const push = (text: string, color?: ColorRole) => {
      if (text !== '') out.push(color === undefined ? { text } : { text, color });
    };
    let i = 0;
    let commandStart = !continued && openQuote === undefined;
    if (openQuote !== undefined) {
      const close = findClose(line, 0, openQuote);
      push(line.slice(0, close.end), 'string');
      i = close.end;
      if (!close.closed) return out;
      openQuote = undefined;
    }
    while (i < line.length) {
      const rest = line.slice(i);
      const ch = line[i]!;
      if (/\s/.test(ch)) {
        const ws = /^\s+/.exec(rest)![0];
        push(ws);
        i += ws.length;
      } else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
        push(rest, 'comment');
        i = line.length;
      } else if (ch === "'" || ch === '"') {
        const close = findClose(line, i + 1, ch);
        push(line.slice(i, close.end), 'string');
        if (!close.closed) openQuote = ch;
        i = close.end;
        commandStart = false;
      } else if (rest.startsWith('$(')) {
        push('$(', 'variable');
        i += 2;
        commandStart = true;
      } else if (ch === '$') {
        const variable = /^\$(\{[^}]*\}?|[A-Za-z_][A-Za-z0-9_]*|[0-9@#?*!$-])?/.exec(rest)![0];
        push(variable, 'variable');
        i += variable.length;
        commandStart = false;
      } else if (ch === '\\' && i === line.length - 1) {
        push('\\', 'punctuation');
        i += 1;
      } else if (/[|;&()`]/.test(ch)) {
        const op = /^(\|\||&&|[|;&()`])/.exec(rest)![0];
        push(op, 'punctuation');
        i += op.length;
        commandStart = op !== ')';
      } else {
        let end = i;
        while (end < line.length && !SPECIAL.test(line[end]!)) end += 1;
        if (end === i) end = i + 1;
        const word = line.slice(i, end);
        const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word);
        if (commandStart && assignment) {
          push(assignment[0], 'variable');
          push(word.slice(assignment[0].length));
        } else if (commandStart) {
          push(word, 'command');
          commandStart = false;
        } else if (word.startsWith('-')) {
          push(word, 'flag');
        } else {
          push(word);
        }
        i = end;
      }
    }
    continued = openQuote !== undefined || line.endsWith('\\');
    return out;
  });
}

/** Where the quoted text ends: just past the closing quote, or the line's end if it stays open. */
function findClose(line: string, from: number, quote: string): { end: number; closed: boolean } {
  for (let i = from; i < line.length; i += 1) {
    if (quote === '"' && line[i] === '\\') {
      i += 1;
      continue;
    }
    if (line[i] === quote) return { end: i + 1, closed: true };
  }
  return { end: line.length, closed: false };
}
