import meow from 'meow';
import { shortUsage, usage } from './usage.js';

/** Screens the interactive app can open straight away. */
export const interactiveCommands = ['home', 'lessons', 'quiz', 'exam', 'sandbox', 'progress', 'workshop'] as const;
export type InteractiveCommand = (typeof interactiveCommands)[number];

/** Commands that run to completion without a terminal. */
export const batchCommands = [
  'explain',
  'validate',
  'progress export',
  'progress import',
  'progress reset',
  'sandbox serve',
  'workshop report',
  'workshop host',
  'workshop status',
] as const;
export type BatchCommand = (typeof batchCommands)[number];

export interface CliFlags {
  dataDir?: string;
  color: boolean;
  seed?: number;
  count?: number;
  topics?: string;
  as?: string;
  /** explain: the 12-digit account the policy belongs to, for the cross-account checks. */
  account?: string;
  json: boolean;
  scenario?: string;
  port?: number;
  format?: string;
  out?: string;
  yes: boolean;
  /** --out may replace an existing file (never the data dir's files, an input or a link). */
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
}

export type ParsedArgs =
  | { kind: 'help'; text: string }
  | { kind: 'version'; version: string }
  | { kind: 'error'; message: string; usage: string }
  | { kind: 'interactive'; command: InteractiveCommand; args: string[]; flags: CliFlags }
  | { kind: 'batch'; command: BatchCommand; args: string[]; flags: CliFlags };

export const flagSpec = {
  help: { type: 'boolean', shortFlag: 'h', default: false },
  version: { type: 'boolean', shortFlag: 'v', default: false },
  dataDir: { type: 'string' },
  color: { type: 'boolean', default: true },
  seed: { type: 'number' },
  count: { type: 'number' },
  topics: { type: 'string' },
  as: { type: 'string' },
  account: { type: 'string' },
  json: { type: 'boolean', default: false },
  scenario: { type: 'string' },
  port: { type: 'number' },
  format: { type: 'string' },
  out: { type: 'string' },
  yes: { type: 'boolean', shortFlag: 'y', default: false },
  force: { type: 'boolean', default: false },
  name: { type: 'string' },
  solved: { type: 'boolean', default: false },
  join: { type: 'string' },
  token: { type: 'string' },
  bind: { type: 'string' },
  headless: { type: 'boolean', default: false },
} as const;

// yargs-parser (inside meow) reports unknown flags under their camelCase and raw names; these
// are the spellings we accept so everything else can be reported as unknown.
const knownFlagNames = new Set<string>([...Object.keys(flagSpec), 'data-dir', 'h', 'v', 'y', 'noColor', 'no-color']);

/**
 * Parses argv without side effects: meow is told not to print or exit on its own so that every
 * outcome (help, version, errors) is decided here and testable.
 */
export function parseArgs(argv: string[], version: string): ParsedArgs {
  let cli: ReturnType<typeof meow<typeof flagSpec>>;
  try {
    cli = meow({
      importMeta: import.meta,
      argv,
      autoHelp: false,
      autoVersion: false,
      allowUnknownFlags: true,
      description: false,
      help: usage,
      version,
      flags: flagSpec,
    });
  } catch (error) {
    return { kind: 'error', message: (error as Error).message, usage: shortUsage };
  }
  const unknown = Object.keys(cli.unnormalizedFlags).filter((name) => !knownFlagNames.has(name));
  if (unknown.length > 0) {
    const name = unknown[0]!;
    return { kind: 'error', message: `unknown option ${name.length === 1 ? '-' : '--'}${name}`, usage: shortUsage };
  }
  const raw = cli.flags;
  if (raw.help) return { kind: 'help', text: usage };
  if (raw.version) return { kind: 'version', version };

  // A value flag given last (or followed by another flag) arrives as ''. Treating that as "not
  // given" would make `progress reset --yes --data-dir` reset the default store.
  for (const [name, spec] of Object.entries(flagSpec)) {
    if (spec.type === 'string' && raw[name as keyof typeof raw] === '') {
      return { kind: 'error', message: `--${kebab(name)} needs a value`, usage: shortUsage };
    }
  }
  for (const numeric of ['seed', 'count', 'port'] as const) {
    const value = raw[numeric];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      return { kind: 'error', message: `--${numeric} needs a whole number`, usage: shortUsage };
    }
  }
  const flags: CliFlags = {
    dataDir: raw.dataDir,
    color: raw.color,
    seed: raw.seed,
    count: raw.count,
    topics: raw.topics,
    as: raw.as,
    account: raw.account,
    json: raw.json,
    scenario: raw.scenario,
    port: raw.port,
    format: raw.format,
    out: raw.out,
    yes: raw.yes,
    force: raw.force,
    name: raw.name,
    solved: raw.solved,
    join: raw.join,
    token: raw.token,
    bind: raw.bind,
    headless: raw.headless,
  };

  const [first, second, ...rest] = cli.input;
  if (first === undefined) return { kind: 'interactive', command: 'home', args: [], flags };
  if (first === 'help') return { kind: 'help', text: usage };
  if (second !== undefined) {
    const pair = `${first} ${second}`;
    if ((batchCommands as readonly string[]).includes(pair)) {
      return { kind: 'batch', command: pair as BatchCommand, args: rest, flags };
    }
  }
  if ((batchCommands as readonly string[]).includes(first)) {
    return { kind: 'batch', command: first as BatchCommand, args: cli.input.slice(1), flags };
  }
  if ((interactiveCommands as readonly string[]).includes(first) && first !== 'home') {
    const command = first as InteractiveCommand;
    const args = cli.input.slice(1);
    if (args.length > positionalLimit[command]) {
      // `progress exprt` is a mistyped subcommand; `quiz foo` an argument quiz does not take.
      const extra = args[positionalLimit[command]]!;
      const message =
        subcommandOwners.has(command) && positionalLimit[command] === 0
          ? `unknown command '${command} ${extra}'`
          : `unexpected argument '${extra}' for ${command}`;
      return { kind: 'error', message, usage: shortUsage };
    }
    return { kind: 'interactive', command, args, flags };
  }
  return { kind: 'error', message: `unknown command '${first}'`, usage: shortUsage };
}

/** How many positional arguments each interactive command takes (lessons ID, sandbox SCENARIO, workshop PACK). */
const positionalLimit: Record<InteractiveCommand, number> = {
  home: 0,
  lessons: 1,
  quiz: 0,
  exam: 0,
  sandbox: 1,
  progress: 0,
  workshop: 1,
};
/** Interactive commands that also have batch subcommands (progress export, sandbox serve …). */
const subcommandOwners = new Set<string>(batchCommands.filter((c) => c.includes(' ')).map((c) => c.split(' ')[0]!));

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
