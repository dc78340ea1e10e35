import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '../progress/data-dir.js';
import { defaultDataDir } from '../workshop/attendee.js';

/**
 * Whether the learner turned colour off in Settings. Colour must be decided before chalk loads,
 * long before the progress store opens, so this peeks at the saved file directly; anything
 * unreadable simply means "no preference".
 */
export function colorDisabledInSettings(options: { dataDir?: string; flag?: string; env: NodeJS.ProcessEnv }): boolean {
  const dir =
    options.dataDir ?? resolveDataDir({ flag: options.flag, env: options.env }) ?? defaultDataDir(options.env);
  try {
    const saved = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as { settings?: { color?: unknown } };
    return saved?.settings?.color === 'never';
  } catch {
    return false;
  }
}
