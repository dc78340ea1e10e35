// Each attendee of a workshop gets a progress store of their own, under the learner's data dir:
//   <data dir>/workshops/<pack name>/<attendee name>/progress.json
// so a classroom machine shared by several people keeps their answers apart, and the
// instructor knows where to find each export.
import os from 'node:os';
import path from 'node:path';
import { cleanText } from '../untrusted/text.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/**
 * An attendee or pack name as a single safe path segment. Spaces become dashes ("Ana Lima" ->
 * "Ana-Lima"); anything that could leave the directory (/, .., a leading dot) is refused.
 */
export function checkAttendeeName(raw: string): NameCheck {
  const name = raw.trim().replace(/\s+/g, '-');
  if (!NAME.test(name)) {
    return {
      ok: false,
      message: `"${cleanText(raw)}" cannot be used as an attendee name: use letters, digits, dots, dashes or underscores (up to 64), starting with a letter or digit.`,
    };
  }
  return { ok: true, name };
}

/** The attendee's name when --name is not given: the login name, else "attendee". */
export function defaultAttendeeName(userName: () => string = () => os.userInfo().username): string {
  try {
    const checked = checkAttendeeName(userName());
    return checked.ok ? checked.name : 'attendee';
  } catch {
    return 'attendee';
  }
}

export function attendeeDataDir(baseDataDir: string, packName: string, attendee: string): string {
  return path.join(baseDataDir, 'workshops', packName.replace(/[^A-Za-z0-9._-]/g, '-'), attendee);
}

/**
 * conf's default directory for iam-tutor (env-paths' config dir with no suffix), used when
 * neither --data-dir nor IAM_TUTOR_DATA_DIR is set. A test compares it with conf's own choice.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const name = 'iam-tutor';
  if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), name, 'Config');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), name);
}
