// Reading a file that someone else made (a workshop pack's lessons, an attendee's result file)
// without letting it hang or exhaust the tutor. The file's type is checked with lstat BEFORE it
// is opened: opening a FIFO blocks until a writer appears (the TUI hung for good that way), and a
// symbolic link to /dev/zero never ends (memory grew about 1 GB/s until the process died). The
// size is capped before a byte is read, the open uses O_NOFOLLOW and O_NONBLOCK so a file swapped
// for a link or a FIFO after the check still cannot block or escape, and fstat re-checks what was
// actually opened. The bytes must be UTF-8; a BOM is dropped.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

/**
 * A progress file made elsewhere (an import, an attendee's result): about 200 bytes per answer,
 * so a workshop's few hundred answers are tens of KB and a year of daily practice (10 000
 * answers) about 2 MB; the audit's 100 MB store held 470 000 answers. 128 MB leaves room for
 * that and still refuses a multi-GB file before reading it.
 */
export const MAX_PROGRESS_FILE_BYTES = 128 * 1024 * 1024;

export interface ReadLimits {
  /** Files larger than this are refused unread. */
  maxBytes: number;
  /**
   * Follow a symbolic link named directly by the user (a result file on the command line).
   * Files found inside a pack never follow links: a link could leave the pack.
   */
  followSymlink?: boolean;
}

export type FileRead =
  | { ok: true; text: string; bytes: number }
  /** `line` is 1 unless the problem has a better place (the first byte that is not UTF-8). */
  | { ok: false; reason: string; line: number };

/** "a FIFO (named pipe)", "a directory"…: what a non-regular file is, for messages. */
export function describeFileType(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The refusal for a non-regular file, shared with directory listings that see the type first. */
export function notRegularReason(kind: string): string {
  return `is ${kind}, not a regular file; only regular files are read`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeReason(bytes: number, maxBytes: number): string {
  return `is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit for one file; it was not read`;
}

// O_NOFOLLOW and O_NONBLOCK are POSIX; on Windows they are undefined and count as 0.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function readUntrustedFile(path: string, limits: ReadLimits): FileRead {
  const refuse = (reason: string, line = 1): FileRead => ({ ok: false, reason, line });
  let stats: Stats;
  try {
    stats = lstatSync(path);
    if (stats.isSymbolicLink() && limits.followSymlink === true) stats = statSync(path);
  } catch (error) {
    return refuse(systemReason(error));
  }
  if (!stats.isFile()) return refuse(notRegularReason(describeFileType(stats)));
  if (stats.size > limits.maxBytes) return refuse(tooLargeReason(stats.size, limits.maxBytes));
  let fd: number;
  try {
    fd = openSync(path, limits.followSymlink === true ? OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
  } catch (error) {
    return refuse(systemReason(error));
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refuse(notRegularReason(describeFileType(opened)));
    if (opened.size > limits.maxBytes) return refuse(tooLargeReason(opened.size, limits.maxBytes));
    // One byte more than the cap shows a file that grew after fstat.
    const buffer = Buffer.alloc(Math.min(opened.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) return refuse(`grew past the ${formatBytes(limits.maxBytes)} limit while read`);
    }
    return decodeUtf8(buffer.subarray(0, length));
  } catch (error) {
    return refuse(systemReason(error));
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text without its BOM, or the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): FileRead {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, bytes: bytes.length };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    const line = bad < 0 ? 1 : lenient.slice(0, bad).split('\n').length;
    return { ok: false, reason: 'is not UTF-8 text (save it as UTF-8)', line };
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return notRegularReason('a symbolic link');
    case 'EISDIR':
      return notRegularReason('a directory');
    case 'EAGAIN':
      return notRegularReason('not a regular file');
    default:
      return `cannot be read (${code ?? (error as Error).message})`;
  }
}
