import type { BatchHandler } from '../command-table.js';
import type { RunningEndpoints } from '../../sandbox/endpoints/index.js';
import { applyActions, getScenario, isoSeconds, scenarioIds, startScenario, type World } from '../../sandbox/index.js';
import type { CliFlags } from '../args.js';
import type { CliIo } from '../io.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const DEFAULT_SCENARIO = 'guided-ec2-dynamodb';

export interface ServeControls {
  /** Stops serving when aborted (tests; the real command stops on q, Ctrl+C or SIGTERM). */
  signal?: AbortSignal;
  /** Keys from a terminal: '+' advances the sandbox clock, 'q' quits. */
  keys?: NodeJS.ReadStream;
}

/** The world to serve: a scenario's broken setup as the learner meets it, or its fixed one. */
export function worldToServe(scenarioId: string, solved: boolean): World {
  const scenario = getScenario(scenarioId)!;
  const world = startScenario(scenario);
  return solved ? applyActions(world, scenario.referenceSolution).world : world;
}

/** What is served: IMDS with an instance, the ECS endpoints with a task. */
function servedLines(
  instanceId: string | undefined,
  taskArn: string | undefined,
  running: RunningEndpoints,
  portGiven: boolean,
): string[] {
  const lines: string[] = [];
  if (instanceId) {
    lines.push(`IMDS of instance ${instanceId}: ${running.imdsUrl}`);
    if (running.imdsIpv6Url) lines.push(`  and on IPv6 loopback: ${running.imdsIpv6Url}`);
  } else lines.push('This scenario has no instance, so there is no IMDS to point at.');
  if (taskArn && running.taskMetadataUrl) {
    lines.push(`ECS task ${taskArn}:`, `  task metadata endpoint v4: ${running.taskMetadataUrl}`);
    if (running.ecsUrl && running.ecsRelativeUrl) {
      lines.push(
        `  credentials, full URI (for SDKs, with the Authorization token): ${running.ecsUrl}`,
        `  credentials, relative URI, as the ECS agent serves it at 169.254.170.2 (no token): curl ${running.ecsRelativeUrl}`,
      );
    } else {
      lines.push(
        '  no task role in its task definition: ECS sets no AWS_CONTAINER_CREDENTIALS_* variable, so the SDK finds no',
        '  container credentials (AWS CLI: "Unable to locate credentials"; JavaScript SDK: "Could not load credentials',
        '  from any providers").',
      );
    }
    if (portGiven) lines.push('  (--port sets the IMDS port only; the ECS endpoint takes a free port on every start.)');
  } else if (!instanceId) {
    lines.push('It has no running ECS task either: nothing here hands out credentials.');
  }
  return lines;
}

/** The export lines, real variables first and the sandbox's stand-ins marked as such. */
function exportLines(running: RunningEndpoints, instanceId: string | undefined): string[] {
  const lines: string[] = [];
  const exports = (names: string[]) => names.map((name) => `  export ${name}=${running.env[name]}`);
  const real = Object.keys(running.env).filter((name) => !running.sandboxOnly.includes(name));
  if (real.length > 0) {
    lines.push("  # What ECS sets in the task's containers:", ...exports(real));
  }
  if (running.unset.length > 0) lines.push(`  unset ${running.unset.join(' ')}`);
  const standIns = running.sandboxOnly.filter((name) => name in running.env);
  if (standIns.length > 0) {
    lines.push(
      instanceId
        ? '  # On the instance the SDK finds IMDS at 169.254.169.254 by itself; here it needs pointing at it:'
        : '  # Sandbox stand-ins (ECS sets nothing like them): on Fargate IMDS is out of reach, and this IMDS never',
    );
    if (!instanceId)
      lines.push(
        '  # answers either, instead of letting the SDK try your own network; the credentials go through the full URI.',
      );
    lines.push(...exports(standIns));
  }
  if (instanceId && running.imdsIpv6Url) {
    lines.push(
      '',
      '  # The IPv6 endpoint mode (real SDKs then use http://[fd00:ec2::254]; here the same IMDS on [::1]):',
      '  #   export AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6',
      `  #   export AWS_EC2_METADATA_SERVICE_ENDPOINT=${running.imdsIpv6Url}`,
      '  # IMDSv1 fallback: when the token request fails or times out, SDKs retry without a token. To forbid',
      '  # that, as a hardened client would (the SDK then fails instead of falling back):',
      '  #   export AWS_EC2_METADATA_V1_DISABLED=true',
    );
  }
  return lines;
}

