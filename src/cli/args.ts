import meow from 'meow';
import {
  acceptedFlags,
  type BatchCommand,
  type CliFlags,
  type CommandDef,
  findCommand,
  type FlagDef,
  flagSpelling,
  flagTable,
  type FlagName,
  type InteractiveCommand,
  kebab,
} from './command-table.js';
import { commandUsage, shortUsage, usage } from './usage.js';

export type { BatchCommand, CliFlags, InteractiveCommand } from './command-table.js';
export { batchCommands, interactiveCommands } from './command-table.js';
import { batchCommands } from './command-table.js';

export type ParsedArgs =
  | { kind: 'help'; text: string }
  | { kind: 'version'; version: string }
  | { kind: 'error'; message: string; usage: string }
  | { kind: 'interactive'; command: InteractiveCommand; args: string[]; flags: CliFlags }
  | { kind: 'batch'; command: BatchCommand; args: string[]; flags: CliFlags };

/** meow's view of the flag table. */
export const flagSpec = flagTable;

// yargs-parser (inside meow) reports unknown flags under their camelCase and raw names; these
// are the spellings we accept so everything else can be reported as unknown.
const knownFlagNames = new Set<string>(
  (Object.keys(flagTable) as FlagName[]).flatMap((name) => {
    const def: FlagDef = flagTable[name];
    const spelled = flagSpelling(name).slice(2);
    return [name, kebab(name), spelled, spelled.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())].concat(
      def.shortFlag === undefined ? [] : [def.shortFlag],
    );
  }),
);

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
  for (const [name, spec] of Object.entries(flagTable)) {
    if (spec.type === 'string' && raw[name as keyof typeof raw] === '') {
      return { kind: 'error', message: `--${kebab(name)} needs a value`, usage: shortUsage };
    }
  }
  for (const numeric of ['seed', 'count', 'port'] as const satisfies readonly FlagName[]) {
    const value = raw[numeric];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      return { kind: 'error', message: `--${numeric} needs a whole number`, usage: shortUsage };
    }
  }
  const { help: _help, version: _version, ...flags } = raw;

  const [first, second, ...rest] = cli.input;
  if (first === undefined)
    return withFlagsChecked(argv, undefined, { kind: 'interactive', command: 'home', args: [], flags });
  if (first === 'help') return { kind: 'help', text: usage };
  const pair = second === undefined ? undefined : findCommand(`${first} ${second}`);
  if (pair?.mode === 'batch') {
    return withFlagsChecked(argv, pair, { kind: 'batch', command: pair.name, args: rest, flags });
  }
  const command = findCommand(first);
  if (command === undefined) return { kind: 'error', message: `unknown command '${first}'`, usage: shortUsage };
  const args = cli.input.slice(1);
  if (command.mode === 'batch') {
    return withFlagsChecked(argv, command, { kind: 'batch', command: command.name, args, flags });
  }
  if (args.length > command.maxArgs) {
    // `progress exprt` is a mistyped subcommand; `quiz foo` an argument quiz does not take.
    const extra = args[command.maxArgs]!;
    const message =
      hasSubcommands(command.name) && command.maxArgs === 0
        ? `unknown command '${command.name} ${extra}'`
        : `unexpected argument '${extra}' for ${command.name}`;
    return { kind: 'error', message, usage: commandUsage(command) };
  }
  return withFlagsChecked(argv, command, {
    kind: 'interactive',
    command: command.name,
    args,
    flags,
  });
}

/** `explain --port 80`: a flag the command would silently ignore is a usage error (exit 2). */
function withFlagsChecked(argv: readonly string[], command: CommandDef | undefined, parsed: ParsedArgs): ParsedArgs {
  const accepted = acceptedFlags(command);
  for (const name of givenFlags(argv)) {
    if (!accepted.has(name)) {
      const where = command === undefined ? 'the home screen' : `'${command.name}'`;
      return {
        kind: 'error',
        message: `${flagSpelling(name)} does not apply to ${where}`,
        usage: command === undefined ? shortUsage : commandUsage(command),
      };
    }
  }
  return parsed;
}

/** The table flags spelled on the command line (before a `--`), by table name. */
function givenFlags(argv: readonly string[]): FlagName[] {
  const names: FlagName[] = [];
  for (const token of argv) {
    if (token === '--') break;
    if (token.startsWith('--')) {
      const spelled = token.slice(2).split('=')[0]!;
      const plain = spelled.startsWith('no-') ? spelled.slice(3) : spelled;
      const camel = plain.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      if (camel in flagTable) names.push(camel as FlagName);
    } else if (/^-[a-zA-Z]+$/.test(token)) {
      for (const letter of token.slice(1)) {
        const found = (Object.keys(flagTable) as FlagName[]).find(
          (name) => (flagTable[name] as FlagDef).shortFlag === letter,
        );
        if (found !== undefined) names.push(found);
      }
    }
  }
  return names;
}

/** Interactive commands that also have batch subcommands (progress export, sandbox serve …). */
function hasSubcommands(name: string): boolean {
  return batchCommands.some((command) => command.startsWith(`${name} `));
}
