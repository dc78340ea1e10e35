import { describe, expect, it } from 'vitest';
import { inkKey as key } from '../../helpers/inkKey.js';
import type { Key } from '../../../src/ui/shell/keys.js';
import {
  applyEdits,
  emptyField,
  type FieldRules,
  fieldKey,
  fieldOf,
  fieldReduce,
  fieldWindow,
  type TextField,
} from '../../../src/ui/widgets/text-field/index.js';

/** Types keys into a field the way a screen does; returns the field and whether it was submitted. */
function type(field: TextField, keys: [string, Key][], rules: FieldRules = {}) {
  let submitted = false;
  let cancelled = false;
  for (const [input, k] of keys) {
    const result = fieldKey(input, k);
    if (result === null) continue;
    if ('cancel' in result) {
      cancelled = true;
      break;
    }
    field = applyEdits(field, result.edits, rules);
    if (result.submit) {
      submitted = true;
      break;
    }
  }
  return { field, submitted, cancelled };
}

describe('text field model', () => {
  it('inserts at the cursor, and moves with ←/→, Home/End and Ctrl+A/E', () => {
    let f = fieldReduce(emptyField, { type: 'insert', text: 'helo' });
    expect(f).toEqual({ value: 'helo', cursor: 4 });
    f = fieldReduce(f, { type: 'left' });
    f = fieldReduce(f, { type: 'insert', text: 'l' });
    expect(f).toEqual({ value: 'hello', cursor: 4 });
    expect(type(f, [['', key({ home: true })]]).field.cursor).toBe(0);
    expect(type(f, [['a', key({ ctrl: true })]]).field.cursor).toBe(0);
    expect(type({ value: 'hello', cursor: 0 }, [['e', key({ ctrl: true })]]).field.cursor).toBe(5);
    expect(fieldReduce({ value: 'ab', cursor: 0 }, { type: 'left' }).cursor).toBe(0);
    expect(fieldReduce({ value: 'ab', cursor: 2 }, { type: 'right' }).cursor).toBe(2);
  });

  it('Backspace (BS or DEL, which Ink reports as delete) removes before the cursor; Ctrl+D after it', () => {
    const f = { value: 'abcd', cursor: 2 };
    expect(type(f, [['', key({ backspace: true })]]).field).toEqual({ value: 'acd', cursor: 1 });
    expect(type(f, [['', key({ delete: true })]]).field).toEqual({ value: 'acd', cursor: 1 });
    expect(type(f, [['d', key({ ctrl: true })]]).field).toEqual({ value: 'abd', cursor: 2 });
    expect(fieldReduce({ value: 'ab', cursor: 0 }, { type: 'backspace' })).toEqual({ value: 'ab', cursor: 0 });
    expect(fieldReduce({ value: 'ab', cursor: 2 }, { type: 'delete' })).toEqual({ value: 'ab', cursor: 2 });
  });

  it('Ctrl+K cuts to the end, Ctrl+U to the start', () => {
    const f = { value: 'role-name', cursor: 4 };
    expect(type(f, [['k', key({ ctrl: true })]]).field).toEqual({ value: 'role', cursor: 4 });
    expect(type(f, [['u', key({ ctrl: true })]]).field).toEqual({ value: '-name', cursor: 0 });
  });

  it('applies a run of characters in one read in order: text, backspaces, then Enter submits', () => {
    const run = type(emptyField, [['2026-12-3x\x7f1\r', key()]]);
    expect(run).toMatchObject({ field: { value: '2026-12-31', cursor: 10 }, submitted: true });
    const rest = type(emptyField, [['ab\rcd', key()]]);
    expect(rest).toMatchObject({ field: { value: 'ab' }, submitted: true });
    expect(type({ value: 'ac', cursor: 1 }, [['b', key()]]).field).toEqual({ value: 'abc', cursor: 2 });
    // Ctrl+E Backspace 1 Enter in one read, from the middle of the value: the end, then the edit.
    const mid = type({ value: '2026-12-30', cursor: 7 }, [['\x05\x7f1\r', key()]]);
    expect(mid).toMatchObject({ field: { value: '2026-12-31' }, submitted: true });
    expect(type({ value: 'abc', cursor: 3 }, [['\x01x\x15y', key()]]).field).toEqual({ value: 'yabc', cursor: 1 });
  });

  it('never takes a control character or an escape sequence into the value', () => {
    const pasted = 'a\x1b[31mred\x1b[0m\x07b\x1b]52;c;aGk=\x07c\u202ed\x9b2Je\u2028f\tg';
    const { field } = type(emptyField, [[pasted, key()]]);
    expect(field.value).toBe('aredbcdefg');
    for (const char of field.value) expect(char.codePointAt(0)).toBeGreaterThanOrEqual(0x20);
    expect(fieldOf('x\x1b[2Jy\u0000z').value).toBe('xyz');
    expect(fieldReduce(emptyField, { type: 'insert', text: '\x1b\x7f\x01' })).toBe(emptyField);
  });

  it('keys that are not the field’s (↑↓, Tab, PgUp, other Ctrl or Alt keys) are left to the screen', () => {
    expect(fieldKey('', key({ upArrow: true }))).toBeNull();
    expect(fieldKey('', key({ tab: true }))).toBeNull();
    expect(fieldKey('', key({ pageDown: true }))).toBeNull();
    expect(fieldKey('x', key({ ctrl: true }))).toBeNull();
    expect(fieldKey('b', key({ meta: true }))).toBeNull();
    expect(fieldKey('', key({ escape: true }))).toEqual({ cancel: true });
    expect(fieldKey('\x02', key())).toBeNull();
  });

  it('keeps to its rules: a date field takes digits and dashes up to 10, a paste cut at the limit', () => {
    const date: FieldRules = { maxLength: 10, accept: (c) => /[0-9-]/.test(c) };
    const { field } = type(emptyField, [['q?2026-12-31 and more9', key()]], date);
    expect(field).toEqual({ value: '2026-12-31', cursor: 10 });
    expect(fieldOf('2026-12-31T00:00', date).value).toBe('2026-12-31');
  });

  it('counts characters, not UTF-16 units: an emoji is one step of the cursor', () => {
    const f = fieldOf('a😀b');
    expect(f.cursor).toBe(3);
    expect(fieldReduce(fieldReduce(f, { type: 'left' }), { type: 'backspace' })).toEqual({ value: 'ab', cursor: 1 });
  });

  it('shows the part around the cursor when the value is wider than the view', () => {
    const f = { value: 'abcdefghij', cursor: 10 };
    expect(fieldWindow(f, 4)).toEqual({ before: 'hij', at: '', after: '' });
    expect(fieldWindow({ ...f, cursor: 0 }, 4)).toEqual({ before: '', at: 'a', after: 'bcd' });
    expect(fieldWindow({ ...f, cursor: 5 }, 20)).toEqual({ before: 'abcde', at: 'f', after: 'ghij' });
  });
});
