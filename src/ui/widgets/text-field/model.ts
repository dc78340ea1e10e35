// A one-line text field as pure functions: the value, a cursor between characters, and what each
// key does to them. No React and no input of its own: a screen asks the shell for whole runs of
// text (`wantsText`), passes each key through fieldKey, and keeps the field in its model.
//
// A run of several characters in one read (a paste, tmux send-keys, fast typing) is applied one
// character at a time, in order: a backspace inside the run deletes the character typed before
// it, and a line break submits what came before it. Nothing that could drive the terminal gets
// into the value: escape sequences (bracketed-paste markers, arrows inside a paste) are dropped
// whole, and C0/C1 control characters, DEL, line separators and bidi overrides are dropped.
import type { Key } from '../../shell/keys.js';
import { textWidth } from '../../text/index.js';

export interface TextField {
  value: string;
  /** Characters (code points) before the cursor: 0 is before the first, value length after the last. */
  cursor: number;
}

export interface FieldRules {
  /** Most characters the value may hold; typing past it is ignored. */
  maxLength?: number;
  /** Characters the field takes (digits and '-' for a date); others are dropped. */
  accept?: (char: string) => boolean;
}

export type FieldEdit =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  /** Ctrl+K: from the cursor to the end. */
  | { type: 'killEnd' }
  /** Ctrl+U: from the start to the cursor. */
  | { type: 'killStart' };

/** What one key means to a field: edits in order, then maybe submit; cancel; or not the field's key. */
export type FieldKey = { edits: FieldEdit[]; submit: boolean } | { cancel: true } | null;

export const emptyField: TextField = { value: '', cursor: 0 };

/** A field holding `value` with the cursor at its end (how an edit of a saved value starts). */
export function fieldOf(value: string, rules: FieldRules = {}): TextField {
  const chars = [...sanitise(value, rules)].slice(0, rules.maxLength ?? Number.POSITIVE_INFINITY);
  return { value: chars.join(''), cursor: chars.length };
}

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** True for a character that may sit in a value: no control, DEL, C1, line separator or bidi override. */
export function isPlainChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return false;
  if (code === 0x2028 || code === 0x2029) return false;
  return !BIDI.test(char);
}

/** The characters of a text the field would take, escape sequences and control characters dropped. */
function sanitise(text: string, rules: FieldRules): string {
  return [...stripEscapes(text)].filter((char) => isPlainChar(char) && (rules.accept?.(char) ?? true)).join('');
}

