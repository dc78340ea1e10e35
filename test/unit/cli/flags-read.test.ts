// A flag that is parsed but read by nothing is a lie in the usage text (`--topics` and `--lesson`
// were accepted and silently ignored). Every flag the command table declares for a command must be
// read by that command's handler, and every command and flag must be in --help and the Help screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';
import {
  type CommandDef,
  commandTable,
  type FlagDef,
  type FlagName,
  flagSpelling,
  flagTable,
} from '../../../src/cli/command-table.js';
import { helpScreenCommands, usage } from '../../../src/cli/usage.js';
import { initialRoutes } from '../../../src/ui/run.js';

const src = join(import.meta.dirname, '../../../src');
const read = (path: string) => readFileSync(join(src, path), 'utf8');
const commands = commandTable as readonly CommandDef[];
const flagNames = Object.keys(flagTable) as FlagName[];

// The source files that make up a command's handler. A batch command's is the module its table
// entry imports; an interactive command's flags reach the app through ui/run.tsx (and main.ts),
// plus the pre-flight modules its table entry names (workshop: the pack and the live-class link).
function handlerSources(command: CommandDef): string {
  if (command.mode === 'batch') return read(command.source);
  return [read('ui/run.tsx'), read('cli/main.ts'), ...(command.preflight ?? []).map(read)].join('\n');
}

describe('the command table', () => {
  for (const command of commands) {
    for (const name of command.flags) {
      it(`${command.name} reads the --${name} it declares`, () => {
        expect(handlerSources(command)).toMatch(new RegExp(`flags\\.${name}\\b`));
      });
    }
  }

  it("names the module each batch command's loader imports", async () => {
    for (const command of commands) {
      if (command.mode !== 'batch') continue;
      const handler = await command.load();
      const module: Record<string, unknown> = await import(join(src, command.source));
      expect(Object.values(module), command.name).toContain(handler);
    }
  });

  it('has every global flag read outside the parser', () => {
    const everything = [
      read('cli/main.ts'),
      read('ui/run.tsx'),
      ...['progress', 'workshop', 'workshop-report'].map((f) => read(`cli/commands/${f}.ts`)),
    ].join('\n');
    for (const name of flagNames.filter((n) => (flagTable[n] as FlagDef).global && n !== 'help' && n !== 'version')) {
      expect(everything, `--${name}`).toMatch(new RegExp(`flags\\.${name}\\b`));
    }
  });

  it('declares no flag that no command accepts', () => {
    const used = new Set(commands.flatMap((c) => c.flags));
    for (const name of flagNames.filter((n) => !(flagTable[n] as FlagDef).global)) {
      expect(used.has(name), `--${name}`).toBe(true);
    }
  });

  it('puts every command and every flag in --help', () => {
    for (const command of commands) {
      const left = command.args === '' ? command.name : `${command.name} ${command.args}`;
      expect(usage).toContain(`  ${left} `);
    }
    for (const name of flagNames) expect(usage, name).toContain(flagSpelling(name));
  });

  it("puts every command in the Help screen's list", () => {
    for (const command of commands) {
      expect(
        helpScreenCommands.some((line) => line.startsWith(`iam-tutor ${command.name}`)),
        command.name,
      ).toBe(true);
    }
  });

  it('accepts each declared flag on its command and refuses it elsewhere with usage exit 2', () => {
    for (const command of commands) {
      const words = command.name.split(' ');
      for (const name of flagNames.filter((n) => !(flagTable[n] as FlagDef).global)) {
        const def: FlagDef = flagTable[name];
        const argv = [
          ...words,
          flagSpelling(name),
          ...(def.type === 'boolean' ? [] : def.type === 'number' ? ['3'] : ['x']),
        ];
        const parsed = parseArgs(argv, '0.0.0');
        if ((command.flags as readonly string[]).includes(name)) {
          expect(parsed.kind, argv.join(' ')).not.toBe('error');
        } else {
          expect(parsed, argv.join(' ')).toMatchObject({
            kind: 'error',
            message: `${flagSpelling(name)} does not apply to '${command.name}'`,
          });
        }
      }
    }
  });

  it('quiz --topics preselects the topics on the practice setup', () => {
    expect(initialRoutes('quiz', [], { topics: 'trust-policies, instance-profiles,' })).toEqual([
      { name: 'home' },
      { name: 'quiz', params: { topics: ['trust-policies', 'instance-profiles'] } },
    ]);
  });
});
