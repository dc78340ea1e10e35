import type { BatchCommand, CliFlags } from './args.js';
import type { CliIo } from './io.js';
import { readAllStdin } from './stdin.js';

/** Runs a command that needs no terminal. Each command lives in its own module, loaded on demand. */
export async function runBatch(command: BatchCommand, args: string[], flags: CliFlags, io: CliIo): Promise<number> {
  switch (command) {
    case 'sandbox serve': {
      const { sandboxServeCommand } = await import('./commands/sandbox-serve.js');
      return sandboxServeCommand(flags, io, process.stdin.isTTY ? { keys: process.stdin } : {});
    }
    case 'explain': {
      const { explainCommand } = await import('./commands/explain.js');
      return explainCommand(args, flags, io, io.readStdin ?? readAllStdin);
    }
    case 'validate': {
      const { validateCommand } = await import('../content/index.js');
      // A workshop pack's workshop.yaml is checked too (the content module's extension point).
      const { installWorkshopValidation } = await import('../workshop/validate-hook.js');
      installWorkshopValidation();
      const result = validateCommand({ dirs: args, cwd: io.cwd });
      io.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
      return result.exitCode;
    }
    case 'progress export': {
      const { progressExportCommand } = await import('./commands/progress.js');
      return progressExportCommand(args, flags, io);
    }
    case 'progress import': {
      const { progressImportCommand } = await import('./commands/progress.js');
      return progressImportCommand(args, flags, io);
    }
    case 'progress reset': {
      const { progressResetCommand, askOnTerminal } = await import('./commands/progress.js');
      return progressResetCommand(args, flags, io, { ask: askOnTerminal });
    }
    case 'workshop report': {
      const { workshopReportCommand } = await import('./commands/workshop-report.js');
      return workshopReportCommand(args, flags, io);
    }
    case 'workshop host': {
      const { workshopHostCommand } = await import('./commands/workshop-host.js');
      return workshopHostCommand(args, flags, io);
    }
    case 'workshop status': {
      const { workshopStatusCommand } = await import('./commands/workshop-status.js');
      return workshopStatusCommand(args, flags, io);
    }
    default:
      io.stderr.write(`iam-tutor: '${command}' is not available in this version yet.\n`);
      return 1;
  }
}
