// The one list of what the command line accepts. Parsing (args.ts), the --help text (usage.ts),
// the per-command usage errors, the Help screen's command list and dispatch (main.ts) all read it,
// so adding a command is one entry here plus its handler file. This module imports nothing at run
// time: `--help` uses it without loading meow, and handlers are imported only when run.
import type { CliIo } from './io.js';

export interface FlagDef {
  type: 'string' | 'number' | 'boolean';
  shortFlag?: string;
  default?: boolean;
  /** How the value is written in usage (`--port N`). */
  value?: string;
  description: string;
  /** Accepted by every command (no need to list it per command). */
  global?: boolean;
}

export const flagTable = {
  help: { type: 'boolean', shortFlag: 'h', default: false, global: true, description: 'Show this help' },
  version: { type: 'boolean', shortFlag: 'v', default: false, global: true, description: 'Show the version' },
  dataDir: {
    type: 'string',
    value: 'DIR',
    global: true,
    description: 'Where progress is stored (or IAM_TUTOR_DATA_DIR)',
  },
  color: {
    type: 'boolean',
    default: true,
    global: true,
    description: 'Plain monochrome output (NO_COLOR is honoured too)',
  },
  screenReader: {
    type: 'boolean',
    default: false,
    global: true,
    description: 'Linear text with roles and labels, no colour (or INK_SCREEN_READER=true)',
  },
  seed: { type: 'number', value: 'N', description: 'Reproducible question order and shuffling' },
  count: { type: 'number', value: 'N', description: 'Number of questions' },
  topics: { type: 'string', value: 'A,B', description: 'Preselect practice topics' },
  as: {
    type: 'string',
    value: 'KIND',
    description: 'What the policy is: trust|identity|resource|boundary|scp|rcp',
  },
  account: { type: 'string', value: 'ID', description: 'The 12-digit account the policy belongs to' },
  json: { type: 'boolean', default: false, description: 'Machine-readable output' },
  scenario: { type: 'string', value: 'NAME', description: 'Sandbox scenario to serve' },
  port: { type: 'number', value: 'N', description: 'Port for IMDS (ECS takes a free port)' },
  format: { type: 'string', value: 'FMT', description: 'Output format' },
  out: { type: 'string', value: 'FILE', description: 'Write to a file instead of stdout' },
  yes: { type: 'boolean', shortFlag: 'y', default: false, description: 'Do not ask first' },
  force: {
    type: 'boolean',
    default: false,
    description: 'Let --out replace an existing file (never a progress data file, a file read, or a link)',
  },
  name: { type: 'string', value: 'ATTENDEE', description: "The attendee's name" },
  solved: {
    type: 'boolean',
    default: false,
    description: 'The scenario already solved (its checked reference solution)',
  },
  join: {
    type: 'string',
    value: 'URL',
    description: "Also send progress to a live class host (the instructor's join URL)",
  },
  token: { type: 'string', value: 'TOKEN', description: "The live class's instructor token" },
  bind: { type: 'string', value: 'ADDR', description: 'Address the class host listens on (default 127.0.0.1)' },
  headless: {
    type: 'boolean',
    default: false,
    description: 'Serve the class without a dashboard; print JOIN_URL= and INSTRUCTOR_TOKEN= lines',
  },
  idleMinutes: {
    type: 'number',
    value: 'N',
    description: 'The dashboard lists attendees with no progress for N minutes (default 5)',
  },
} as const satisfies Record<string, FlagDef>;

export type FlagName = keyof typeof flagTable;

/** Flags after parsing. Booleans with a default are always present. */
export interface CliFlags {
  dataDir?: string;
  color: boolean;
  /** Screen-reader output (accessibility/mode.ts also honours INK_SCREEN_READER). */
  screenReader?: boolean;
  seed?: number;
  count?: number;
  topics?: string;
  as?: string;
  account?: string;
  json: boolean;
  scenario?: string;
  port?: number;
  format?: string;
  out?: string;
  yes: boolean;
  force?: boolean;
  name?: string;
  solved?: boolean;
  /** workshop PACK: the class host's join URL (live class). */
  join?: string;
  /** workshop status: the instructor token. */
  token?: string;
  /** workshop host: the address to listen on (127.0.0.1 by default). */
  bind?: string;
  /** workshop host: serve without the dashboard, printing JOIN_URL= and INSTRUCTOR_TOKEN= lines. */
  headless?: boolean;
  /** workshop host: minutes without progress before an attendee is listed as idle. */
  idleMinutes?: number;
}

