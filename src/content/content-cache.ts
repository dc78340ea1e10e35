// A JSON cache of a loaded ContentSet. Parsing the YAML of the whole curriculum costs a few
// hundred milliseconds on a cold start (the yaml and zod code is still being JIT-compiled);
// reading the files, hashing them and parsing one JSON file costs a few milliseconds.
//
// The key hashes everything the result depends on: the directories, every content file's name
// and bytes, the scenario ids, and the size and mtime of the code doing the loading (the bundle
// in production), so a rebuilt tutor never trusts a cache written by an older loader. Content
// hashes rather than mtimes are used because npm normalises mtimes when it installs a package.
//
// The key reads only what the loader reads (regular files, lstat-checked and size-capped: a FIFO
// or a link to /dev/zero named lessons/x.md once hung or exhausted the TUI right here). The cache
// is optional: it is written to a temporary file renamed into place (never left truncated), only
// when it is under MAX_CACHE_BYTES (the shipped content's cache is about 560 KB) and the disk
// keeps MIN_FREE_BYTES free afterwards, so it can never take the space progress.json needs; any
// failure is ignored and the next start parses the files again.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioIds as builtinScenarioIds } from '../sandbox/scenarios/ids.js';
import { readUntrustedFile } from '../untrusted/read-file.js';
import { listContentFiles, MAX_CONTENT_FILE_BYTES } from './content-files.js';
import type { ContentDirs, LoadOptions } from './loader.js';
import type { ContentSet } from './types.js';

// 2: content is cleaned of control characters; a format-1 cache may hold them raw.
const CACHE_FORMAT = 2;
export const MAX_CACHE_BYTES = 8 * 1024 * 1024;
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

interface CacheFile {
  format: number;
  key: string;
  content: ContentSet;
}

export interface CachedLoadOptions extends LoadOptions {
  /** Where to read and write the cache; a failed write is ignored (the load still succeeds). */
  cacheFile: string;
}

export interface CachedLoadResult {
  content: ContentSet;
  fromCache: boolean;
}

/**
 * The cached content for `dirs`, or undefined on a miss. Deliberately imports neither the YAML
 * parser nor the schemas, so a warm start never loads them.
 */
export function readContentCache(dirs: readonly ContentDirs[], options: CachedLoadOptions): ContentSet | undefined {
  const cached = readCache(options.cacheFile);
  return cached?.format === CACHE_FORMAT && cached.key === contentCacheKey(dirs, options) ? cached.content : undefined;
}

/** Stores `content` as the cache for `dirs`; a failed write only costs speed next time. */
export function writeContentCache(dirs: readonly ContentDirs[], options: CachedLoadOptions, content: ContentSet): void {
  const temp = join(dirname(options.cacheFile), `.${basename(options.cacheFile)}.${process.pid}.tmp`);
  try {
    const file: CacheFile = { format: CACHE_FORMAT, key: contentCacheKey(dirs, options), content };
    const text = JSON.stringify(file);
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_CACHE_BYTES) return;
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    if (freeBytes(dirname(options.cacheFile)) < bytes + MIN_FREE_BYTES) return;
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, options.cacheFile);
  } catch {
    // A read-only or full disk only costs speed, never correctness.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was created (the directory itself is unusable).
    }
  }
}

/** Free bytes for this user on the file system of `dir` (Infinity when it cannot be told). */
function freeBytes(dir: string): number {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function contentCacheKey(dirs: readonly ContentDirs[], options: LoadOptions = {}): string {
  const hash = createHash('sha1');
  const cwd = options.cwd ?? process.cwd();
  hash.update(
    `format ${CACHE_FORMAT}\n${codeFingerprint()}\n${(options.scenarioIds ?? builtinScenarioIds).join(',')}\n`,
  );
  for (const entry of dirs) {
    hash.update(`entry builtin=${entry.builtin === true}\n`);
    for (const dir of [entry.lessonsDir, entry.quizzesDir]) {
      if (dir === undefined) {
        hash.update('-\n');
        continue;
      }
      const abs = resolve(cwd, dir);
      hash.update(`dir ${abs}\n`);
      const listing = listContentFiles(abs, ['.md', '.yaml', '.yml'], {
        allowLinkedDir: entry.builtin === true || entry.namedByUser === true,
      });
      for (const problem of listing?.problems ?? []) hash.update(`refused ${problem.file}: ${problem.message}\n`);
      for (const file of listing?.files ?? []) {
        hash.update(`file ${file}\n`);
        const read = readUntrustedFile(file, { maxBytes: MAX_CONTENT_FILE_BYTES });
        hash.update(read.ok ? read.text : `refused: ${read.reason}`);
      }
    }
  }
  return hash.digest('hex');
}

function codeFingerprint(): string {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

function readCache(file: string): CacheFile | undefined {
  const read = readUntrustedFile(file, { maxBytes: MAX_CACHE_BYTES });
  if (!read.ok) return undefined;
  try {
    return JSON.parse(read.text) as CacheFile;
  } catch {
    return undefined;
  }
}
