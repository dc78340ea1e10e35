// `npm run bench`: prints performance figures (never asserts). Targets are printed beside them,
// as ratios against a reference measured in the same run (a busy machine slows both).
//
//   npm run bench                            every section
//   npm run bench -- first-frame             only the first frame and RSS
//   npm run bench -- first-frame --runs 5    five consecutive bench runs of it, PASS only if all pass
//   BENCH_RUNS=21 npm run bench -- version   more samples per figure (default 11)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildOptions } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli.js`;
const runs = Number(process.env.BENCH_RUNS ?? 11);

// The issue #18 targets, each against its reference from the same run.
const FIRST_FRAME_MAX_RATIO = 1.2; // home screen vs bundled hello-world Ink
const HOME_RSS_MAX_MB = 80;
const VERSION_MAX_RATIO = 1.5; // --version vs bare `node -e 0`

const SECTIONS = ['first-frame', 'version', 'keys', 'unbundled', 'core', 'explain'];
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const benchRuns = runsAt < 0 ? 1 : Number(argv[runsAt + 1]);
const named = argv.filter((arg, i) => !arg.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const unknown = named.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0 || !(Number.isInteger(benchRuns) && benchRuns >= 1)) {
  console.error(`usage: node scripts/bench.mjs [${SECTIONS.join('|')}]... [--runs N]`);
  process.exit(2);
}
const wanted = (section) => named.length === 0 || named.includes(section);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const rows = [];
const row = (name, value, unit, target = '') => {
  rows.push({ name, value, unit, target });
  console.log(`${name.padEnd(46)} ${String(value).padStart(10)} ${unit.padEnd(8)} ${target}`);
};
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

/**
 * A reference app bundled with the tutor's esbuild options. `plain` leaves out the tutor's own
 * build plugins (the string-width fast path, yoga without fetch): that is hello-world Ink as any
 * app would bundle it, the reference issue #18 sets the target against. With the plugins, the
 * reference shows how much of the gap is left once bare Ink gets the same two fixes.
 */
async function buildHello(name = 'hello', { plain = false } = {}) {
  mkdirSync(`${root}.bench`, { recursive: true });
  const out = plain ? `${name}-plain` : name;
  await esbuild.build({
    ...buildOptions,
    ...(plain ? { plugins: [] } : {}),
    entryPoints: { [out]: `scripts/bench/${name}.tsx` },
    outdir: '.bench',
    splitting: false,
  });
  return `${root}.bench/${out}.js`;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
};

const ptyEnv = { ...process.env, IAM_TUTOR_DATA_DIR: `${root}.bench/data`, TERM: 'xterm-256color' };

/** Keypress to frame: `count` presses of `key`, one at a time, after `marker` is on screen. */
function keyLatency(marker, key, count, args, setup = []) {
  const setupArgs = setup.length > 0 ? ['--setup', setup.join('|')] : [];
  // A data dir of its own each time: the lesson reader reopens where the last run left it, so a
  // shared one made a second `bench keys` start at the end of the section, where Down draws nothing.
  const data = `${root}.bench/keys-data`;
  rmSync(data, { recursive: true, force: true });
  const out = execFileSync(
    'python3',
    [`${root}scripts/pty-keys.py`, ...setupArgs, marker, key, String(count), ...args],
    {
      encoding: 'utf8',
      env: { ...ptyEnv, IAM_TUTOR_DATA_DIR: data },
    },
  );
  rmSync(data, { recursive: true, force: true });
  const { latencies } = JSON.parse(out);
  const got = latencies.filter((ms) => ms !== null);
  if (got.length < count)
    throw new Error(`${count - got.length} of ${count} presses drew nothing for ${args.join(' ')}`);
  return { p50: percentile(got, 50), p95: percentile(got, 95) };
}

// The same sources as per-file ESM (no bundle), to compare startup with dist/ as issue #2 asks:
// node then resolves every import from node_modules itself.
async function buildUnbundled() {
  const sources = (dir) =>
    readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return sources(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  const outdir = `${root}.bench/unbundled`;
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: sources('src'),
    outdir,
    outbase: 'src',
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    define: buildOptions.define,
    logLevel: 'warning',
  });
  return `${outdir}/cli.js`;
}

/** One start in a pseudo-terminal: wall ms to `marker`, main-thread CPU ms by then, RSS in kB. */
function firstFrameOnce(marker, args) {
  const out = execFileSync('python3', [`${root}scripts/pty-first-frame.py`, marker, ...args], {
    encoding: 'utf8',
    env: ptyEnv,
  });
  const sample = JSON.parse(out);
  if (sample.ms === null) throw new Error(`"${marker}" never appeared for ${args.join(' ')}`);
  return sample;
}

