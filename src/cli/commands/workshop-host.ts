// `iam-tutor workshop host PACK [--headless] [--port N] [--bind ADDR] [--out FILE.md]
// [--idle-minutes N]`: serves a live class for the pack. Binds to 127.0.0.1 unless --bind says
// otherwise. The class is kept in <data dir>/live-classes/<pack>/ (join code, token, journal), so
// a host started again after a crash or a kill keeps its URL, token and every event.
// Without --headless the instructor's dashboard runs in the terminal (src/ui/screens/class); this
// file owns the server around it: it starts the host, hands the dashboard a feed of the class,
// and when the dashboard ends, stops the host and writes the same class report as
// `workshop report` (Markdown and CSV; --out, else PACK-class-TIME.md and .csv here).
// --headless prints JOIN_URL= and INSTRUCTOR_TOKEN= lines instead, for scripts; Ctrl+C or SIGTERM
// stops it, and with --out it then writes the report.
import { networkInterfaces } from 'node:os';
import { extname, join } from 'node:path';
import { formatProblem } from '../../content/validate-command.js';
import { resolveDataDir } from '../../progress/data-dir.js';
import { cleanText } from '../../untrusted/text.js';
import { defaultDataDir, loadWorkshopPack } from '../../workshop/index.js';
import type { ClassFeed } from '../../ui/screens/class/classFeed.js';
import type { DashboardWhere } from '../../ui/screens/class/runClassDashboard.js';
import { liveClassReport } from '../../workshop/live/views.js';
import { loadOrCreateIdentity } from '../../workshop/live-node/identity.js';
import { startClassHost } from '../../workshop/live-node/server.js';
import type { CliFlags } from '../args.js';
import type { BatchHandler } from '../command-table.js';
import type { CliIo } from '../io.js';
import { planOutFiles, writeFailure } from '../out-file.js';
import { plural } from '../../plural.js';
import { reportFiles, writeClassReport } from './workshop-report.js';

export interface HostControls {
  /** Stops the headless host when aborted (tests; the real command stops on Ctrl+C or SIGTERM). */
  signal?: AbortSignal;
  /** Shows the dashboard until the instructor ends the class (tests pass their own). */
  runDashboard?: (feed: ClassFeed, where: DashboardWhere) => Promise<number>;
}

