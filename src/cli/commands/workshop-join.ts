// `iam-tutor workshop PACK --name NAME --join URL`: checks the join URL before the UI starts and
// sets up the attendee's link to the class host (src/workshop/live-node/attendee-link.ts). The
// link watches the attendee's own store, so the screens need no change to report progress.
import { mkdirSync } from 'node:fs';
import { cleanText } from '../../untrusted/text.js';
import { AttendeeLink, checkJoinUrl } from '../../workshop/live-node/attendee-link.js';
import type { WorkshopSession } from '../../workshop/session.js';
import type { CliFlags, InteractiveCommand } from '../args.js';
import type { CliIo } from '../io.js';

export type PreparedLink = { ok: true; link?: AttendeeLink } | { ok: false };

export function prepareLiveLink(
  command: InteractiveCommand,
  flags: CliFlags,
  workshop: WorkshopSession | undefined,
  io: CliIo,
): PreparedLink {
  if (flags.join === undefined) return { ok: true };
  if (command !== 'workshop' || workshop === undefined) {
    io.stderr.write('iam-tutor: --join goes with a workshop: iam-tutor workshop PACK --name NAME --join URL\n');
    return { ok: false };
  }
  const checked = checkJoinUrl(flags.join);
  if (!checked.ok) {
    io.stderr.write(`iam-tutor: ${cleanText(checked.message)} (got '${cleanText(flags.join)}')\n`);
    return { ok: false };
  }
  mkdirSync(workshop.dataDir, { recursive: true });
  return {
    ok: true,
    link: new AttendeeLink({
      dataDir: workshop.dataDir,
      joinUrl: checked.url,
      name: workshop.attendee,
      workshop: workshop.workshop,
    }),
  };
}
