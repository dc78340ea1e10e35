// `iam-tutor workshop report PACK RESULTS...`: the class report from the attendees' exports.
// Markdown to stdout by default; --format csv for CSV; --out FILE.md writes FILE.md and the
// CSV next to it (FILE.csv); --out FILE.csv writes only the CSV.
import type { BatchHandler } from '../command-table.js';
import { basename, dirname, extname } from 'node:path';
import { formatProblem } from '../../content/validate-command.js';
import { resolveDataDir } from '../../progress/data-dir.js';
import { cleanText } from '../../untrusted/text.js';
import {
  buildClassReport,
  type ClassReport,
  classReportCsv,
  classReportMarkdown,
  defaultDataDir,
  loadWorkshopPack,
  readResults,
} from '../../workshop/index.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';
import { type OutGuards, type WriteOutcome, writeOutFiles } from '../out-file.js';
import { plural } from '../../plural.js';

export function workshopReportCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  now: () => number = Date.now,
): number {
  const [pack, ...results] = args;
  if (pack === undefined || results.length === 0) {
    io.stderr.write(
      'iam-tutor: workshop report needs a pack and at least one result file: iam-tutor workshop report PACK RESULTS...\n',
    );
    return 2;
  }
  if (flags.format !== undefined && flags.format !== 'md' && flags.format !== 'csv') {
    io.stderr.write(`iam-tutor: --format must be md or csv for a workshop report (got '${cleanText(flags.format)}')\n`);
    return 2;
  }
  const load = loadWorkshopPack(pack, { cwd: io.cwd });
  if (load.kind === 'not-a-pack') {
    io.stderr.write(`iam-tutor: ${cleanText(load.message)}\n`);
    return 2;
  }
  const errors = load.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || load.workshop === undefined) {
    for (const problem of errors) io.stderr.write(`${formatProblem(problem, io.cwd)}\n`);
    const shown = cleanText(pack);
    io.stderr.write(
      `iam-tutor: the workshop pack ${shown} has errors; fix them first (iam-tutor validate ${shown}).\n`,
    );
    return 1;
  }
  const read = readResults(results, { cwd: io.cwd, nowMs: now() });
  if (read.problems.length > 0) {
    for (const problem of read.problems) io.stderr.write(`iam-tutor: ${problem}\n`);
    io.stderr.write(
      'iam-tutor: no report written. Each result must be a `progress export --format json` file or a progress.json.\n',
    );
    return 1;
  }
  const report = buildClassReport({
    workshop: load.workshop,
    packName: load.name,
    content: load.content,
    attendees: read.attendees,
  });
  if (flags.out === undefined) {
    io.stdout.write(flags.format === 'csv' ? classReportCsv(report) : classReportMarkdown(report));
    return 0;
  }
  const outExt = extname(flags.out).toLowerCase();
  if ((outExt === '.csv' && flags.format === 'md') || (outExt === '.md' && flags.format === 'csv')) {
    io.stderr.write(
      `iam-tutor: --format ${cleanText(flags.format ?? '')} does not match --out ${cleanText(flags.out)}; drop --format or change the file name\n`,
    );
    return 2;
  }
  const files = reportFiles(flags.out);
  // An attendee's data dir given as a result (…/alice/progress.json) is a data dir too.
  const dataDirs = [
    resolveDataDir({ flag: flags.dataDir, env: io.env }) ?? defaultDataDir(io.env),
    ...read.files.filter((file) => basename(file) === 'progress.json').map((file) => dirname(file)),
  ];
  const wrote = writeClassReport(
    report,
    files,
    { cwd: io.cwd, force: flags.force === true, dataDirs, inputs: read.files },
    flags.format,
  );
  if (!wrote.ok) {
    const also =
      wrote.stage === 'plan' && files.length > 1
        ? ` (--out ${cleanText(files[0]!)} writes ${cleanText(files[1]!)} too)`
        : '';
    io.stderr.write(`iam-tutor: ${wrote.message}${also}\n`);
    return 1;
  }
  const written = wrote.written;
  const n = report.attendees.length;
  io.stderr.write(`Wrote ${written.join(' and ')} (${plural(n, 'attendee')}).\n`);
  return 0;
}

/** The class report into `files` (Markdown or CSV by each name): `workshop report` and the host's end. */
export function writeClassReport(
  report: ClassReport,
  files: readonly string[],
  guards: OutGuards,
  format?: string,
): WriteOutcome {
  return writeOutFiles(files, guards, (path) =>
    formatOf(path, format) === 'csv' ? classReportCsv(report) : classReportMarkdown(report),
  );
}

/** The format a file gets: its extension decides; other names follow --format (Markdown by default). */
function formatOf(file: string, format: string | undefined): 'md' | 'csv' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.md') return 'md';
  return format === 'csv' ? 'csv' : 'md';
}

/** report.md -> [report.md, report.csv]; report.csv -> [report.csv]; other names: one file in --format. */
export function reportFiles(out: string): string[] {
  const ext = extname(out).toLowerCase();
  if (ext === '.csv') return [out];
  if (ext === '.md') return [out, `${out.slice(0, out.length - ext.length)}.csv`];
  return [out];
}

/** The command table's handler. */
export const runWorkshopReport: BatchHandler = async ({ args, flags, io }) => workshopReportCommand(args, flags, io);