/** The files and bytes of dist/ that the home screen loads before its first frame. */
function startupModules() {
  const log = `${root}.bench/load-log.txt`;
  rmSync(log, { force: true });
  const preload = `${root}scripts/bench/load-log.mjs`;
  const out = execFileSync(
    'python3',
    [`${root}scripts/pty-first-frame.py`, 'Practice quiz', 'node', '--import', preload, cli],
    {
      encoding: 'utf8',
      env: { ...ptyEnv, BENCH_LOAD_LOG: log },
    },
  );
  const { markedAtEpochMs } = JSON.parse(out);
  const dist = `file://${root}dist/`;
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([at, , url]) => url?.startsWith(dist) && Number(at) <= markedAtEpochMs);
  return { files: loaded.length, bytes: loaded.reduce((sum, [, bytes]) => sum + Number(bytes), 0) };
}

/**
 * First frames of several apps, interleaved (a, b, a, b, ...) so that a change in the machine's
 * load during the run hits each app alike. Medians of wall time, main-thread CPU and RSS.
 */
function firstFrames(apps) {
  const samples = apps.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [app, [marker, args]] of apps.entries()) samples[app].push(firstFrameOnce(marker, args));
  }
  return samples.map((list) => {
    const rss = list.map((s) => s.rssKb).filter(Boolean);
    const cpu = list.map((s) => s.cpuMs).filter((ms) => typeof ms === 'number');
    return {
      ms: median(list.map((s) => s.ms)),
      cpuMs: cpu.length ? median(cpu) : undefined,
      rssMb: rss.length ? median(rss) / 1024 : undefined,
    };
  });
}

/** Wall time of whole commands, interleaved like firstFrames; one median per command. */
function commandTimes(...commands) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs * 2; i++) {
    for (const [at, args] of commands.entries()) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
      times[at].push(performance.now() - start);
    }
  }
  return times.map(median);
}
const commandTime = (args) => commandTimes(args)[0];

const load = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
console.log(`iam-tutor benchmark — node ${process.version}, ${runs} runs each, medians, load average ${load}\n`);

let home;
if (wanted('first-frame')) {
  const hello = await buildHello('hello', { plain: true });
  const helloPatched = await buildHello('hello');
  const verdicts = [];
  for (let run = 1; run <= benchRuns; run++) {
    if (benchRuns > 1) console.log(`${run === 1 ? '' : '\n'}bench run ${run} of ${benchRuns}`);
    const [reference, patched, homeFrame] = firstFrames([
      ['Hello reference frame', ['node', hello]],
      ['Hello reference frame', ['node', helloPatched]],
      ['Practice quiz', ['node', cli]],
    ]);
    home = homeFrame;
    const ratio = home.ms / reference.ms;
    const rssOk = home.rssMb !== undefined && home.rssMb < HOME_RSS_MAX_MB;
    verdicts.push(ratio <= FIRST_FRAME_MAX_RATIO && rssOk);
    row('first frame: bundled hello-world Ink (reference)', reference.ms.toFixed(0), 'ms');
    row(
      "  the same with the tutor's build plugins",
      patched.ms.toFixed(0),
      'ms',
      `home is ${(home.ms / patched.ms).toFixed(2)}x this (CPU ${home.cpuMs !== undefined && patched.cpuMs !== undefined ? (home.cpuMs / patched.cpuMs).toFixed(2) : 'n/a'}x)`,
    );
    row(
      'first frame: iam-tutor home screen',
      home.ms.toFixed(0),
      'ms',
      `target <= ${(reference.ms * FIRST_FRAME_MAX_RATIO).toFixed(0)} ms (${FIRST_FRAME_MAX_RATIO}x reference)`,
    );
    row(
      '  ratio to reference',
      ratio.toFixed(2),
      'x',
      `target <= ${FIRST_FRAME_MAX_RATIO}  ${verdict(ratio <= FIRST_FRAME_MAX_RATIO)}`,
    );
    // Main-thread CPU until the frame hardly moves with the machine's load: a steadier ratio to
    // compare builds with on a busy machine (the target is the wall-clock ratio above).
    if (home.cpuMs !== undefined && reference.cpuMs !== undefined)
      row(
        '  CPU to first frame, ratio to reference',
        (home.cpuMs / reference.cpuMs).toFixed(2),
        'x',
        `${home.cpuMs.toFixed(0)} vs ${reference.cpuMs.toFixed(0)} ms, main thread`,
      );
    row(
      'RSS on the home screen',
      home.rssMb?.toFixed(1) ?? 'n/a',
      'MB',
      `target < ${HOME_RSS_MAX_MB} MB  ${verdict(rssOk)}`,
    );
  }
  // What the startup path loads, to compare builds: the live-class link once pulled zod (454 kB)
  // onto it, which showed here as one more file and twice the bytes.
  const modules = startupModules();
  row('dist/ files loaded before the first frame', modules.files, 'files', 'compare builds');
  row('  their size', (modules.bytes / 1024).toFixed(0), 'kB', 'compare builds');
  if (benchRuns > 1) {
    const passed = verdicts.filter(Boolean).length;
    console.log(
      `\nfirst frame <= ${FIRST_FRAME_MAX_RATIO}x reference and RSS < ${HOME_RSS_MAX_MB} MB in ${benchRuns} consecutive runs: ` +
        `${verdict(passed === benchRuns)} (${passed} of ${benchRuns} passed)\n`,
    );
  }
}

