import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type ExplainOptions,
  explainExitCode,
  explainPolicy,
  formatExplain,
  type PolicyKind,
} from '../../iam/index.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';

const kinds: Record<string, PolicyKind> = {
  trust: 'trust',
  identity: 'identity',
  resource: 'resource',
  boundary: 'boundary',
  scp: 'scp',
};

/**
 * `iam-tutor explain FILE|- [--as KIND] [--account ID] [--json]`: exit 0 when IAM would accept the
 * policy, 1 when not, 2 on bad usage. --account names the account the policy lives in, so the
 * cross-account checks can tell the own account from others.
 */
export async function explainCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  readStdin: () => Promise<string>,
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
      io.stderr.write(`iam-tutor: --as must be trust, identity or resource (got '${flags.as}')\n`);
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
  let text: string;
  try {
    text = source === '-' ? await readStdin() : readFileSync(resolve(io.cwd, source), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    io.stderr.write(`iam-tutor: cannot read ${source}: ${reason}\n`);
    return 2;
  }
  const options: ExplainOptions = {};
  if (as !== undefined) options.as = as;
  if (account !== undefined) options.account = account;
  const result = explainPolicy(text, options);
  if (flags.json) {
    const { policy: _policy, ...printable } = result;
    io.stdout.write(`${JSON.stringify({ file: source, ...printable }, null, 2)}\n`);
  } else {
    const color = io.env.FORCE_COLOR !== '0' && io.stdout.isTTY === true;
    io.stdout.write(`${formatExplain(result, { color })}\n`);
  }
  return explainExitCode(result);
}
