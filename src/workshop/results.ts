// Reads the attendees' result files for `workshop report`: exports made with
// `iam-tutor progress export --format json`, or their progress.json files as they are (the same
// format). A directory holding a progress.json is that one attendee's data dir; any other
// directory stands for the *.json files in it and the progress.json of each subdirectory, so
// the report can be pointed at <data dir>/workshops/<pack>/ directly.
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ProgressError } from '../progress/errors.js';
import { parseProgressExport } from '../progress/import.js';
import type { ProgressData } from '../progress/schema.js';
import { MAX_PROGRESS_FILE_BYTES, readUntrustedFile } from '../untrusted/read-file.js';
import { cleanText } from '../untrusted/text.js';
import type { AttendeeResult } from './report.js';

export interface ReadResults {
  attendees: AttendeeResult[];
  /** Every file read (absolute), so --out can refuse to overwrite one of them. */
  files: string[];
  /** One line per file that could not be used; the report is not written when there are any. */
  problems: string[];
}

export function readResults(given: readonly string[], options: { cwd: string; nowMs: number }): ReadResults {
  const problems: string[] = [];
  // Names named on the command line may be links (the instructor's choice); files found inside a
  // directory of uploads must be regular files there, never links, FIFOs or devices.
  const files: { shown: string; path: string; named: boolean }[] = [];
  for (const item of given) {
    const path = resolve(options.cwd, item);
    const shown = cleanText(item);
    if (!existsSync(path)) {
      problems.push(`${shown}: no such file`);
    } else if (statSync(path).isDirectory()) {
      const found = filesIn(path);
      if (found.length === 0) problems.push(`${shown}: no .json files or */progress.json in this directory`);
      files.push(
        ...found.map((file) => ({
          shown: cleanText(join(item, file.slice(path.length + 1))),
          path: file,
          named: false,
        })),
      );
    } else {
      files.push({ shown, path, named: true });
    }
  }
  const attendees: AttendeeResult[] = [];
  const names = new Set<string>();
  // The same export named twice (or also found through its directory) is one attendee, not two.
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    const read = readUntrustedFile(file.path, { maxBytes: MAX_PROGRESS_FILE_BYTES, followSymlink: file.named });
    if (!read.ok) {
      problems.push(`${file.shown}: ${read.reason}`);
      continue;
    }
    try {
      const foreign = notAResultFile(read.text);
      if (foreign !== undefined) {
        problems.push(`${file.shown}: ${foreign}`);
        continue;
      }
      const data = parseProgressExport(read.text, options.nowMs);
      if (isEmptyProgress(data)) {
        problems.push(
          `${file.shown}: holds no progress (no answer, lesson or challenge), so it is not counted as an attendee; leave it out or ask for a new export`,
        );
        continue;
      }
      const name = uniqueName(attendeeNameOf(file.path), names);
      names.add(name);
      attendees.push({ name, data });
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      problems.push(`${file.shown}: ${cleanText(error.message, { multiline: true }).replace(/\n/g, '\n  ')}`);
    }
  }
  return { attendees, problems, files: files.map((file) => file.path) };
}

/**
 * Why a file cannot be an attendee's result, before it is read as progress: an export and a
 * progress.json always carry `version`, while `{}` (or any JSON object without it) would be read
 * as an empty file of the pre-release format and counted as an attendee who did nothing.
 */
function notAResultFile(text: string): string | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined; // parseProgressExport says what is wrong with the JSON itself
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('version' in raw))
    return 'This file is not an iam-tutor progress export: it has no "version" field (make one with `iam-tutor progress export --format json`)';
  return undefined;
}

function isEmptyProgress(data: ProgressData): boolean {
  return (
    data.quiz.answers.length === 0 &&
    data.quiz.attempts.length === 0 &&
    Object.keys(data.lessons.byId).length === 0 &&
    Object.keys(data.sandbox.challenges).length === 0
  );
}

/**
 * alice.json -> alice; workshops/pack/alice/progress.json -> alice. File names come from the
 * attendees: control characters are shown visibly (a name is printed in every report).
 */
export function attendeeNameOf(path: string): string {
  const file = basename(path);
  if (file === 'progress.json') return cleanText(basename(dirname(path)));
  const stem = file.slice(0, file.length - extname(file).length);
  return cleanText(stem.replace(/\.progress$/, '') || file);
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name}-${n}`)) n++;
  return `${name}-${n}`;
}

function filesIn(dir: string): string[] {
  // An attendee's data dir also holds caches and set-aside files: only progress.json counts.
  if (lstatSync(join(dir, 'progress.json'), { throwIfNoEntry: false })) return [join(dir, 'progress.json')];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    // Anything named *.json is listed whatever its type, so a link or FIFO is reported, not skipped.
    if (extname(entry.name).toLowerCase() === '.json' && !entry.isDirectory()) out.push(path);
    else if (entry.isDirectory() && lstatSync(join(path, 'progress.json'), { throwIfNoEntry: false }))
      out.push(join(path, 'progress.json'));
  }
  return out;
}
