// A small strict JSON parser that remembers where every value (and every object key) starts, so
// that errors about a policy can point at a line and column. JSON.parse cannot do that.

import type { SourcePosition } from './types.js';

export interface LocatedJson {
  value: unknown;
  /** JSON pointer -> position of the value. */
  values: Map<string, SourcePosition>;
  /** JSON pointer of a member -> position of its key (the opening quote). */
  keys: Map<string, SourcePosition>;
  /**
   * Keys that appear more than once in the same object, each with the position of the repeat.
   * The parsed value keeps the last one, as JSON.parse does; these record what was dropped.
   */
  duplicates: DuplicateKey[];
}

export interface DuplicateKey {
  /** JSON pointer of the member, e.g. "/Statement/0/Action". */
  path: string;
  key: string;
  /** Where the repeated key starts (its opening quote). */
  line: number;
  column: number;
}

export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; json: LocatedJson } | { ok: false; error: JsonSyntaxError };

// Deep nesting is never a real policy; stopping early keeps fuzzed input from exhausting the stack.
const MAX_DEPTH = 256;

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  const positionOf = (offset: number): SourcePosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };

  const values = new Map<string, SourcePosition>();
  const keys = new Map<string, SourcePosition>();
  const duplicates: DuplicateKey[] = [];
  let pos = 0;

  const describe = (at: number): string => {
    if (at >= text.length) return 'end of input';
    const ch = text[at] ?? '';
    return `character ${JSON.stringify(ch)}`;
  };

  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };

  const parseString = (): string => {
    // pos is at the opening quote
    pos++;
    let out = '';
    let chunkStart = pos;
    while (true) {
      if (pos >= text.length) throw new JsonError('Unterminated string', pos);
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunkStart, pos);
        pos++;
        return out;
      }
      if (c < 32) throw new JsonError('Control character in string', pos);
      if (c === 92) {
        out += text.slice(chunkStart, pos);
        const esc = text[pos + 1];
        switch (esc) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonError('Invalid unicode escape', pos);
            out += String.fromCharCode(Number.parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            throw new JsonError('Invalid escape in string', pos);
        }
        pos += 2;
        chunkStart = pos;
        continue;
      }
      pos++;
    }
  };

  // Sticky, so it scans from pos in the whole text: a number has no length limit in JSON (a
  // 500-digit one was cut at 400 characters and misreported as a missing comma).
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseNumber = (): number | string => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) throw new JsonError(`Unexpected ${describe(pos)}`, pos);
    pos += m[0].length;
    const value = Number(m[0]);
    // A number a double cannot hold as written (20 digits, 1e999) keeps its text: IAM compares
    // condition values as text, and rounding would change the value the policy states.
    return String(value) === m[0] || (Number.isFinite(value) && !/^-?\d{16,}/.test(m[0])) ? value : m[0];
  };

  const parseValue = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new JsonError('Nesting too deep', pos);
    skipWhitespace();
    values.set(path, positionOf(pos));
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      skipWhitespace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      while (true) {
        skipWhitespace();
        if (text[pos] !== '"') throw new JsonError(`Expected a quoted key but found ${describe(pos)}`, pos);
        const keyAt = pos;
        const key = parseString();
        const childPath = `${path}/${escapePointerToken(key)}`;
        const keyPosition = positionOf(keyAt);
        if (Object.hasOwn(obj, key))
          duplicates.push({ path: childPath, key, line: keyPosition.line, column: keyPosition.column });
        keys.set(childPath, keyPosition);
        skipWhitespace();
        if (text[pos] !== ':') throw new JsonError(`Expected ':' after a key but found ${describe(pos)}`, pos);
        pos++;
        const child = parseValue(childPath, depth + 1);
        Object.defineProperty(obj, key, { value: child, enumerable: true, writable: true, configurable: true });
        skipWhitespace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        throw new JsonError(`Expected ',' or '}' but found ${describe(pos)}`, pos);
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      skipWhitespace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      while (true) {
        arr.push(parseValue(`${path}/${arr.length}`, depth + 1));
        skipWhitespace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        throw new JsonError(`Expected ',' or ']' but found ${describe(pos)}`, pos);
      }
    }
    if (c === '"') return parseString();
    if (c === 't' && text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (c === 'f' && text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (c === 'n' && text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    throw new JsonError(`Unexpected ${describe(pos)}`, pos);
  };

  try {
    // A byte-order mark is common in files saved by Windows editors; IAM tooling ignores it too.
    if (text.charCodeAt(0) === 0xfeff) pos = 1;
    const value = parseValue('', 0);
    skipWhitespace();
    if (pos < text.length) throw new JsonError(`Unexpected ${describe(pos)} after the end of the document`, pos);
    return { ok: true, json: { value, values, keys, duplicates } };
  } catch (e) {
    if (e instanceof JsonError) {
      const at = positionOf(Math.min(e.offset, text.length));
      return { ok: false, error: { message: e.message, line: at.line, column: at.column } };
    }
    const at = positionOf(Math.min(pos, text.length));
    return { ok: false, error: { message: 'Unreadable JSON', line: at.line, column: at.column } };
  }
}