export interface CommandContext {
  args: string[];
  flags: CliFlags;
  io: CliIo;
}

/** A batch command's handler: runs to completion and returns the exit code. */
export type BatchHandler = (ctx: CommandContext) => Promise<number>;

interface CommandBase {
  /** `explain`, or `progress export` for a subcommand. */
  name: string;
  /** Positional arguments as shown in usage (`FILE|-`, `[ID]`, `PACK RESULTS...`). */
  args: string;
  /** How many positional arguments it takes at most (batch handlers check their own and say why). */
  maxArgs: number;
  /** Flags besides the global ones. */
  flags: readonly FlagName[];
  /** Usage lines: the first beside the command, the rest indented under it. */
  summary: readonly string[];
  /** Shorter line for the Help screen (defaults to the first summary line). */
  helpLine?: string;
}

export interface InteractiveCommandDef extends CommandBase {
  mode: 'interactive';
  /**
   * Modules under src that read this command's flags before the app starts (besides ui/run.tsx
   * and cli/main.ts, which read every interactive command's): the dead-flag test reads them.
   */
  preflight?: readonly string[];
}

export interface BatchCommandDef extends CommandBase {
  mode: 'batch';
  /** Imports the handler when the command runs (a literal import, so the bundler splits it). */
  load: () => Promise<BatchHandler>;
  /** The module `load` imports, under src: the dead-flag test reads the flags it uses. */
  source: string;
}

export type CommandDef = InteractiveCommandDef | BatchCommandDef;

export const commandTable = [
  {
    name: 'lessons',
    mode: 'interactive',
    args: '[ID]',
    maxArgs: 1,
    flags: ['seed'],
    summary: ['Read the lessons (or open one)'],
  },
  {
    name: 'quiz',
    mode: 'interactive',
    args: '',
    maxArgs: 0,
    flags: ['seed', 'count', 'topics'],
    summary: ['Practice questions with instant feedback', '(--topics A,B, --count N, --seed N)'],
  },
  {
    name: 'exam',
    mode: 'interactive',
    args: '',
    maxArgs: 0,
    flags: ['seed', 'count'],
    summary: ['Timed CLF-C02-style exam simulation', '(--count N, --seed N)'],
  },
  {
    name: 'sandbox',
    mode: 'interactive',
    args: '[SCENARIO]',
    maxArgs: 1,
    flags: ['seed'],
    summary: ['Build roles and instance profiles, see credentials flow'],
  },
  {
    name: 'progress',
    mode: 'interactive',
    args: '',
    maxArgs: 0,
    flags: ['seed'],
    summary: ['Your progress dashboard'],
  },
  {
    name: 'workshop',
    mode: 'interactive',
    args: 'PACK',
    maxArgs: 1,
    flags: ['name', 'seed', 'join'],
    preflight: ['cli/commands/workshop.ts', 'cli/commands/workshop-join.ts'],
    summary: ["Run a workshop pack's agenda (--name ATTENDEE;", '--join URL also sends progress to a live class host)'],
  },
  {
    name: 'explain',
    mode: 'batch',
    args: 'FILE|-',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['as', 'account', 'json'],
    summary: [
      'Validate a policy and explain it in plain English',
      '(--as trust|identity|resource|boundary|scp|rcp,',
      '--account ID, --json)',
    ],
    load: async () => (await import('./commands/explain.js')).runExplain,
    source: 'cli/commands/explain.ts',
  },
  {
    name: 'validate',
    mode: 'batch',
    args: '[DIR]',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: [],
    summary: ['Check lessons, question banks or a workshop pack'],
    load: async () => (await import('./commands/validate.js')).runValidate,
    source: 'cli/commands/validate.ts',
  },
  {
    name: 'progress export',
    mode: 'batch',
    args: '',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['format', 'out', 'force'],
    summary: ['Export progress', '(--format json|csv|md, --out FILE, --force)'],
    load: async () => (await import('./commands/progress.js')).runProgressExport,
    source: 'cli/commands/progress.ts',
  },
  {
    name: 'progress import',
    mode: 'batch',
    args: 'FILE',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: [],
    summary: ['Merge an exported progress file'],
    load: async () => (await import('./commands/progress.js')).runProgressImport,
    source: 'cli/commands/progress.ts',
  },
  {
    name: 'progress reset',
    mode: 'batch',
    args: '',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['yes'],
    summary: ['Delete all progress (asks first; --yes to skip)'],
    load: async () => (await import('./commands/progress.js')).runProgressReset,
    source: 'cli/commands/progress.ts',
  },
  {
    name: 'sandbox serve',
    mode: 'batch',
    args: '',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['scenario', 'solved', 'port'],
    summary: [
      'Serve IMDS and ECS credential endpoints on 127.0.0.1',
      '(--scenario NAME [--solved], --port N for IMDS;',
      'ECS takes a free port)',
    ],
    helpLine: 'live IMDS and ECS credential endpoints',
    load: async () => (await import('./commands/sandbox-serve.js')).runSandboxServe,
    source: 'cli/commands/sandbox-serve.ts',
  },
  {
    name: 'sandbox export',
    mode: 'batch',
    args: 'SCENARIO',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['format', 'solved', 'out', 'force'],
    summary: [
      'Export a scenario to deploy: your saved world, or',
      '--solved (--format cli|cloudformation|terraform,',
      '--out FILE, --force to replace it)',
    ],
    helpLine: 'a scenario as a CLI script, CloudFormation or Terraform',
    load: async () => (await import('./commands/sandbox-export.js')).runSandboxExport,
    source: 'cli/commands/sandbox-export.ts',
  },
  {
    name: 'workshop report',
    mode: 'batch',
    args: 'PACK RESULTS...',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['format', 'out', 'force'],
    summary: ["Class report from attendees' exports", '(Markdown; --format csv, or --out FILE.md for both)'],
    load: async () => (await import('./commands/workshop-report.js')).runWorkshopReport,
    source: 'cli/commands/workshop-report.ts',
  },
  {
    name: 'workshop host',
    mode: 'batch',
    args: 'PACK',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['headless', 'port', 'bind', 'out', 'force', 'idleMinutes'],
    summary: [
      "Host a live class on 127.0.0.1 with the instructor's",
      'dashboard; q writes the class report (--out FILE.md).',
      '--bind ADDR for a network, --port N, --idle-minutes N;',
      '--headless prints JOIN_URL= and INSTRUCTOR_TOKEN=',
    ],
    helpLine: 'host a live class with a dashboard',
    load: async () => (await import('./commands/workshop-host.js')).runWorkshopHost,
    source: 'cli/commands/workshop-host.ts',
  },
  {
    name: 'workshop status',
    mode: 'batch',
    args: 'URL',
    maxArgs: Number.POSITIVE_INFINITY,
    flags: ['token', 'json'],
    summary: ["A live class's grid, stuck step and per-question", 'results (--token TOKEN, --json)'],
    load: async () => (await import('./commands/workshop-status.js')).runWorkshopStatus,
    source: 'cli/commands/workshop-status.ts',
  },
] as const satisfies readonly CommandDef[];

