import type { BatchCommand, CliFlags } from './args.js';
import type { CliIo } from './io.js';

/** Runs a command that needs no terminal. Each command lives in its own module, loaded on demand. */
export async function runBatch(command: BatchCommand, _args: string[], _flags: CliFlags, io: CliIo): Promise<number> {
  switch (command) {
    default:
      io.stderr.write(`iam-tutor: '${command}' is not available in this version yet.\n`);
      return 1;
  }
}
