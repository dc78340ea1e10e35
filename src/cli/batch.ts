import type { BatchCommand, CliFlags } from './args.js';
import type { CliIo } from './io.js';
import { readAllStdin } from './stdin.js';

/** Runs a command that needs no terminal. Each command lives in its own module, loaded on demand. */
export async function runBatch(command: BatchCommand, args: string[], flags: CliFlags, io: CliIo): Promise<number> {
  switch (command) {
    case 'explain': {
      const { explainCommand } = await import('./commands/explain.js');
      return explainCommand(args, flags, io, io.readStdin ?? readAllStdin);
    }
    case 'validate': {
      const { validateCommand } = await import('../content/index.js');
      const result = validateCommand({ dirs: args, cwd: io.cwd });
      io.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
      return result.exitCode;
    }
    default:
      io.stderr.write(`iam-tutor: '${command}' is not available in this version yet.\n`);
      return 1;
  }
}
