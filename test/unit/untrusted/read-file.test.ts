import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUntrustedFile } from '../../../src/untrusted/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readUntrustedFile', () => {
  it('reads a regular UTF-8 file and drops its BOM', () => {
    expect(readUntrustedFile(file('bom.txt', '\uFEFFhello'), { maxBytes: 100 })).toEqual({
      ok: true,
      text: 'hello',
      bytes: 8,
    });
  });

  it('refuses a file over the cap from its size, and names both sizes', () => {
    expect(readUntrustedFile(file('big.txt', 'x'.repeat(3000)), { maxBytes: 2048 })).toEqual({
      ok: false,
      reason: 'is 3 KB, over the 2 KB limit for one file; it was not read',
      line: 1,
    });
  });

  it('gives the line of the first byte that is not UTF-8', () => {
    const bad = file('bad.txt', Buffer.concat([Buffer.from('a\nb\n'), Buffer.from([0xc3, 0x28])]));
    expect(readUntrustedFile(bad, { maxBytes: 100 })).toEqual({
      ok: false,
      reason: 'is not UTF-8 text (save it as UTF-8)',
      line: 3,
    });
  });

  it('refuses links unless told to follow them, then checks what they point to', () => {
    const target = file('target.txt', 'inside');
    const link = join(dir, 'link.txt');
    symlinkSync(target, link);
    expect(readUntrustedFile(link, { maxBytes: 100 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^is a symbolic link/),
    });
    expect(readUntrustedFile(link, { maxBytes: 100, followSymlink: true })).toMatchObject({ ok: true, text: 'inside' });
    const zero = join(dir, 'zero');
    symlinkSync('/dev/zero', zero);
    expect(readUntrustedFile(zero, { maxBytes: 100, followSymlink: true })).toMatchObject({
      ok: false,
      reason: 'is a device, not a regular file; only regular files are read',
    });
  });

  it('refuses a directory and a missing file with a short reason', () => {
    mkdirSync(join(dir, 'sub'));
    expect(readUntrustedFile(join(dir, 'sub'), { maxBytes: 100 })).toMatchObject({
      reason: expect.stringMatching(/^is a directory/),
    });
    expect(readUntrustedFile(join(dir, 'none'), { maxBytes: 100 })).toMatchObject({ reason: 'no such file' });
  });
});
