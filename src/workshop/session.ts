// Everything `iam-tutor workshop PACK --name ATTENDEE` needs before the first frame: the pack
// (checked), the attendee's name and their own data dir. Errors are messages, never throws.
import { formatProblem } from '../content/validate-command.js';
import type { ContentDirs } from '../content/loader.js';
import type { ContentSet } from '../content/types.js';
import { resolveDataDir } from '../progress/data-dir.js';
import { attendeeDataDir, checkAttendeeName, defaultAttendeeName, defaultDataDir } from './attendee.js';
import { loadWorkshopPack, type LoadPackOptions } from './load-pack.js';
import type { Workshop } from './schema.js';
import { plural } from '../plural.js';

export interface WorkshopSession {
  /** Absolute pack directory. */
  packDir: string;
  packName: string;
  attendee: string;
  /** Where this attendee's progress.json lives. */
  dataDir: string;
  workshop: Workshop;
  /** Built-in content plus the pack's own lessons and questions. */
  content: ContentSet;
  /** The pack's lessons/ and quizzes/, for whoever loads content for the other screens. */
  contentDirs: ContentDirs[];
}

export type SessionResult =
  | { ok: true; session: WorkshopSession; warnings: string[] }
  /** exitCode 2: the command was used wrongly; 1: the pack has errors (listed in `problems`). */
  | { ok: false; exitCode: 1 | 2; message: string; problems: string[] };

export interface SessionInput extends Partial<Pick<LoadPackOptions, 'builtin' | 'scenarioIds'>> {
  args: readonly string[];
  name?: string;
  dataDirFlag?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  userName?: () => string;
}

export function prepareWorkshopSession(input: SessionInput): SessionResult {
  const [given, ...extra] = input.args;
  if (given === undefined) {
    return usage('workshop needs a pack directory: iam-tutor workshop PACK [--name ATTENDEE]');
  }
  if (extra.length > 0) return usage(`workshop takes one pack directory (also got '${extra[0]}')`);
  let attendee: string;
  if (input.name !== undefined) {
    const checked = checkAttendeeName(input.name);
    if (!checked.ok) return usage(checked.message);
    attendee = checked.name;
  } else {
    attendee = defaultAttendeeName(input.userName);
  }
  const options: LoadPackOptions = { cwd: input.cwd };
  if (input.builtin) options.builtin = input.builtin;
  if (input.scenarioIds) options.scenarioIds = input.scenarioIds;
  const load = loadWorkshopPack(given, options);
  if (load.kind === 'not-a-pack') return usage(load.message);
  const lines = load.problems.map((p) => formatProblem(p, input.cwd));
  const errors = load.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 || load.workshop === undefined) {
    const count = plural(errors, 'error');
    return {
      ok: false,
      exitCode: 1,
      problems: lines,
      message: `the workshop pack ${given} has ${count}; fix ${errors === 1 ? 'it' : 'them'} and try again (iam-tutor validate ${given} checks it).`,
    };
  }
  const base = resolveDataDir({ flag: input.dataDirFlag, env: input.env }) ?? defaultDataDir(input.env);
  return {
    ok: true,
    warnings: lines,
    session: {
      packDir: load.dir,
      packName: load.name,
      attendee,
      dataDir: attendeeDataDir(base, load.name, attendee),
      workshop: load.workshop,
      content: load.content,
      contentDirs: load.contentDirs,
    },
  };
}

function usage(message: string): SessionResult {
  return { ok: false, exitCode: 2, message, problems: [] };
}
