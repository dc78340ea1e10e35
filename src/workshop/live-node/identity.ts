// The class's join code and instructor token, kept in <host data dir>/host.json (mode 0600) so a
// restarted host keeps the same join URL and token and the attendees' queues find it again.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readUntrustedFile } from '../../untrusted/read-file.js';

const identitySchema = z.strictObject({
  code: z.string().regex(/^[a-z2-7]{8}$/),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  pack: z.string(),
});
export type HostIdentity = z.infer<typeof identitySchema>;

/** 8 base32 characters: 40 bits, short enough to read out, and a wrong guess only ever gets a 404. */
export function newJoinCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(8)].map((byte) => alphabet[byte & 31]).join('');
}

/** 32 random bytes, base64url: never printed to attendees, never in the join URL. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function loadOrCreateIdentity(
  dir: string,
  pack: string,
): { ok: true; identity: HostIdentity; resumed: boolean } | { ok: false; message: string } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'host.json');
  const read = readUntrustedFile(path, { maxBytes: 4096, followSymlink: false });
  if (read.ok) {
    let raw: unknown;
    try {
      raw = JSON.parse(read.text);
    } catch {
      raw = undefined;
    }
    const parsed = identitySchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, message: `${path} is not a class host file; move it away to start afresh` };
    return { ok: true, identity: parsed.data, resumed: true };
  }
  const identity: HostIdentity = { code: newJoinCode(), token: newToken(), pack };
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(identity)}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temp, path);
  return { ok: true, identity, resumed: false };
}
