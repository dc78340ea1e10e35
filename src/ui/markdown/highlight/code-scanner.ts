// A small scanner shared by the C-like and Python-like languages: comments, strings (with
// multi-line forms carried across lines), numbers, keywords, literals and called functions.
import type { ColorRole, Segment, StyledLine } from '../types.js';

export interface LanguageRules {
  lineComment: string;
  blockComment?: [open: string, close: string];
  /** Quote delimiters, longest first; the multi-line ones may span lines. */
  quotes: string[];
  multiLineQuotes: string[];
  keywords: ReadonlySet<string>;
  literals: ReadonlySet<string>;
  /** Letters allowed right before a quote (Python's f"", r"", b""). */
  stringPrefix?: RegExp;
  /** `@name` lines are decorators (Python). */
  decorators?: boolean;
}

type Open = { kind: 'comment'; close: string } | { kind: 'string'; close: string };

const IDENT = /^[A-Za-z_$][\w$]*/;
const NUMBER = /^(0[xX][0-9a-fA-F_]+|\d[\d_]*(\.\d+)?([eE][+-]?\d+)?n?)/;

export function scanCode(code: string, rules: LanguageRules): StyledLine[] {
  let open: Open | undefined;
  return code.split('\n').map((line) => {
    const out: Segment[] = [];
    const push = (text: string, color?: ColorRole) => {
      if (text !== '') out.push(color === undefined ? { text } : { text, color });
    };
    let i = 0;
    if (open !== undefined) {
      const end = findClose(line, 0, open.close, open.kind === 'string');
      push(line.slice(0, end.end), open.kind);
      i = end.end;
      if (!end.closed) return out;
      open = undefined;
    }
    while (i < line.length) {
      const rest = line.slice(i);
      const ch = line[i]!;
      const block = rules.blockComment;
      if (/\s/.test(ch)) {
        const ws = /^\s+/.exec(rest)![0];
        push(ws);
        i += ws.length;
      } else if (rest.startsWith(rules.lineComment)) {
        push(rest, 'comment');
        i = line.length;
      } else if (block && rest.startsWith(block[0])) {
        const end = findClose(line, i + block[0].length, block[1], false);
        push(line.slice(i, end.end), 'comment');
        if (!end.closed) open = { kind: 'comment', close: block[1] };
        i = end.end;
      } else if (rules.quotes.some((q) => rest.startsWith(q))) {
        const quote = rules.quotes.find((q) => rest.startsWith(q))!;
        i = scanString(line, i, quote, push, (close) => {
          if (rules.multiLineQuotes.includes(quote)) open = { kind: 'string', close };
        });
      } else if (/\d/.test(ch) && !/[\w$]/.test(line[i - 1] ?? '')) {
        const number = NUMBER.exec(rest)![0];
        push(number, 'number');
        i += number.length;
      } else if (rules.decorators && ch === '@' && IDENT.test(rest.slice(1))) {
        const name = `@${IDENT.exec(rest.slice(1))![0]}`;
        push(name, 'function');
        i += name.length;
      } else if (IDENT.test(rest)) {
        const word = IDENT.exec(rest)![0];
        const after = line.slice(i + word.length);
        const quote = rules.quotes.find((q) => after.startsWith(q));
        if (quote !== undefined && rules.stringPrefix?.test(word)) {
          push(word, 'string');
          i = scanString(line, i + word.length, quote, push, (close) => {
            if (rules.multiLineQuotes.includes(quote)) open = { kind: 'string', close };
          });
          continue;
        }
        const member = line[i - 1] === '.';
        if (!member && rules.keywords.has(word)) push(word, 'keyword');
        else if (!member && rules.literals.has(word)) push(word, 'literal');
        else if (/^\s*\(/.test(after)) push(word, 'function');
        else push(word);
        i += word.length;
      } else {
        push(ch, 'punctuation');
        i += 1;
      }
    }
    return out;
  });
}

/** Colours one string starting at `from`; reports an unclosed one so it can continue. */
function scanString(
  line: string,
  from: number,
  quote: string,
  push: (text: string, color?: ColorRole) => void,
  onOpen: (close: string) => void,
): number {
  const end = findClose(line, from + quote.length, quote, true);
  push(line.slice(from, end.end), 'string');
  if (!end.closed) onOpen(quote);
  return end.end;
}

function findClose(line: string, from: number, close: string, escapes: boolean): { end: number; closed: boolean } {
  for (let i = from; i < line.length; i += 1) {
    if (escapes && line[i] === '\\') {
      i += 1;
      continue;
    }
    if (line.startsWith(close, i)) return { end: i + close.length, closed: true };
  }
  return { end: line.length, closed: false };
}
