// `iam-tutor validate [DIR...]`: checks lessons, question banks and workshop packs.
import type { BatchHandler } from '../command-table.js';

export const runValidate: BatchHandler = async ({ args, io }) => {
  const { validateCommand } = await import('../../content/index.js');
  // A workshop pack's workshop.yaml is checked too (the content module's extension point).
  const { installWorkshopValidation } = await import('../../workshop/validate-hook.js');
  installWorkshopValidation();
  const result = validateCommand({ dirs: args, cwd: io.cwd });
  io.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  return result.exitCode;
};
