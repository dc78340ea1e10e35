// `iam-tutor progress export|import|reset`: the progress store from the command line, for
// backups, moving to another machine, workshops and scripts. Exit codes: 0 done, 1 the store
// or a file could not be used, 2 bad usage (including reset without a TTY and without --yes).
import type { BatchHandler } from '../command-table.js';
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import {
  type ExportFormat,
  EXPORT_FORMATS,
  exportProgress,
  type ImportSummary,
  importProgress,
  isExportFormat,
  keepCopy,
  openProgressStore,
  ProgressError,
  type ProgressStore,
  ProgressWriteError,
  resetProgress,
  resolveDataDir,
} from '../../progress/index.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';
import { writeOutFiles } from '../out-file.js';
import { MAX_PROGRESS_FILE_BYTES, readUntrustedFile } from '../../untrusted/read-file.js';
import { cleanText } from '../../untrusted/text.js';
import { plural } from '../../plural.js';

export interface ProgressCommandDeps {
  /** Asks a yes/no question on the terminal and resolves with the answer typed. */
  ask?: (question: string) => Promise<string>;
  now?: () => number;
}

type Opened = { ok: true; store: ProgressStore } | { ok: false; code: number };

function openStore(flags: CliFlags, io: CliIo, now: () => number): Opened {
  try {
    const store = openProgressStore({ dataDir: resolveDataDir({ flag: flags.dataDir, env: io.env }), now });
    // A broken file was set aside while opening: say where it went, once.
    if (store.notice !== undefined) io.stderr.write(`iam-tutor: ${store.notice}\n`);
    return { ok: true, store };
  } catch (error) {
    return { ok: false, code: fail(io, error) };
  }
}

/** Prints an expected failure as one message (exit 1); anything else is a bug and is rethrown. */
function fail(io: CliIo, error: unknown, prefix = ''): number {
  if (!(error instanceof ProgressError)) throw error;
  io.stderr.write(`iam-tutor: ${prefix}${error.message}\n`);
  return 1;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`iam-tutor: ${message}\n`);
  return 2;
}

/** --format wins; else the --out file's extension (.csv, .md); else json. */
function exportFormat(flags: CliFlags): ExportFormat | undefined {
  if (flags.format !== undefined) return isExportFormat(flags.format) ? flags.format : undefined;
  const ext = flags.out === undefined ? '' : extname(flags.out).slice(1).toLowerCase();
  return ext === 'csv' || ext === 'md' ? ext : 'json';
}

export function progressExportCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  deps: ProgressCommandDeps = {},
): number {
  if (args.length > 0)
    return usage(io, `progress export takes no arguments (got '${args[0]}'); use --out FILE to write a file`);
  const format = exportFormat(flags);
  if (format === undefined)
    return usage(io, `--format must be one of ${EXPORT_FORMATS.join(', ')} (got '${flags.format}')`);
  const opened = openStore(flags, io, deps.now ?? Date.now);
  if (!opened.ok) return opened.code;
  let text: string;
  try {
    text = exportProgress(opened.store.read(), format);
  } catch (error) {
    return fail(io, error);
  }
  if (flags.out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  const wrote = writeOutFiles(
    [flags.out],
    {
      cwd: io.cwd,
      force: flags.force === true,
      dataDirs: [dirname(opened.store.path)],
      inputs: [opened.store.path],
    },
    () => text,
  );
  if (!wrote.ok) {
    io.stderr.write(`iam-tutor: ${wrote.message}\n`);
    return 1;
  }
  io.stderr.write(`Exported ${cleanText(opened.store.path)} as ${format} to ${wrote.written[0]}\n`);
  return 0;
}

export function progressImportCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  deps: ProgressCommandDeps = {},
): number {
  const file = args[0];
  if (file === undefined || args.length > 1)
    return usage(io, 'progress import needs exactly one file (made with progress export --format json)');
  // Checked before opening: a FIFO or /dev/zero named here must not hang or fill memory.
  const read = readUntrustedFile(resolve(io.cwd, file), { maxBytes: MAX_PROGRESS_FILE_BYTES, followSymlink: true });
  if (!read.ok) {
    io.stderr.write(
      `iam-tutor: cannot read ${cleanText(file)}: ${read.reason.startsWith('is ') ? `it ${read.reason}` : read.reason}\n`,
    );
    return 1;
  }
  const text = read.text;
  const opened = openStore(flags, io, deps.now ?? Date.now);
  if (!opened.ok) return opened.code;
  let summary: ImportSummary;
  try {
    summary = importProgress(opened.store, text);
  } catch (error) {
    return fail(io, error, `cannot import ${cleanText(file)}: `);
  }
  io.stdout.write(`Imported ${cleanText(file)} into ${opened.store.path}: ${describeSummary(summary)}.\n`);
  return 0;
}

