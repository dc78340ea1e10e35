// Replacing the progress file so that a reader, a crash or kill -9 sees either the old file or
// the new one, never a mix. We do not use conf's writer for this: it goes through the
// `atomically` package, which makes a single write() call and ignores a short count. When the
// disk fills (or a file-size limit is hit) write() first stores what fits and returns a short
// count, so atomically renamed a truncated file over the good one (measured here with
// `ulimit -f`). fs.writeSync in a loop until all bytes are written, then fsync, then rename.
import fs from 'node:fs';
import path from 'node:path';
import { sleepSync } from './sleep-sync.js';

/** Temp files are `<file>.tmp-<pid>-<n>`; under the lock any such file is a leftover. */
export function isTempFileOf(fileName: string, candidate: string): boolean {
  return candidate.startsWith(`${fileName}.tmp-`);
}

let counter = 0;

/** Writes every byte: write() may store only part of them (a full disk) and say so in its count. */
export function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
}

function renameWithRetry(from: string, to: string): void {
  // Windows refuses a rename while another program (a virus scanner, an editor) has the target
  // open; that passes in milliseconds.
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (process.platform !== 'win32' || attempt >= 10 || !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? ''))
        throw error;
      sleepSync(attempt * 10);
    }
  }
}

export function syncDirectory(dir: string): void {
  // Makes the rename itself durable across a power cut. Not possible on every platform.
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory; the rename is still atomic.
  }
}

export function writeFileAtomic(filePath: string, text: string): void {
  const temp = `${filePath}.tmp-${process.pid}-${counter++}`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'w');
    writeAll(fd, Buffer.from(text, 'utf8'));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    renameWithRetry(temp, filePath);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
  syncDirectory(path.dirname(filePath));
}