/** One entry of the table, with its literal name and mode. */
export type TableEntry = (typeof commandTable)[number];
export type CommandName = TableEntry['name'];
export type InteractiveCommand = Extract<TableEntry, { mode: 'interactive' }>['name'] | 'home';
export type BatchCommand = Extract<TableEntry, { mode: 'batch' }>['name'];

export const interactiveCommands: readonly InteractiveCommand[] = [
  'home',
  ...commandTable.filter((c) => c.mode === 'interactive').map((c) => c.name),
];
export const batchCommands: readonly BatchCommand[] = commandTable
  .filter((c): c is Extract<TableEntry, { mode: 'batch' }> => c.mode === 'batch')
  .map((c) => c.name);

export function findCommand(name: string): TableEntry | undefined {
  return commandTable.find((c) => c.name === name);
}

/**
 * Flags the bare launch (the home screen) accepts besides the global ones. --seed is for the whole
 * session: from home, a lesson link or the menu can lead into a quiz (so every interactive command
 * declares it too).
 */
export const homeFlags: readonly FlagName[] = ['seed'];

/** Flags a command accepts (undefined: the home screen): the global ones and its own. */
export function acceptedFlags(command: CommandDef | undefined): Set<FlagName> {
  const globals = (Object.keys(flagTable) as FlagName[]).filter((name) => (flagTable[name] as FlagDef).global === true);
  return new Set<FlagName>([...globals, ...(command === undefined ? homeFlags : command.flags)]);
}

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `--data-dir`, or `--no-color` for a flag on by default. */
export function flagSpelling(name: FlagName): string {
  const def: FlagDef = flagTable[name];
  return def.type === 'boolean' && def.default === true ? `--no-${kebab(name)}` : `--${kebab(name)}`;
}