/** Ways to watch a client fetch the credentials. The keys are fake, so real AWS calls fail. */
const tryLines = [
  'Then, to see the credentials a client fetches from here:',
  '  aws configure export-credentials --format env',
  '      (AWS CLI version 2 only; version 1 has no export-credentials command)',
  "  python3 -c 'import botocore.session; c = botocore.session.get_session().get_credentials(); print(c and (c.method, c.access_key))'",
  '      (botocore, which AWS CLI version 1 and boto3 are built on)',
  '  aws sts get-caller-identity --debug',
  '      (either CLI version: the request log below shows the CLI fetching the credentials, and',
  '       --debug shows where it found them; the call itself then fails, as AWS rejects fake keys)',
];

/**
 * `iam-tutor sandbox serve`: IMDS and the ECS credentials endpoint of a sandbox scenario on
 * 127.0.0.1, for the learner's own SDK code, the AWS CLI or boto3. Logs every request with its
 * meaning. --port N sets the IMDS port; the ECS endpoint always takes a free port (its token is
 * new on every start, so its variables are exported afresh anyway). Exit 0 on q or SIGTERM, 130
 * on Ctrl+C, 2 on bad usage.
 */
export async function sandboxServeCommand(flags: CliFlags, io: CliIo, controls: ServeControls = {}): Promise<number> {
  const scenarioId = flags.scenario ?? DEFAULT_SCENARIO;
  if (!getScenario(scenarioId)) {
    io.stderr.write(`iam-tutor: no scenario '${scenarioId}'. Choose one of: ${scenarioIds.join(', ')}\n`);
    return 2;
  }
  if (flags.port !== undefined && (flags.port < 1 || flags.port > 65_535)) {
    io.stderr.write('iam-tutor: --port must be 1 to 65535\n');
    return 2;
  }
  // The default scenario is served working; a named one as its challenge starts, unless --solved.
  const solved = flags.solved === true || flags.scenario === undefined;
  const { SandboxHost, startSandboxEndpoints } = await import('../../sandbox/endpoints/index.js');
  const host = new SandboxHost(worldToServe(scenarioId, solved));
  let running: Awaited<ReturnType<typeof startSandboxEndpoints>>;
  try {
    running = await startSandboxEndpoints(host, flags.port === undefined ? {} : { port: flags.port });
  } catch (error) {
    io.stderr.write(`iam-tutor: cannot listen: ${(error as Error).message}\n`);
    return 1;
  }
  const out = (text: string) => io.stdout.write(`${text}\n`);
  out(
    `Serving scenario "${getScenario(scenarioId)!.title}"${solved ? ' (solved)' : ' (as the challenge starts)'} on 127.0.0.1.`,
  );
  out('The credentials are FAKE sandbox credentials: they work nowhere, not even in AWS.');
  for (const line of servedLines(host.instanceId, host.taskArn, running, flags.port !== undefined)) out(line);
  if (Object.keys(running.env).length > 0) {
    out('\nIn another terminal, point an SDK or the AWS CLI here:\n');
    for (const line of exportLines(running, host.instanceId)) out(line);
    out('');
    for (const line of tryLines) out(line);
  }
  out(
    `\n${controls.keys ? 'Keys: + advances the sandbox clock 15 minutes (watch rotation), q quits.' : 'Stop with Ctrl+C.'}\n`,
  );

  host.on('request', (event) => {
    const time = new Date(event.at).toISOString().slice(11, 19);
    out(
      `${time} ${event.server.padEnd(4)} ${event.method.padEnd(4)} ${event.path}  ${event.status || '—'}  ${event.meaning}`,
    );
  });

  return new Promise<number>((resolve) => {
    let done = false;
    const stop = async (code: number) => {
      if (done) return;
      done = true;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (controls.keys) {
        controls.keys.off('data', onKey);
        controls.keys.setRawMode?.(false);
        controls.keys.pause();
      }
      await running.close();
      out('Stopped.');
      resolve(code);
    };
    const onInt = () => void stop(130);
    const onTerm = () => void stop(0);
    const onKey = (data: Buffer) => {
      const key = data.toString();
      if (key === '\u0003') void stop(130);
      else if (key === 'q') void stop(0);
      else if (key === '+') {
        host.advance(FIFTEEN_MINUTES);
        out(
          `Sandbox clock: ${isoSeconds(host.sandboxNow())} (+15 min, ${host.aheadMs / 60_000} min ahead of your clock). Keys already handed out keep their Expiration, as on AWS (a running SDK notices nothing); requests from now on get the key current at the new time, a newer one once rotation is due.`,
        );
      }
    };
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    controls.signal?.addEventListener('abort', () => void stop(0));
    if (controls.keys) {
      controls.keys.setRawMode?.(true);
      controls.keys.resume();
      controls.keys.on('data', onKey);
    }
  });
}

/** The command table's handler: keys (q, Ctrl+C) are read only from a terminal. */
export const runSandboxServe: BatchHandler = ({ flags, io }) =>
  sandboxServeCommand(flags, io, process.stdin.isTTY ? { keys: process.stdin } : {});
