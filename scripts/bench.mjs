// `npm run bench`: prints performance figures (never asserts). Targets are printed beside them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildOptions } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli.js`;
const runs = Number(process.env.BENCH_RUNS ?? 11);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const rows = [];
const row = (name, value, unit, target = '') => {
  rows.push({ name, value, unit, target });
  console.log(`${name.padEnd(46)} ${String(value).padStart(10)} ${unit.padEnd(8)} ${target}`);
};

async function buildHello(name = 'hello') {
  mkdirSync(`${root}.bench`, { recursive: true });
  await esbuild.build({
    ...buildOptions,
    entryPoints: { [name]: `scripts/bench/${name}.tsx` },
    outdir: '.bench',
    splitting: false,
  });
  return `${root}.bench/${name}.js`;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
};

/** Keypress to frame: `count` presses of `key`, one at a time, after `marker` is on screen. */
function keyLatency(marker, key, count, args) {
  const out = execFileSync('python3', [`${root}scripts/pty-keys.py`, marker, key, String(count), ...args], {
    encoding: 'utf8',
    env: { ...process.env, IAM_TUTOR_DATA_DIR: `${root}.bench/data`, TERM: 'xterm-256color' },
  });
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

function firstFrame(marker, args) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync('python3', [`${root}scripts/pty-first-frame.py`, marker, ...args], {
      encoding: 'utf8',
      env: { ...process.env, IAM_TUTOR_DATA_DIR: `${root}.bench/data`, TERM: 'xterm-256color' },
    });
    const { ms, rssKb } = JSON.parse(out);
    if (ms === null) throw new Error(`"${marker}" never appeared for ${args.join(' ')}`);
    times.push(ms);
    if (rssKb) rss.push(rssKb);
  }
  return { ms: median(times), rssMb: rss.length ? median(rss) / 1024 : undefined };
}

function commandTime(args) {
  const times = [];
  for (let i = 0; i < runs * 2; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

console.log(`iam-tutor benchmark — node ${process.version}, ${runs} runs each, medians\n`);
const hello = await buildHello();
const reference = firstFrame('Hello reference frame', ['node', hello]);
const home = firstFrame('Practice quiz', ['node', cli]);
row('first frame: bundled hello-world Ink (reference)', reference.ms.toFixed(0), 'ms');
row(
  'first frame: iam-tutor home screen',
  home.ms.toFixed(0),
  'ms',
  `target <= ${(reference.ms * 1.3).toFixed(0)} ms (1.3x reference)`,
);
row('  ratio to reference', (home.ms / reference.ms).toFixed(2), 'x', 'target <= 1.30');
row('RSS on the home screen', home.rssMb?.toFixed(1) ?? 'n/a', 'MB', 'target < 80 MB');
const bare = commandTime(['-e', '0']);
const version = commandTime([cli, '--version']);
row('bare node -e 0', bare.toFixed(0), 'ms');
row('iam-tutor --version', version.toFixed(0), 'ms', `target <= ${(bare * 2).toFixed(0)} ms (2x bare node)`);
row('  ratio to bare node', (version / bare).toFixed(2), 'x', 'target <= 2.00');
// Keypress to frame: 100 Down arrows on the lesson list, against the smallest Ink app that redraws
// a list on Down, measured in the same run. No target yet: on the shared 2-core machine the
// reference p50 was 2.7-3.8 ms and the lesson list 17-38 ms both before and after the key-model
// change (interleaved A/B: 17.5-19.3 ms before, 15.7-18.5 ms after), so the ratio is printed to
// compare builds, and the gap to the reference is a lead for later work.
const keysHello = await buildHello('keys-hello');
const keysReference = keyLatency('Keys reference', '\\x1b[B', 100, ['node', keysHello]);
const lessonKeys = keyLatency('lessons complete', '\\x1b[B', 100, ['node', cli, 'lessons']);
row('keypress to frame: reference list, p50', keysReference.p50.toFixed(1), 'ms');
row('keypress to frame: reference list, p95', keysReference.p95.toFixed(1), 'ms');
row('keypress to frame: lesson list, p50', lessonKeys.p50.toFixed(1), 'ms');
row('keypress to frame: lesson list, p95', lessonKeys.p95.toFixed(1), 'ms');
row('  p50 ratio to reference', (lessonKeys.p50 / keysReference.p50).toFixed(2), 'x', 'compare builds');
const unbundled = await buildUnbundled();
const unbundledHome = firstFrame('Practice quiz', ['node', unbundled]);
row(
  'first frame: unbundled per-file ESM (comparison)',
  unbundledHome.ms.toFixed(0),
  'ms',
  `bundled: ${home.ms.toFixed(0)} ms`,
);
row(
  'iam-tutor --version, unbundled (comparison)',
  commandTime([unbundled, '--version']).toFixed(0),
  'ms',
  `bundled: ${version.toFixed(0)} ms`,
);

// Core benchmarks live in scripts/bench/*-bench.ts (TypeScript importing src/): bundle each one
// and run its exported run*Bench() function.
import { writeFileSync } from 'node:fs';
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

// explain as a whole process: what a learner waits for when piping a policy in.
const policyFile = `${root}.bench/trust.json`;
writeFileSync(
  policyFile,
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
);
row('iam-tutor explain (whole process)', commandTime([cli, 'explain', policyFile]).toFixed(0), 'ms');
