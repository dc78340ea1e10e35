// Loads the built-in content for preflightInteractive (interactive-args.ts); split out so the
// content loader is imported only when a lesson or a count was given. It goes through the same
// content cache the tutor reads a moment later (loadAppContent), so `exam --count 10` parses the
// YAML at most once, and not at all when the cache is current.
import { join } from 'node:path';
import { builtinContentDirs } from '../content/builtin.js';
import { loadContentCached } from '../content/load-cached.js';
import { loadContent } from '../content/loader.js';
import { resolveDataDir } from '../progress/data-dir.js';
import { defaultProgressDir } from '../progress/default-dir.js';
import type { CliFlags } from './args.js';
import { type Checked, preflightInteractive } from './interactive-args.js';

export function preflightContent(
  command: string,
  args: readonly string[],
  flags: Pick<CliFlags, 'count' | 'topics' | 'dataDir'>,
  env: NodeJS.ProcessEnv,
): Checked<string[]> {
  const dirs = [{ ...builtinContentDirs(), builtin: true }];
  const cacheFile = contentCacheFile(flags.dataDir, env);
  const content = cacheFile === undefined ? loadContent(dirs) : loadContentCached(dirs, { cacheFile }).content;
  return preflightInteractive({
    command,
    args,
    count: flags.count,
    topics: flags.topics,
    lessons: content.lessons,
    questions: content.questions,
  });
}

/** Where the tutor keeps its content cache: beside progress.json (openProgressStore's directory). */
function contentCacheFile(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return join(resolveDataDir({ flag, env }) ?? defaultProgressDir(env).dir, 'content-cache.json');
  } catch {
    return undefined; // HOME unusable: the tutor will say so; the check itself needs no cache
  }
}
