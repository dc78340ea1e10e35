import { describe, expect, it } from 'vitest';
import { cleanJsonStrings } from '../../../src/untrusted/clean-json.js';
import { inertJson, markdownCell, markdownText } from '../../../src/untrusted/formats.js';
import { ownEntry } from '../../../src/untrusted/own-entry.js';

describe('cleanJsonStrings', () => {
  it('cleans values and keys at any depth, keeping line feeds and tabs', () => {
    const data = JSON.parse('{"a\\u001b":{"list":["x\\u009by","keep\\n\\tthis"]},"__proto__":{"b":"\\u0007"}}');
    expect(cleanJsonStrings(data)).toBe(3);
    expect(Object.keys(data)).toEqual(['__proto__', 'a␛']);
    expect(data['a␛'].list).toEqual(['x<U+009B>y', 'keep\n\tthis']);
    // __proto__ stays an ordinary own key, and nothing reached Object.prototype.
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });

  it('walks 100 000 levels without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u001b"${']'.repeat(100_000)}`);
    expect(cleanJsonStrings(deep)).toBe(1);
  });
});

describe('Markdown escaping and own-key lookups', () => {
  it('keeps a title on one line, with HTML inert and pipes escaped in cells', () => {
    expect(markdownText('a\n# b <img src=x>')).toBe('a # b &lt;img src=x&gt;');
    expect(markdownCell('x|y\r\nz')).toBe('x\\|y z');
  });

  it('escapes C1 controls and bidi overrides in JSON text, which still parses to the same value', () => {
    const value = { id: 'a\u009b2Jb\u202ec\u2028' };
    const text = inertJson(JSON.stringify(value));
    expect(text).toBe('{"id":"a\\u009b2Jb\\u202ec\\u2028"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('does not see inherited keys', () => {
    const record: Record<string, number> = { own: 1 };
    expect(ownEntry(record, 'own')).toBe(1);
    expect(ownEntry(record, 'constructor')).toBeUndefined();
    expect(ownEntry(record, 'toString')).toBeUndefined();
  });
});
