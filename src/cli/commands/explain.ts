import type { BatchHandler } from '../command-table.js';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type ExplainOptions,
  explainExitCode,
  explainPolicy,
  formatExplain,
  type PolicyKind,
} from '../../iam/index.js';
import { cleanText } from '../../untrusted/text.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';
import { readAllStdin } from '../stdin.js';

const kinds: Record<string, PolicyKind> = {
  trust: 'trust',
  identity: 'identity',
  resource: 'resource',
  boundary: 'boundary',
  scp: 'scp',
  rcp: 'rcp',
};

/** A file name or flag value as typed, safe to print. */
const sanitizeArg = (value: string): string => cleanText(value);

/**
 * The most explain reads. IAM's largest policy is 10,240 characters (a role's inline policies) and
 * resource policies go to 20 KB (an S3 bucket policy), so 1 MiB is fifty times anything real; it
 * keeps /dev/zero or a runaway pipe from exhausting memory (it aborted the process natively).
 */
export const MAX_POLICY_BYTES = 1024 * 1024;

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const tooBig = (what: string): string =>
  `${what} is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MiB; explain reads at most that much (IAM's own policies are at most 10,240 characters, resource policies about 20 KB)`;

/** Reads a regular file of at most MAX_POLICY_BYTES; devices, FIFOs and directories are refused unopened. */
function readPolicyFile(path: string): ReadResult {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error),
    };
  }
  if (stats.isDirectory()) return { ok: false, reason: 'it is a directory, not a policy file' };
  if (!stats.isFile())
    return { ok: false, reason: 'it is not a regular file (a device, FIFO or socket); pipe it in with - instead' };
  if (stats.size > MAX_POLICY_BYTES) return { ok: false, reason: tooBig('the file') };
  // Read with a byte limit even so: the file may grow between stat and read.
  const buffer = Buffer.alloc(MAX_POLICY_BYTES + 1);
  let length = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_POLICY_BYTES) return { ok: false, reason: tooBig('the file') };
    }
  } catch (error) {
    return { ok: false, reason: String((error as NodeJS.ErrnoException).code ?? error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return { ok: true, bytes: buffer.subarray(0, length) };
}

/**
 * `iam-tutor explain FILE|- [--as KIND] [--account ID] [--json]`: exit 0 when IAM would accept the
 * policy, 1 when not, 2 on bad usage. --account names the account the policy lives in, so the
 * cross-account checks can tell the own account from others.
 */
export async function explainCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  /** Standard input, read up to `limit` bytes (more than that is refused). Tests pass text. */
  readStdin: (limit: number) => Promise<string | Uint8Array>,
): Promise<number> {
  const source = args[0];
  if (source === undefined || args.length > 1) {
    io.stderr.write('iam-tutor: explain needs one policy file, or - to read standard input\n');
    return 2;
  }
  let as: PolicyKind | undefined;
  if (flags.as !== undefined) {
    as = kinds[flags.as];
    if (as === undefined) {
      io.stderr.write(
        `iam-tutor: --as must be one of ${Object.keys(kinds).join(', ')} (got '${sanitizeArg(flags.as)}')\n`,
      );
      return 2;
    }
  }
  const account = flags.account;
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    io.stderr.write(
      `iam-tutor: --account must be a 12-digit AWS account ID, such as 111122223333 (got '${account}')\n`,
    );
    return 2;
  }
  let input: string | Uint8Array;
  if (source === '-') {
    try {
      input = await readStdin(MAX_POLICY_BYTES);
    } catch (error) {
      io.stderr.write(`iam-tutor: cannot read standard input: ${(error as Error).message}\n`);
      return 2;
    }
    if (input.length > MAX_POLICY_BYTES) {
      io.stderr.write(`iam-tutor: cannot read standard input: ${tooBig('standard input')}\n`);
      return 2;
    }
  } else {
    const read = readPolicyFile(resolve(io.cwd, source));
    if (!read.ok) {
      io.stderr.write(`iam-tutor: cannot read ${sanitizeArg(source)}: ${read.reason}\n`);
      return 2;
    }
    input = read.bytes;
  }
  const options: ExplainOptions = {};
  if (as !== undefined) options.as = as;
  if (account !== undefined) options.account = account;
  const result = explainPolicy(input, options);
  if (flags.json) {
    const { policy: _policy, ...printable } = result;
    io.stdout.write(`${JSON.stringify({ file: source, ...printable }, null, 2)}\n`);
  } else {
    const color = io.env.FORCE_COLOR !== '0' && io.stdout.isTTY === true;
    io.stdout.write(`${formatExplain(result, { color })}\n`);
  }
  return explainExitCode(result);
}

/** The command table's handler: stdin is read only for `explain -`. */
export const runExplain: BatchHandler = ({ args, flags, io }) =>
  explainCommand(args, flags, io, io.readStdin ?? readAllStdin);
