// Real AWS clients nobody here wrote, run as child processes against the live endpoints: botocore
// (what boto3 and AWS CLI v1 are built on), AWS CLI v2 (Debian's awscli package) and AWS CLI v1.
// Each is looked for once; a machine without one skips its tests and the test name says why.
// Children are spawned asynchronously: the servers run in the test's own process and must keep
// answering while a client waits.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function versionOf(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0) return undefined;
  return `${result.stdout}${result.stderr}`.trim();
}

/** A python3 with botocore: the one on PATH first, then Debian's (apt python3-botocore). */
export const botocorePython = ['python3', '/usr/bin/python3'].find(
  (python) => versionOf(python, ['-c', 'import botocore; print(botocore.__version__)']) !== undefined,
);
export const botocoreVersion = botocorePython
  ? versionOf(botocorePython, ['-c', 'import botocore; print(botocore.__version__)'])
  : undefined;

/** AWS CLI v2: Debian's awscli installs it as /usr/bin/aws (a pyenv `aws` earlier on PATH may be v1). */
export const cliV2 = ['/usr/bin/aws', 'aws'].find((aws) => versionOf(aws, ['--version'])?.startsWith('aws-cli/2.'));
export const cliV2Version = cliV2 ? versionOf(cliV2, ['--version']) : undefined;
export const cliV1 = ['aws', '/usr/bin/aws'].find((aws) => versionOf(aws, ['--version'])?.startsWith('aws-cli/1.'));
export const cliV1Version = cliV1 ? versionOf(cliV1, ['--version']) : undefined;

export const skipNote = (what: string, found: unknown, install: string) =>
  found ? '' : ` (SKIPPED: no ${what} here; ${install} to run it)`;

export interface ClientRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Only the given variables and empty config files: nothing from the developer's ~/.aws or shell. */
export function clientEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'aws-client-'));
  writeFileSync(join(dir, 'config'), '');
  writeFileSync(join(dir, 'credentials'), '');
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_') && !name.startsWith('ECS_')),
  );
  return {
    ...env,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_PAGER: '',
    ...vars,
  };
}

/** Runs a client to completion (killed after `limitMs`), without blocking this process. */
export function runClient(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  limitMs = 30_000,
): Promise<ClientRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * botocore's default chain as boto3 runs it, printing one JSON line: the method and key, or none,
 * plus whether botocore logged its "expiration extension" (it does when served credentials have
 * too little time left, which real IMDS never causes).
 */
export const BOTOCORE_SCRIPT = [
  'import json, logging, io',
  'import botocore.session, botocore.utils',
  'log = io.StringIO()',
  'handler = logging.StreamHandler(log)',
  'logging.getLogger("botocore").addHandler(handler)',
  'logging.getLogger("botocore").setLevel(logging.INFO)',
  's = botocore.session.get_session()',
  'try:',
  '  c = s.get_credentials()',
  'except Exception as e:',
  '  print(json.dumps({"method": None, "key": None, "error": f"{type(e).__name__}: {e}", "extension": False}))',
  '  raise SystemExit(0)',
  'f = c.get_frozen_credentials() if c else None',
  'region = botocore.utils.IMDSRegionProvider(s).provide() if s.get_config_variable("region") is None else None',
  'print(json.dumps({"method": c.method if c else None, "key": f.access_key if f else None,',
  '  "expiry": c._expiry_time.strftime("%Y-%m-%dT%H:%M:%SZ") if c and getattr(c, "_expiry_time", None) else None,',
  '  "imdsRegion": region, "extension": "credential expiration extension" in log.getvalue()}))',
].join('\n');

export interface BotocoreResult {
  method: string | null;
  key: string | null;
  expiry: string | null;
  imdsRegion: string | null;
  extension: boolean;
  /** The exception botocore raised, as "Type: message". */
  error?: string;
}

export async function botocore(env: NodeJS.ProcessEnv): Promise<BotocoreResult & { stderr: string }> {
  const run = await runClient(botocorePython!, ['-c', BOTOCORE_SCRIPT], env);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return { ...(JSON.parse(line) as BotocoreResult), stderr: run.stderr };
  } catch {
    throw new Error(`botocore printed no result: ${run.stdout}\n${run.stderr}`);
  }
}
