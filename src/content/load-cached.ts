// The synchronous cached load, for callers that already have the loader in memory (validate,
// tests). The interactive app uses readContentCache and imports the loader only on a miss.
import { type CachedLoadOptions, type CachedLoadResult, readContentCache, writeContentCache } from './content-cache.js';
import { type ContentDirs, loadContent } from './loader.js';

export function loadContentCached(dirs: readonly ContentDirs[], options: CachedLoadOptions): CachedLoadResult {
  const cached = readContentCache(dirs, options);
  if (cached !== undefined) return { content: cached, fromCache: true };
  const content = loadContent(dirs, options);
  writeContentCache(dirs, options, content);
  return { content, fromCache: false };
}