// CSI (ESC [ … final), SS3 (ESC O x), OSC/DCS/APC strings up to BEL or ESC \, then any lone ESC.
const ESCAPES =
  /\x1b\[[0-9;:?<=>]*[ -/]*[@-~]|\x9b[0-9;:?<=>]*[ -/]*[@-~]|\x1bO.|\x1b[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b/g;

function stripEscapes(text: string): string {
  return text.replace(ESCAPES, '');
}

export function fieldReduce(field: TextField, edit: FieldEdit, rules: FieldRules = {}): TextField {
  const chars = [...field.value];
  const cursor = Math.min(Math.max(0, field.cursor), chars.length);
  const at = (value: string[], next: number): TextField => ({ value: value.join(''), cursor: next });
  switch (edit.type) {
    case 'insert': {
      const room = (rules.maxLength ?? Number.POSITIVE_INFINITY) - chars.length;
      const added = [...sanitise(edit.text, rules)].slice(0, Math.max(0, room));
      if (added.length === 0) return field;
      return at([...chars.slice(0, cursor), ...added, ...chars.slice(cursor)], cursor + added.length);
    }
    case 'backspace':
      return cursor === 0 ? field : at([...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor - 1);
    case 'delete':
      return cursor >= chars.length ? field : at([...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor);
    case 'left':
      return at(chars, Math.max(0, cursor - 1));
    case 'right':
      return at(chars, Math.min(chars.length, cursor + 1));
    case 'home':
      return at(chars, 0);
    case 'end':
      return at(chars, chars.length);
    case 'killEnd':
      return at(chars.slice(0, cursor), cursor);
    case 'killStart':
      return at(chars.slice(cursor), 0);
  }
}

/**
 * What a key does to a field. Enter submits and Esc cancels; ←/→, Home/End (and Ctrl+A/E) move;
 * Backspace deletes before the cursor (Ink reports the usual Backspace byte, DEL, as `delete`, so
 * both act so), Ctrl+D after it; Ctrl+K and Ctrl+U cut to the end or the start. ↑↓, Tab, PgUp/PgDn
 * and other Ctrl or Alt keys are not the field's (null), so a screen may give them other meanings.
 */
export function fieldKey(input: string, key: Key): FieldKey {
  if (key.return) return { edits: [], submit: true };
  if (key.escape) return { cancel: true };
  const edit = (one: FieldEdit): FieldKey => ({ edits: [one], submit: false });
  if (key.leftArrow) return edit({ type: 'left' });
  if (key.rightArrow) return edit({ type: 'right' });
  if (key.home) return edit({ type: 'home' });
  if (key.end) return edit({ type: 'end' });
  if (key.backspace || key.delete) return edit({ type: 'backspace' });
  if (key.ctrl) {
    const byLetter: Record<string, FieldEdit> = {
      a: { type: 'home' },
      e: { type: 'end' },
      d: { type: 'delete' },
      k: { type: 'killEnd' },
      u: { type: 'killStart' },
      h: { type: 'backspace' },
    };
    const mapped = byLetter[input];
    return mapped === undefined ? null : edit(mapped);
  }
  if (key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return null;
  return textRun(input);
}

/**
 * Editing keys that arrive as raw bytes inside a run (tmux send-keys "C-e BSpace 1 Enter" is one
 * read): DEL and BS delete before the cursor, Ctrl+A/E/D/K/U act as they do on their own. Measured:
 * without this, Ctrl+E in such a run was dropped and the next Backspace hit the wrong character.
 */
const inRun: Record<string, FieldEdit> = {
  '\x7f': { type: 'backspace' },
  '\b': { type: 'backspace' },
  '\x01': { type: 'home' },
  '\x05': { type: 'end' },
  '\x04': { type: 'delete' },
  '\x0b': { type: 'killEnd' },
  '\x15': { type: 'killStart' },
};

/** A run of typed or pasted characters, in order: text, editing keys, and a line break that submits. */
function textRun(input: string): FieldKey {
  const edits: FieldEdit[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') edits.push({ type: 'insert', text });
    text = '';
  };
  for (const char of stripEscapes(input)) {
    if (char === '\r' || char === '\n') {
      flush();
      return { edits, submit: true };
    }
    const control = inRun[char];
    if (control !== undefined) {
      flush();
      edits.push(control);
    } else if (isPlainChar(char)) text += char;
  }
  flush();
  return edits.length === 0 ? null : { edits, submit: false };
}

/** The field after every edit of a key, in order. */
export function applyEdits(field: TextField, edits: readonly FieldEdit[], rules: FieldRules = {}): TextField {
  return edits.reduce((next, edit) => fieldReduce(next, edit, rules), field);
}

/** The part of a field a view of `width` columns shows: text before the cursor, under it, after it. */
export interface FieldWindow {
  before: string;
  /** The character under the cursor, or '' when the cursor is after the last one. */
  at: string;
  after: string;
}

/**
 * Keeps the cursor in view when the value is wider than the view: the window starts just far
 * enough right that the text before the cursor and the cursor cell fit, then runs on while it fits.
 */
export function fieldWindow(field: TextField, width: number): FieldWindow {
  const chars = [...field.value];
  const cursor = Math.min(Math.max(0, field.cursor), chars.length);
  const room = Math.max(1, width);
  const cell = (i: number) => (i < chars.length ? Math.max(1, textWidth(chars[i]!)) : 1);
  let used = cell(cursor);
  let start = cursor;
  while (start > 0 && used + cell(start - 1) <= room) used += cell(--start);
  let end = cursor + 1;
  while (end < chars.length && used + cell(end) <= room) used += cell(end++);
  return {
    before: chars.slice(start, cursor).join(''),
    at: chars[cursor] ?? '',
    after: chars.slice(cursor + 1, Math.max(cursor + 1, end)).join(''),
  };
}

/**
 * A field's value as a screen reader hears it: the text, or "empty"; and the cursor's place when it
 * is not after the last character (its cell is drawn in inverse video, which is no word).
 */
export function spokenField(field: TextField): string {
  const chars = [...field.value];
  if (chars.length === 0) return 'empty';
  const cursor = Math.min(Math.max(0, field.cursor), chars.length);
  if (cursor === chars.length) return field.value;
  const where = cursor === 0 ? 'at the start' : `after “${chars.slice(0, cursor).join('')}”`;
  return `${field.value} (cursor ${where})`;
}
