import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '../../progress/data-dir.js';
import { defaultDataDir } from '../../workshop/attendee.js';

/** The progress file as read for the home screen: raw JSON, not validated, never written. */
export interface ProgressPeek {
  path: string;
  data: unknown;
  /** The file exists but is not JSON: the store must open it to set it aside and say so. */
  unreadable: boolean;
}

/**
 * The home screen only counts things, so it reads the progress file directly instead of opening
 * the store (conf, zod and the lock cost ~10 MB and tens of milliseconds). The store opens when a
 * screen that reads or writes progress is first shown.
 */
export function peekProgress(dataDir: string | undefined, env: NodeJS.ProcessEnv): ProgressPeek {
  const dir = dataDir ?? resolveDataDir({ env }) ?? defaultDataDir(env);
  const path = join(dir, 'progress.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { path, data: null, unreadable: false };
  }
  try {
    return { path, data: JSON.parse(text), unreadable: false };
  } catch {
    return { path, data: null, unreadable: true };
  }
}
