// `iam-tutor workshop PACK [--name ATTENDEE]`, before the interactive app starts: check the
// pack and work out the attendee's data dir, printing problems on the normal terminal (exit 1
// for a broken pack, 2 for bad usage such as a missing directory) instead of inside the UI.
import type { WorkshopSession } from '../../workshop/session.js';
import { prepareWorkshopSession } from '../../workshop/session.js';
import { cleanText } from '../../untrusted/text.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';

export type PreparedWorkshop = { ok: true; session: WorkshopSession } | { ok: false; code: number };

export function prepareWorkshop(args: string[], flags: CliFlags, io: CliIo): PreparedWorkshop {
  const result = prepareWorkshopSession({
    args,
    name: flags.name,
    dataDirFlag: flags.dataDir,
    env: io.env,
    cwd: io.cwd,
  });
  if (!result.ok) {
    for (const line of result.problems) io.stderr.write(`${line}\n`);
    io.stderr.write(`iam-tutor: ${cleanText(result.message)}\n`);
    return { ok: false, code: result.exitCode };
  }
  // Warnings do not stop a class; the author sees them with `iam-tutor validate`.
  return { ok: true, session: result.session };
}
