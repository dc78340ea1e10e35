// `iam-tutor sandbox export SCENARIO --format cli|cloudformation|terraform [--solved] [--out FILE]`:
// a scenario's world as something to deploy, without the TUI, so an instructor can hand it out.
// Without --solved it exports the learner's saved world for that scenario (the progress store
// keeps the last one) or, when there is none, the scenario as it starts. Exit codes: 0 written,
// 1 the store or the file could not be used, 2 bad usage (unknown scenario or format).
import type { BatchHandler } from '../command-table.js';
import { dirname } from 'node:path';
import { defaultProgressDir } from '../../progress/default-dir.js';
import { openProgressStore, ProgressError, resolveDataDir } from '../../progress/index.js';
import {
  exportCliScript,
  exportCloudFormation,
  exportTerraform,
  scenarioIds,
  type World,
  type WorldSource,
  worldToExport,
} from '../../sandbox/index.js';
import { cleanText, isCleanText } from '../../untrusted/text.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';
import { writeOutFiles } from '../out-file.js';

export const SANDBOX_EXPORT_FORMATS = ['cli', 'cloudformation', 'terraform'] as const;
type Format = (typeof SANDBOX_EXPORT_FORMATS)[number];

const RENDER: Record<Format, (world: World) => string> = {
  cli: exportCliScript,
  cloudformation: (world) => exportCloudFormation(world),
  terraform: (world) => exportTerraform(world),
};

/** --format, else the --out file's extension (.sh, .yaml/.yml/.template, .tf). */
function formatOf(flags: CliFlags): Format | undefined {
  if (flags.format !== undefined)
    return (SANDBOX_EXPORT_FORMATS as readonly string[]).includes(flags.format) ? (flags.format as Format) : undefined;
  const ext = flags.out?.match(/\.([A-Za-z]+)$/)?.[1]?.toLowerCase();
  if (ext === 'sh') return 'cli';
  if (ext === 'yaml' || ext === 'yml' || ext === 'template') return 'cloudformation';
  if (ext === 'tf') return 'terraform';
  return undefined;
}

const SOURCE_NOTE: Record<WorldSource, string> = {
  solved: 'solved with its checked reference solution',
  saved: 'as you left it in the sandbox',
  start: 'as the scenario starts (no saved world for it)',
};

function usage(io: CliIo, message: string): number {
  io.stderr.write(`iam-tutor: ${message}\n`);
  return 2;
}

/** The saved sandbox record, read without changing the store; undefined when there is none. */
function savedRecord(flags: CliFlags, io: CliIo): { ok: true; saved: unknown; storePath: string } | { ok: false } {
  try {
    const store = openProgressStore({ dataDir: resolveDataDir({ flag: flags.dataDir, env: io.env }), now: Date.now });
    if (store.notice !== undefined) io.stderr.write(`iam-tutor: ${store.notice}\n`);
    return { ok: true, saved: store.read().sandbox.lastWorld, storePath: store.path };
  } catch (error) {
    if (!(error instanceof ProgressError)) throw error;
    io.stderr.write(`iam-tutor: ${error.message}\n`);
    return { ok: false };
  }
}

/** Where the progress store is (or would be): --out never writes there. */
function progressDirs(flags: CliFlags, io: CliIo): string[] {
  const chosen = resolveDataDir({ flag: flags.dataDir, env: io.env });
  if (chosen !== undefined) return [chosen];
  try {
    return [defaultProgressDir(process.env).dir];
  } catch {
    // No usable HOME: there is no default store to protect.
    return [];
  }
}

export function sandboxExportCommand(args: string[], flags: CliFlags, io: CliIo): number {
  const formats = SANDBOX_EXPORT_FORMATS.join('|');
  const scenarioId = args[0];
  if (scenarioId === undefined || args.length > 1)
    return usage(
      io,
      `sandbox export needs one scenario (got ${args.length}): iam-tutor sandbox export SCENARIO --format ${formats}\nScenarios: ${scenarioIds.join(', ')}`,
    );
  if (!scenarioIds.includes(scenarioId))
    return usage(io, `no scenario '${cleanText(scenarioId)}'. Choose one of: ${scenarioIds.join(', ')}`);
  const format = formatOf(flags);
  if (format === undefined)
    return usage(
      io,
      flags.format === undefined
        ? `sandbox export needs --format ${formats} (or an --out file ending in .sh, .yaml or .tf)`
        : `--format must be one of ${SANDBOX_EXPORT_FORMATS.join(', ')} (got '${cleanText(flags.format)}')`,
    );

  let saved: unknown;
  // --out never writes into the progress data directory, even when --solved does not read it.
  const dataDirs = progressDirs(flags, io);
  if (flags.solved !== true) {
    const read = savedRecord(flags, io);
    if (!read.ok) return 1;
    saved = read.saved;
    dataDirs.push(dirname(read.storePath));
  }
  const chosen = worldToExport(scenarioId, { solved: flags.solved === true, saved })!;
  let text: string;
  try {
    text = RENDER[format](chosen.world);
  } catch {
    // Only a saved world can be malformed (the store is a file anyone can edit).
    io.stderr.write(
      `iam-tutor: the saved sandbox world for ${scenarioId} is damaged and cannot be exported; add --solved, or reset the scenario in the sandbox.\n`,
    );
    return 1;
  }
  if (!isCleanText(text, { multiline: true })) {
    io.stderr.write(
      `iam-tutor: the saved sandbox world for ${scenarioId} contains control characters; nothing was exported.\n`,
    );
    return 1;
  }
  const what = `${scenarioId} ${SOURCE_NOTE[chosen.source]}`;
  if (flags.out === undefined) {
    io.stdout.write(text);
    io.stderr.write(`Exported ${what} as ${format}.\n`);
    return 0;
  }
  const wrote = writeOutFiles(
    [flags.out],
    { cwd: io.cwd, force: flags.force === true, dataDirs, inputs: [] },
    () => text,
  );
  if (!wrote.ok) {
    io.stderr.write(`iam-tutor: ${wrote.message}\n`);
    return 1;
  }
  io.stderr.write(`Exported ${what} as ${format} to ${wrote.written[0]}\n`);
  return 0;
}

export const runSandboxExport: BatchHandler = async ({ args, flags, io }) => sandboxExportCommand(args, flags, io);
