#!/usr/bin/env node
// Entry point. Kept tiny so `--version` and `--help` never load Ink or React: everything heavy is
// imported lazily by main() once the command is known (esbuild splits those into chunks).
import { main } from './cli/main.js';
import { realIo } from './cli/io.js';

main(process.argv.slice(2), realIo()).then(
  ({ code, hardExit }) => {
    // Interactive sessions end with an explicit exit: stray timers (spinners, clocks) must not
    // keep a finished tutor alive. Batch commands let stdout drain so piped output is complete.
    if (hardExit) process.exit(code);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`iam-tutor: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    process.stderr.write('Please report this with the command you ran. Your progress is saved.\n');
    process.exit(1);
  },
);
