// Which files of a content directory are read, and how much of them. Content and packs are read
// only from regular files directly inside their lessons/ or quizzes/ directory: a symbolic link is
// refused even when it points inside the pack (deciding "inside" needs realpath games that a
// crafted tree can race, and no shipped or example pack uses links), and FIFOs, sockets and
// devices are refused from the directory listing's type, before anything opens them.
//
// Caps, from the sizes measured on the shipped content (2026-12): the largest file is
// quizzes/permission-policies.yaml at 32 KB, all 26 shipped files together are 560 KB, and the
// shipped workshop pack (instance-profiles-101) is 32 KB. A file may be 1 MB (30x the largest),
// one content directory pair (a pack's lessons/ and quizzes/) 16 MB (about 28x the whole shipped
// curriculum), and 2000 files. A 50 MB file is refused from its size alone, unread and unparsed.
import { type Dirent, lstatSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeFileType, notRegularReason } from '../untrusted/read-file.js';
import type { ContentProblem } from './types.js';

export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;
export const MAX_CONTENT_PACK_BYTES = 16 * 1024 * 1024;
export const MAX_CONTENT_FILES = 2000;

export interface ContentListing {
  /** Regular files with a content extension, sorted by name. */
  files: string[];
  /** Entries that look like content but are not regular files, and an over-full directory. */
  problems: ContentProblem[];
}

export interface ListOptions {
  /** The shipped content may sit behind a linked directory (a development checkout). */
  allowLinkedDir?: boolean;
}

/** Content files in `dir`; undefined when the directory does not exist. */
export function listContentFiles(
  dir: string,
  extensions: readonly string[],
  options: ListOptions = {},
): ContentListing | undefined {
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) return undefined;
  const problems: ContentProblem[] = [];
  const refuse = (file: string, message: string) => problems.push({ file, line: 1, message, severity: 'error' });
  if (stats.isSymbolicLink() && options.allowLinkedDir !== true) {
    refuse(dir, `${notRegularReason('a symbolic link')} (a pack's lessons/ and quizzes/ must be real directories)`);
    return { files: [], problems };
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!extensions.includes(extname(entry.name).toLowerCase())) continue;
    // A README in a lessons directory describes the directory; it is not a lesson.
    if (entry.name.toLowerCase() === 'readme.md') continue;
    const path = join(dir, entry.name);
    const kind = entryType(entry, path);
    if (kind === 'file') files.push(path);
    else refuse(path, notRegularReason(kind));
  }
  files.sort();
  if (files.length > MAX_CONTENT_FILES) {
    refuse(dir, `holds ${files.length} content files, over the limit of ${MAX_CONTENT_FILES}; none of them were read`);
    return { files: [], problems };
  }
  return { files, problems: problems.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/** 'file' for a regular file, else what it is ("a FIFO (named pipe)"…). */
function entryType(entry: Dirent, path: string): string {
  if (entry.isFile()) return 'file';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  // Some file systems do not report types in listings: ask lstat (never open).
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats?.isFile()) return 'file';
  return stats ? describeFileType(stats) : 'not a regular file';
}
