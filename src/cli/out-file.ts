// `--out FILE` (progress export, workshop report) writes only where it cannot destroy anything:
//   - never into the progress data dir (progress.json, its lock, backups, the content cache and
//     attendees' stores below it), even with --force: one mistyped export replaced the live store;
//   - never onto a file the same command reads (an attendee's result file), even with --force;
//   - never through a symbolic link, and never onto a directory, FIFO or device;
//   - never over an existing file unless --force; every file (class.md AND class.csv) is checked
//     before the first one is written, so a refusal writes nothing.
// New files are created with O_EXCL (which does not follow links either); --force replaces a
// file by writing a temporary file in the same directory and renaming it over the old one.
import { lstatSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeFileType } from '../untrusted/read-file.js';
import { cleanText } from '../untrusted/text.js';

export interface OutPlan {
  /** As the user wrote them (cleaned), for messages. */
  shown: string;
  path: string;
  replaces: boolean;
}

export interface OutGuards {
  cwd: string;
  force: boolean;
  /** Progress data directories whose files --out may never touch. */
  dataDirs: readonly string[];
  /** Files the command reads; --out may never be one of them. */
  inputs: readonly string[];
}

export type OutCheck = { ok: true; plans: OutPlan[] } | { ok: false; message: string };

/** Checks every file before anything is written; the message says why and what to do. */
export function planOutFiles(files: readonly string[], guards: OutGuards): OutCheck {
  const plans: OutPlan[] = [];
  const inputs = guards.inputs.map((file) => identity(resolve(guards.cwd, file)));
  for (const file of files) {
    const shown = cleanText(file);
    const path = resolve(guards.cwd, file);
    const where = realLocation(path);
    for (const dataDir of guards.dataDirs) {
      const home = realLocation(resolve(guards.cwd, dataDir));
      if (where === home || where.startsWith(home + sep)) {
        return refuse(
          `${shown} is inside the progress data directory ${cleanText(home)}; --out never writes there (not even with --force). Choose a file elsewhere.`,
        );
      }
    }
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats !== undefined) {
      if (stats.isSymbolicLink()) return refuse(`${shown} is a symbolic link; --out does not write through links.`);
      if (!stats.isFile()) return refuse(`${shown} is ${describeFileType(stats)}; --out writes regular files only.`);
      const id = `${stats.dev}:${stats.ino}`;
      if (inputs.includes(id)) {
        return refuse(`${shown} is one of the result files this report reads; --out never replaces an input.`);
      }
      if (!guards.force) return refuse(`${shown} already exists; add --force to replace it.`);
    }
    plans.push({ shown, path, replaces: stats !== undefined });
  }
  return { ok: true, plans };
}

/** Writes one planned file; throws the system error (the caller reports it). */
export function writeOutFile(plan: OutPlan, text: string): void {
  if (!plan.replaces) {
    // 'wx' is O_CREAT|O_EXCL: fails if anything (a link included) appeared since the check.
    writeFileSync(plan.path, text, { flag: 'wx' });
    return;
  }
  const temp = join(dirname(plan.path), `.${basename(plan.path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, plan.path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The directory itself is unusable; the original error says why.
    }
    throw error;
  }
}

export type WriteOutcome = { ok: true; written: string[] } | { ok: false; stage: 'plan' | 'write'; message: string };

/**
 * Plans every file, then writes them in order with `textOf(path)`; the one road from `--out` to
 * disk for every command. A refusal writes nothing; a write that fails names what was written.
 */
export function writeOutFiles(
  files: readonly string[],
  guards: OutGuards,
  textOf: (path: string) => string,
): WriteOutcome {
  const plan = planOutFiles(files, guards);
  if (!plan.ok) return { ok: false, stage: 'plan', message: plan.message };
  const written: string[] = [];
  for (const target of plan.plans) {
    try {
      writeOutFile(target, textOf(target.path));
      written.push(target.shown);
    } catch (error) {
      const done = written.length > 0 ? ` (${written.join(' and ')} was written)` : '';
      return { ok: false, stage: 'write', message: `cannot write ${target.shown}: ${writeFailure(error)}${done}` };
    }
  }
  return { ok: true, written };
}

/** "no such directory", "permission denied"…: a system error as a short phrase. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its directory does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST') return 'it appeared while writing; nothing was replaced';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  return cleanText((error as Error).message);
}

function refuse(message: string): OutCheck {
  return { ok: false, message: `${message} Nothing was written.` };
}

/** The real path of `path`, resolving links in the directories above it (the file may not exist). */
function realLocation(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realLocation(parent), basename(path));
  }
}

/** dev:ino of a file, so a hard link or another spelling of an input is still recognised. */
function identity(path: string): string {
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch {
    return `missing:${path}`;
  }
  return `${stats.dev}:${stats.ino}`;
}
