// Where the progress file lives by default (no --data-dir, no IAM_TUTOR_DATA_DIR): conf's choice
// (env-paths' config directory with no suffix), computed here so that a missing or empty HOME
// gives a clear message. Before, `HOME=` made the store `./.config/iam-tutor/progress.json` in
// whatever directory the tutor ran from, and an unset HOME showed a placeholder path.
import os from 'node:os';
import path from 'node:path';
import { ProgressError } from './errors.js';

const NAME = 'iam-tutor';
const CHOOSE =
  'set HOME to your home directory, or choose where progress goes with --data-dir DIR (or IAM_TUTOR_DATA_DIR)';

export interface DefaultDir {
  dir: string;
  /** Said when the directory cannot be made: why this directory was picked. */
  hint: string;
}

/** Throws ProgressError when HOME is empty or relative (the store would land in the current directory). */
export function defaultProgressDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  homedir: () => string = os.homedir,
): DefaultDir {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.join(homedir(), 'AppData', 'Roaming');
    return { dir: path.join(appData, NAME, 'Config'), hint: `Choose where progress goes with --data-dir DIR.` };
  }
  const home = env.HOME;
  if (home !== undefined && !path.isAbsolute(home)) {
    throw new ProgressError(
      `HOME is ${home === '' ? 'empty' : `not an absolute path ("${home}")`}, so iam-tutor cannot tell where to keep your progress: ${CHOOSE}.`,
    );
  }
  const base = home ?? homedir();
  const hint =
    home === undefined
      ? `HOME is not set, so iam-tutor used ${base} from the user database: ${CHOOSE}.`
      : 'Choose a directory you can write with --data-dir DIR (or IAM_TUTOR_DATA_DIR).';
  if (platform === 'darwin') return { dir: path.join(base, 'Library', 'Preferences', NAME), hint };
  const xdg = env.XDG_CONFIG_HOME;
  const configHome = xdg && path.isAbsolute(xdg) ? xdg : path.join(base, '.config');
  return { dir: path.join(configHome, NAME), hint };
}