export function describeSummary(summary: ImportSummary): string {
  const parts = [
    count(summary.answersAdded, 'answer'),
    count(summary.attemptsAdded, 'quiz attempt'),
    count(summary.lessonsNewlyCompleted, 'lesson', ' newly completed'),
    count(summary.challengesNewlyCompleted, 'sandbox challenge', ' newly completed'),
  ].filter((part) => part !== '');
  const added = parts.length === 0 ? '' : `added ${parts.join(', ')}`;
  const state = describeState(summary);
  if (added === '' && state === '') return 'nothing new (everything in it was already here)';
  return [added, state].filter((part) => part !== '').join('; ');
}

/** What the import took in place of saved state: never silent (it used to say "nothing new"). */
function describeState(summary: ImportSummary): string {
  const state = summary.state;
  if (state === undefined) return '';
  const opaque = (what: string, change: 'none' | 'added' | 'replaced') =>
    change === 'none' ? '' : change === 'added' ? `took ${what} from the file` : `replaced ${what} with the file's`;
  return [
    count(state.cardsAdded, 'review card', ' added'),
    count(state.cardsReplaced, 'review card', ' replaced by newer ones from the file'),
    opaque('the saved exam in progress', state.examReplaced),
    opaque('the saved sandbox world', state.worldReplaced),
  ]
    .filter((part) => part !== '')
    .join(', ');
}

function count(n: number, noun: string, suffix = ''): string {
  return n <= 0 ? '' : `${plural(n, noun)}${suffix}`;
}

export async function progressResetCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  deps: ProgressCommandDeps = {},
): Promise<number> {
  if (args.length > 0) return usage(io, `progress reset takes no arguments (got '${args[0]}')`);
  const opened = openStore(flags, io, deps.now ?? Date.now);
  if (!opened.ok) return opened.code;
  const { store } = opened;
  if (!flags.yes) {
    const ask = deps.ask;
    // Deleting needs a person to say yes; a script must say so with --yes.
    if (io.stdin.isTTY !== true || ask === undefined) {
      return usage(
        io,
        `progress reset would delete all progress in ${store.path}.\nRun it in a terminal to confirm, or add --yes to skip the question.`,
      );
    }
    const answer = (await ask(`Delete all progress in ${store.path}? [y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') {
      io.stdout.write('Nothing was deleted.\n');
      return 0;
    }
  }
  let copy: string | undefined;
  try {
    // A reset is meant, but a mistaken one should not cost weeks of answers: keep the old file.
    if (existsSync(store.path)) copy = keepCopy(store.path, 'before-reset', (deps.now ?? Date.now)());
  } catch (error) {
    const { reason } = new ProgressWriteError(store.path, error);
    io.stderr.write(
      `iam-tutor: Nothing was deleted: a copy of your progress could not be kept first (${reason}). ` +
        `Progress in ${store.path} is unchanged.\n`,
    );
    return 1;
  }
  try {
    resetProgress(store);
  } catch (error) {
    return fail(io, error);
  }
  io.stdout.write(`Progress deleted in ${store.path}. Settings (exam date, colours) were kept.\n`);
  if (copy !== undefined)
    io.stdout.write(`The old progress is kept in ${copy}; \`iam-tutor progress import ${copy}\` brings it back.\n`);
  return 0;
}

/** The real question on the terminal, for batch.ts. Ctrl+C or end of input count as "no". */
export async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolveAnswer) => {
    let answered = false;
    const finish = (answer: string) => {
      if (answered) return;
      answered = true;
      rl.close();
      resolveAnswer(answer);
    };
    rl.on('SIGINT', () => {
      process.stderr.write('\n');
      finish('');
    });
    rl.on('close', () => finish(''));
    rl.question(question, finish);
  });
}

/** The command table's handlers. */
export const runProgressExport: BatchHandler = async ({ args, flags, io }) => progressExportCommand(args, flags, io);
export const runProgressImport: BatchHandler = async ({ args, flags, io }) => progressImportCommand(args, flags, io);
export const runProgressReset: BatchHandler = ({ args, flags, io }) =>
  progressResetCommand(args, flags, io, { ask: askOnTerminal });