let version;
if (wanted('version')) {
  let bare;
  [bare, version] = commandTimes(['-e', '0'], [cli, '--version']);
  const ratio = version / bare;
  row('bare node -e 0', bare.toFixed(0), 'ms');
  row(
    'iam-tutor --version',
    version.toFixed(0),
    'ms',
    `target <= ${(bare * VERSION_MAX_RATIO).toFixed(0)} ms (${VERSION_MAX_RATIO}x bare node)`,
  );
  row(
    '  ratio to bare node',
    ratio.toFixed(2),
    'x',
    `target <= ${VERSION_MAX_RATIO}  ${verdict(ratio <= VERSION_MAX_RATIO)}`,
  );
}

if (wanted('keys')) {
  // Keypress to frame: 100 Down arrows on the lesson list and in a long lesson section (the second
  // section of best-practices, ~240 source lines), against the smallest Ink app that redraws a
  // list on Down, measured in the same run. No target yet: on the shared 2-core machine the
  // reference p50 was 2.7-3.8 ms and the lesson list 17-38 ms both before and after the key-model
  // change (interleaved A/B: 17.5-19.3 ms before, 15.7-18.5 ms after), so the ratio is printed to
  // compare builds, and the gap to the reference is a lead for later work. Most of that gap is
  // Ink redrawing a full 80x23 frame (tokenising every styled line) against the reference's few
  // rows; 2026-12-07, quiet machine, after the body stopped clipping horizontally: reference
  // 1.9-2.0 ms, lesson list 8.2-8.9 ms, long lesson 8.6-8.9 ms p50, p95 under 17 ms.
  const keysHello = await buildHello('keys-hello');
  const keysReference = keyLatency('Keys reference', '\\x1b[B', 100, ['node', keysHello]);
  const lessonKeys = keyLatency('lessons complete', '\\x1b[B', 100, ['node', cli, 'lessons']);
  const readerKeys = keyLatency('section 1/', '\\x1b[B', 100, ['node', cli, 'lessons', 'best-practices'], ['\\x1b[C']);
  row('keypress to frame: reference list, p50', keysReference.p50.toFixed(1), 'ms');
  row('keypress to frame: reference list, p95', keysReference.p95.toFixed(1), 'ms');
  row('keypress to frame: lesson list, p50', lessonKeys.p50.toFixed(1), 'ms');
  row('keypress to frame: lesson list, p95', lessonKeys.p95.toFixed(1), 'ms');
  row('  p50 ratio to reference', (lessonKeys.p50 / keysReference.p50).toFixed(2), 'x', 'compare builds');
  row('keypress to frame: long lesson, p50', readerKeys.p50.toFixed(1), 'ms');
  row('keypress to frame: long lesson, p95', readerKeys.p95.toFixed(1), 'ms');
  row('  p50 ratio to reference', (readerKeys.p50 / keysReference.p50).toFixed(2), 'x', 'compare builds');
}

if (wanted('unbundled')) {
  const unbundled = await buildUnbundled();
  const [unbundledHome] = firstFrames([['Practice quiz', ['node', unbundled]]]);
  row(
    'first frame: unbundled per-file ESM (comparison)',
    unbundledHome.ms.toFixed(0),
    'ms',
    home ? `bundled: ${home.ms.toFixed(0)} ms` : '',
  );
  row(
    'iam-tutor --version, unbundled (comparison)',
    commandTime([unbundled, '--version']).toFixed(0),
    'ms',
    version ? `bundled: ${version.toFixed(0)} ms` : '',
  );
}

// Core benchmarks live in scripts/bench/*-bench.ts (TypeScript importing src/): bundle each one
// and run its exported run*Bench() function.
if (wanted('core')) {
  for (const file of readdirSync(`${root}scripts/bench`)
    .filter((f) => f.endsWith('-bench.ts'))
    .sort()) {
    const out = `${root}.bench/${file.replace(/\.ts$/, '.mjs')}`;
    await esbuild.build({
      ...buildOptions,
      entryPoints: [`scripts/bench/${file}`],
      outfile: out,
      outdir: undefined,
      splitting: false,
      // Keeps the createRequire banner: a bench that reaches a CommonJS dependency (yaml, through
      // the workshop loader) needs require() in the ESM bundle, as the CLI does.
    });
    const mod = await import(out);
    const run = Object.entries(mod).find(
      ([name, value]) => /^run\w*Bench$/.test(name) && typeof value === 'function',
    )?.[1];
    for (const r of await run({ root, runs }))
      row(r.name, typeof r.value === 'number' ? Math.round(r.value * 100) / 100 : r.value, r.unit, r.target ?? '');
  }
}

// explain as a whole process: what a learner waits for when piping a policy in.
if (wanted('explain')) {
  const policyFile = `${root}.bench/trust.json`;
  writeFileSync(
    policyFile,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  );
  row('iam-tutor explain (whole process)', commandTime([cli, 'explain', policyFile]).toFixed(0), 'ms');
}