/** Minutes without progress before an attendee is listed as idle, unless --idle-minutes says. */
export const DEFAULT_IDLE_MINUTES = 5;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function workshopHostCommand(
  args: string[],
  flags: CliFlags,
  io: CliIo,
  controls: HostControls = {},
): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`iam-tutor: ${message}\n`);
    return code;
  };
  const [pack, ...extra] = args;
  if (pack === undefined) return fail(2, 'workshop host needs a pack: iam-tutor workshop host PACK --headless');
  if (extra.length > 0) return fail(2, `workshop host takes one pack (also got '${cleanText(extra[0]!)}')`);
  if (flags.port !== undefined && (flags.port < 1 || flags.port > 65_535)) return fail(2, '--port must be 1 to 65535');
  const bind = flags.bind ?? '127.0.0.1';
  if (!/^[0-9A-Fa-f.:]+$/.test(bind) && bind !== 'localhost') {
    return fail(2, `--bind needs an IP address such as 127.0.0.1 or 0.0.0.0 (got '${cleanText(bind)}')`);
  }
  if (flags.idleMinutes !== undefined && (flags.idleMinutes < 1 || flags.idleMinutes > 600)) {
    return fail(2, '--idle-minutes must be 1 to 600');
  }
  if (!flags.headless && (io.stdin.isTTY !== true || io.stdout.isTTY !== true)) {
    return fail(2, 'the class dashboard needs a terminal; add --headless to serve without it');
  }
  if (flags.out !== undefined && !['.md', '.csv'].includes(extname(flags.out).toLowerCase())) {
    return fail(2, '--out names the class report: FILE.md (writes FILE.csv too) or FILE.csv');
  }
  const load = loadWorkshopPack(pack, { cwd: io.cwd });
  if (load.kind === 'not-a-pack') return fail(2, cleanText(load.message));
  const errors = load.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || load.workshop === undefined) {
    for (const problem of errors) io.stderr.write(`${formatProblem(problem, io.cwd)}\n`);
    return fail(
      1,
      `the workshop pack ${cleanText(pack)} has errors; fix them first (iam-tutor validate ${cleanText(pack)}).`,
    );
  }
  const base = resolveDataDir({ flag: flags.dataDir, env: io.env }) ?? defaultDataDir(io.env);
  const dir = join(base, 'live-classes', load.name.replace(/[^A-Za-z0-9._-]/g, '-'));
  const outFiles = flags.out === undefined ? [] : reportFiles(flags.out);
  const planOut = () =>
    planOutFiles(outFiles, { cwd: io.cwd, force: flags.force === true, dataDirs: [base], inputs: [] });
  if (outFiles.length > 0) {
    const plan = planOut();
    if (!plan.ok) return fail(1, plan.message);
  }
  let identity: ReturnType<typeof loadOrCreateIdentity>;
  try {
    identity = loadOrCreateIdentity(dir, load.name);
  } catch (error) {
    return fail(1, `cannot use ${cleanText(dir)}: ${writeFailure(error)}`);
  }
  if (!identity.ok) return fail(1, cleanText(identity.message));
  const input = { workshop: load.workshop, packName: load.name, content: load.content };
  let host: Awaited<ReturnType<typeof startClassHost>>;
  try {
    host = await startClassHost({
      ...input,
      dir,
      identity: identity.identity,
      bind,
      idleMinutes: flags.idleMinutes ?? DEFAULT_IDLE_MINUTES,
      ...(flags.port === undefined ? {} : { port: flags.port }),
    });
  } catch (error) {
    return fail(1, `cannot listen on ${cleanText(bind)}: ${cleanText((error as Error).message)}`);
  }
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const shownHost = bind === '0.0.0.0' || bind === '::' ? lanAddress() : bind;
  const joinUrl = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${host.port}/${identity.identity.code}`;
  const joinCommand = `iam-tutor workshop ${cleanText(pack)} --name NAME --join ${joinUrl}`;
  const networkWarning = LOOPBACK.has(bind)
    ? undefined
    : `WARNING: bound to ${cleanText(bind)}: everyone on that network can reach this class server.`;
  out(`Hosting "${cleanText(load.workshop.title)}" on ${host.origin}.`);
  if (identity.resumed)
    out(`Resumed the class kept in ${cleanText(dir)} (${plural(host.state().order.length, 'attendee')}).`);
  out(networkWarning ?? 'Only this computer can reach it; use --bind 0.0.0.0 to let attendees on your network join.');
  out(`JOIN_URL=${joinUrl}`);
  if (flags.headless) {
    out(`INSTRUCTOR_TOKEN=${identity.identity.token}`);
    out(`DATA_DIR=${cleanText(dir)}`);
    out('Attendees run (the token above is for you only; never share it):');
    out(`  ${joinCommand}`);
    out(`Watch the class: iam-tutor workshop status ${host.origin} --token $INSTRUCTOR_TOKEN`);
    out('Stop with Ctrl+C.');
  }

  const writeReport = (files: string[]): number => {
    const report = liveClassReport(host.state(), input);
    const wrote = writeClassReport(report, files, {
      cwd: io.cwd,
      force: flags.force === true,
      dataDirs: [base],
      inputs: [],
    });
    if (!wrote.ok) {
      io.stderr.write(`iam-tutor: ${wrote.stage === 'plan' ? 'no report written: ' : ''}${wrote.message}\n`);
      return 1;
    }
    out(`Wrote ${wrote.written.join(' and ')} (${plural(report.attendees.length, 'attendee')}).`);
    return 0;
  };
  const finish = async (code: number, files: string[]) => {
    await host.close();
    const result = files.length > 0 ? writeReport(files) || code : code;
    out(`Stopped. The class is kept in ${cleanText(dir)}: host the same pack again to resume it.`);
    return result;
  };

  if (!flags.headless) {
    const idleMinutes = flags.idleMinutes ?? DEFAULT_IDLE_MINUTES;
    const feed: ClassFeed = {
      config: {
        input,
        joinCommand,
        code: identity.identity.code,
        token: identity.identity.token,
        startedAt: host.startedAt,
        idleMinutes,
        ...(networkWarning === undefined ? {} : { networkWarning }),
      },
      state: host.state,
      subscribe: host.subscribe,
      now: Date.now,
    };
    const run =
      controls.runDashboard ?? (await import('../../ui/screens/class/runClassDashboard.js')).runClassDashboard;
    const code = await run(feed, { dataDir: resolveDataDir({ flag: flags.dataDir, env: io.env }), color: flags.color });
    // Ending the dashboard always writes the report: --out, else a new file named by the time.
    return finish(code, outFiles.length > 0 ? outFiles : reportFiles(defaultReportName(load.name, Date.now())));
  }

  return new Promise<number>((resolve) => {
    let done = false;
    const stop = async (code: number) => {
      if (done) return;
      done = true;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(await finish(code, outFiles));
    };
    const onInt = () => void stop(130);
    const onTerm = () => void stop(0);
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    controls.signal?.addEventListener('abort', () => void stop(0));
  });
}

/** `PACK-class-20261207-0931.md`: a new name each minute, so ending a class never replaces an old report. */
export function defaultReportName(pack: string, nowMs: number): string {
  const stamp = new Date(nowMs).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${pack.replace(/[^A-Za-z0-9._-]/g, '-')}-class-${stamp}.md`;
}

/** The address attendees on the network would use: the first non-internal IPv4 address. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return '127.0.0.1';
}

export const runWorkshopHost: BatchHandler = async ({ args, flags, io }) => workshopHostCommand(args, flags, io);
