import type { RunningEndpoints } from '../../sandbox/endpoints/index.js';
import { applyActions, getScenario, scenarioIds, startScenario, type World } from '../../sandbox/index.js';
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

/** What is served: IMDS only with an instance, the ECS endpoint only with a task. */
function servedLines(
  instanceId: string | undefined,
  taskArn: string | undefined,
  running: RunningEndpoints,
  portGiven: boolean,
): string[] {
  const lines: string[] = [];
  if (instanceId) lines.push(`IMDS of instance ${instanceId}: ${running.imdsUrl}`);
  else lines.push('This scenario has no instance, so there is no IMDS to point at.');
  if (running.ecsUrl && running.ecsRelativeUrl) {
    lines.push(
      `ECS credentials endpoint of task ${taskArn}:`,
      `  full URI (for SDKs, with the Authorization token): ${running.ecsUrl}`,
      `  relative URI, as the ECS agent serves it at 169.254.170.2 (no token): curl ${running.ecsRelativeUrl}`,
    );
    if (portGiven) lines.push('  (--port sets the IMDS port only; the ECS endpoint takes a free port on every start.)');
  } else if (!instanceId) {
    lines.push('It has no running ECS task either: nothing here hands out credentials.');
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
    for (const [name, value] of Object.entries(running.env)) out(`  export ${name}=${value}`);
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
          `Sandbox clock: ${new Date(host.sandboxNow()).toISOString()} (+15 min); credentials served from now on follow it.`,
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
