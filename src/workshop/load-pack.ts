// Loads a workshop pack: workshop.yaml plus the pack's own lessons/ and quizzes/, on top of the
// built-in content (the agenda may name either). Reads files; everything else is pure.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { builtinContentDirs } from '../content/builtin.js';
import { MAX_CONTENT_FILE_BYTES } from '../content/content-files.js';
import { cleanFileText } from '../content/control-characters.js';
import { type ContentDirs, loadContent } from '../content/loader.js';
import type { ContentProblem, ContentSet } from '../content/types.js';
import { workshopPackHandler } from '../content/validate-command.js';
import { scenarioIds as builtinScenarioIds } from '../sandbox/scenarios/ids.js';
import { readUntrustedFile } from '../untrusted/read-file.js';
import { checkAgenda } from './check-agenda.js';
import { parseWorkshopFile } from './parse-workshop.js';
import type { Workshop } from './schema.js';

export const WORKSHOP_FILE = 'workshop.yaml';

export interface LoadPackOptions {
  /** Relative pack paths and paths in messages are resolved against this. */
  cwd: string;
  /** Default: the shipped lessons and quizzes. */
  builtin?: { lessonsDir: string; quizzesDir: string };
  scenarioIds?: readonly string[];
}

export type PackLoad =
  | { kind: 'not-a-pack'; message: string }
  | {
      kind: 'loaded';
      /** Absolute pack directory. */
      dir: string;
      /** The directory's name: attendees' data lives under workshops/<name>/. */
      name: string;
      /** Present when workshop.yaml is valid (content problems may still exist). */
      workshop?: Workshop;
      content: ContentSet;
      /** Errors and warnings in the pack's own files (workshop.yaml, lessons, quizzes). */
      problems: ContentProblem[];
      /** The pack's content directories, to add to the built-in ones when running it. */
      contentDirs: ContentDirs[];
    };

/** Whether the pack can be run: a valid workshop.yaml and no errors. */
export function packIsUsable(load: PackLoad): load is Extract<PackLoad, { kind: 'loaded' }> & { workshop: Workshop } {
  return load.kind === 'loaded' && load.workshop !== undefined && !load.problems.some((p) => p.severity === 'error');
}

export function loadWorkshopPack(given: string, options: LoadPackOptions): PackLoad {
  const dir = resolve(options.cwd, given);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { kind: 'not-a-pack', message: `${given}: no such directory` };
  }
  const file = join(dir, WORKSHOP_FILE);
  // lstat: a dangling link named workshop.yaml is still the pack's file (and refused as a link).
  if (lstatSync(file, { throwIfNoEntry: false }) === undefined) {
    return { kind: 'not-a-pack', message: `${given}: not a workshop pack (there is no ${WORKSHOP_FILE} in it)` };
  }
  let builtin = options.builtin;
  try {
    builtin ??= builtinContentDirs();
  } catch (error) {
    return { kind: 'not-a-pack', message: `cannot find the built-in lessons: ${(error as Error).message}` };
  }
  const contentDirs = workshopPackHandler.contentDirs(dir);
  const scenarioIds = options.scenarioIds ?? builtinScenarioIds;
  const content = loadContent([{ ...builtin, builtin: true }, ...contentDirs], { cwd: options.cwd, scenarioIds });
  const inPack = (path: string) => path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`);
  const problems = content.problems.filter((p) => inPack(p.file));
  const checked = checkWorkshopFile(file, content, scenarioIds);
  problems.unshift(...checked.problems);
  const loaded: PackLoad = { kind: 'loaded', dir, name: basename(dir), content, problems, contentDirs };
  return checked.workshop === undefined ? loaded : { ...loaded, workshop: checked.workshop };
}

/** workshop.yaml against already loaded content: the validate hook and the loader share it. */
export function checkWorkshopFile(
  file: string,
  content: ContentSet,
  scenarioIds: readonly string[] = builtinScenarioIds,
): { workshop?: Workshop; problems: ContentProblem[] } {
  // Same rules as the pack's lessons: a regular file (a link to /etc/passwd is refused unread,
  // so no message can quote it), at most 1 MB (a 50 MB agenda is refused before parsing), UTF-8.
  const read = readUntrustedFile(file, { maxBytes: MAX_CONTENT_FILE_BYTES });
  if (!read.ok) return { problems: [{ file, line: read.line, message: read.reason, severity: 'error' }] };
  const cleaned = cleanFileText(file, read.text);
  const parsed = parseWorkshopFile(file, cleaned.text);
  if (parsed.workshop === undefined) return { problems: [...cleaned.problems, ...parsed.problems] };
  const problems = [
    ...cleaned.problems,
    ...parsed.problems,
    ...checkAgenda({ workshop: parsed.workshop, content, scenarioIds, lineOf: parsed.lineOf }),
  ];
  return { workshop: parsed.workshop, problems };
}
