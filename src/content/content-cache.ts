// A JSON cache of a loaded ContentSet. Parsing the YAML of the whole curriculum costs a few
// hundred milliseconds on a cold start (the yaml and zod code is still being JIT-compiled);
// reading the files, hashing them and parsing one JSON file costs a few milliseconds.
//
// The key hashes everything the result depends on: the directories, every content file's name
// and bytes, the scenario ids, and the size and mtime of the code doing the loading (the bundle
// in production), so a rebuilt tutor never trusts a cache written by an older loader. Content
// hashes rather than mtimes are used because npm normalises mtimes when it installs a package.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioIds as builtinScenarioIds } from '../sandbox/scenarios/ids.js';
import type { ContentDirs, LoadOptions } from './loader.js';
import type { ContentSet } from './types.js';

const CACHE_FORMAT = 1;

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
  try {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    const file: CacheFile = { format: CACHE_FORMAT, key: contentCacheKey(dirs, options), content };
    writeFileSync(options.cacheFile, JSON.stringify(file));
  } catch {
    // A read-only install directory only costs speed, never correctness.
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
      for (const name of contentFileNames(abs)) {
        hash.update(`file ${name}\n`);
        hash.update(readFileSync(join(abs, name)));
      }
    }
  }
  return hash.digest('hex');
}

function contentFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => ['.md', '.yaml', '.yml'].includes(extname(name).toLowerCase()))
    .sort();
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
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
}
