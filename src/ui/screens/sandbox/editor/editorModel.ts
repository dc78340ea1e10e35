// A multi-line text editor as a pure model: lines, a cursor, the first line shown. The policy
// editor uses it; a paste arrives as one insert with its line breaks.

export interface EditorState {
  /** The file being edited (file://NAME once saved). */
  name: string;
  lines: string[];
  row: number;
  col: number;
  /** The first line shown. */
  top: number;
  /** Changed since it was opened or last saved. */
  dirty: boolean;
}

export type EditorAction =
  | { type: 'insert'; text: string }
  | { type: 'newline' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'move'; rows?: number; cols?: number }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'saved' }
  /** The whole text, as the learner's own editor saved it. */
  | { type: 'replace'; text: string };

export function openEditor(name: string, text: string): EditorState {
  return { name, lines: text.split(/\r?\n/), row: 0, col: 0, top: 0, dirty: false };
}

export const editorText = (e: EditorState) => e.lines.join('\n');

const TAB = '  ';

function insertText(e: EditorState, text: string): EditorState {
  // Tabs become two spaces (policy JSON's usual indent); other control characters are dropped.
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, TAB)
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
  const line = e.lines[e.row]!;
  const pieces = `${line.slice(0, e.col)}${clean}${line.slice(e.col)}`.split('\n');
  const last = pieces.length - 1;
  const tail = line.length - e.col;
  const lines = [...e.lines.slice(0, e.row), ...pieces, ...e.lines.slice(e.row + 1)];
  return { ...e, lines, row: e.row + last, col: pieces[last]!.length - tail, dirty: true };
}

export function editorReduce(e: EditorState, action: EditorAction): EditorState {
  const line = e.lines[e.row]!;
  switch (action.type) {
    case 'insert':
      return insertText(e, action.text);
    case 'newline': {
      // Keep the indentation of the line the cursor was on.
      const indent = /^\s*/.exec(line)![0];
      return insertText(e, `\n${indent}`);
    }
    case 'backspace': {
      if (e.col > 0) {
        const lines = [...e.lines];
        lines[e.row] = line.slice(0, e.col - 1) + line.slice(e.col);
        return { ...e, lines, col: e.col - 1, dirty: true };
      }
      if (e.row === 0) return e;
      const above = e.lines[e.row - 1]!;
      const lines = [...e.lines.slice(0, e.row - 1), above + line, ...e.lines.slice(e.row + 1)];
      return { ...e, lines, row: e.row - 1, col: above.length, dirty: true };
    }
    case 'delete': {
      if (e.col < line.length) {
        const lines = [...e.lines];
        lines[e.row] = line.slice(0, e.col) + line.slice(e.col + 1);
        return { ...e, lines, dirty: true };
      }
      if (e.row === e.lines.length - 1) return e;
      const lines = [...e.lines.slice(0, e.row), line + e.lines[e.row + 1]!, ...e.lines.slice(e.row + 2)];
      return { ...e, lines, dirty: true };
    }
    case 'move': {
      if (action.cols) {
        // Left at the start of a line goes to the end of the one above, and right the other way.
        const col = e.col + action.cols;
        if (col < 0) return e.row === 0 ? e : { ...e, row: e.row - 1, col: e.lines[e.row - 1]!.length };
        if (col > line.length) return e.row === e.lines.length - 1 ? e : { ...e, row: e.row + 1, col: 0 };
        return { ...e, col };
      }
      const row = Math.min(e.lines.length - 1, Math.max(0, e.row + (action.rows ?? 0)));
      return { ...e, row, col: Math.min(e.col, e.lines[row]!.length) };
    }
    case 'home':
      return { ...e, col: 0 };
    case 'end':
      return { ...e, col: line.length };
    case 'saved':
      return { ...e, dirty: false };
    case 'replace': {
      if (action.text === editorText(e)) return e;
      const lines = action.text.split(/\r?\n/);
      const row = Math.min(e.row, lines.length - 1);
      return { ...e, lines, row, col: Math.min(e.col, lines[row]!.length), dirty: true };
    }
  }
}

/** The first line to show so the cursor's line is in a window of `height` lines. */
export function editorTop(e: EditorState, height: number): number {
  const h = Math.max(1, height);
  if (e.row < e.top) return e.row;
  if (e.row >= e.top + h) return e.row - h + 1;
  return Math.min(e.top, Math.max(0, e.lines.length - h));
}
