// Where the progress file lives when the learner (or a workshop) moves it.
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'IAM_TUTOR_DATA_DIR';

function expandHome(dir: string, env: NodeJS.ProcessEnv): string {
  // The shell expands `~` in `--data-dir ~/x` but not inside an environment variable's value.
  if (dir !== '~' && !dir.startsWith('~/')) return dir;
  return path.join(env.HOME ?? os.homedir(), dir.slice(1));
}

/**
 * `--data-dir DIR` wins over IAM_TUTOR_DATA_DIR; an empty value counts as unset. Returns an
 * absolute path, or undefined for conf's default (the user's config directory).
 */
export function resolveDataDir({ flag, env }: { flag?: string; env: NodeJS.ProcessEnv }): string | undefined {
  for (const candidate of [flag, env[DATA_DIR_ENV]]) {
    const trimmed = candidate?.trim();
    if (trimmed) return path.resolve(expandHome(trimmed, env));
  }
  return undefined;
}
