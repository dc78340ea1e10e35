// Reads the attendees' result files for `workshop report`: exports made with
// `iam-tutor progress export --format json`, or their progress.json files as they are (the same
// format). A directory holding a progress.json is that one attendee's data dir; any other
// directory stands for the *.json files in it and the progress.json of each subdirectory, so
// the report can be pointed at <data dir>/workshops/<pack>/ directly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ProgressError } from '../progress/errors.js';
import { parseProgressExport } from '../progress/import.js';
import type { AttendeeResult } from './report.js';

export interface ReadResults {
  attendees: AttendeeResult[];
  /** One line per file that could not be used; the report is not written when there are any. */
  problems: string[];
}

export function readResults(given: readonly string[], options: { cwd: string; nowMs: number }): ReadResults {
  const problems: string[] = [];
  const files: { shown: string; path: string }[] = [];
  for (const item of given) {
    const path = resolve(options.cwd, item);
    if (!existsSync(path)) {
      problems.push(`${item}: no such file`);
    } else if (statSync(path).isDirectory()) {
      const found = filesIn(path);
      if (found.length === 0) problems.push(`${item}: no .json files or */progress.json in this directory`);
      files.push(...found.map((file) => ({ shown: join(item, file.slice(path.length + 1)), path: file })));
    } else {
      files.push({ shown: item, path });
    }
  }
  const attendees: AttendeeResult[] = [];
  const names = new Set<string>();
  // The same export named twice (or also found through its directory) is one attendee, not two.
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    let text: string;
    try {
      text = readFileSync(file.path, 'utf8');
    } catch (error) {
      problems.push(`${file.shown}: cannot read (${(error as Error).message})`);
      continue;
    }
    try {
      const data = parseProgressExport(text, options.nowMs);
      const name = uniqueName(attendeeNameOf(file.path), names);
      names.add(name);
      attendees.push({ name, data });
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      problems.push(`${file.shown}: ${error.message.replace(/\n/g, '\n  ')}`);
    }
  }
  return { attendees, problems };
}

/** alice.json -> alice; workshops/pack/alice/progress.json -> alice. */
export function attendeeNameOf(path: string): string {
  const file = basename(path);
  if (file === 'progress.json') return basename(dirname(path));
  const stem = file.slice(0, file.length - extname(file).length);
  return stem.replace(/\.progress$/, '') || file;
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name}-${n}`)) n++;
  return `${name}-${n}`;
}

function filesIn(dir: string): string[] {
  // An attendee's data dir also holds caches and set-aside files: only progress.json counts.
  if (existsSync(join(dir, 'progress.json'))) return [join(dir, 'progress.json')];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isFile() && extname(entry.name).toLowerCase() === '.json') out.push(path);
    else if (entry.isDirectory() && existsSync(join(path, 'progress.json'))) out.push(join(path, 'progress.json'));
  }
  return out;
}
