// Cold `npx` from the packed tarball against cold `npx` of a trivial one-file package, in the same
// run: both with an empty npm cache and the registry switched off (npm_config_offline), which is
// what an attendee in a room without internet does with the tarball the instructor handed out.
// Issue #18's target: at most 1.5x the trivial package. The package has no runtime dependencies,
// so both installs are one package; what is left is unpacking ~100 files and npm's own start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BenchResult } from './bench-result.js';

export type { BenchResult };

function packTrivial(dir: string): string {
  const src = join(dir, 'trivial');
  mkdirSync(src);
  writeFileSync(
    join(src, 'package.json'),
    JSON.stringify({ name: 'trivial', version: '1.0.0', bin: { trivial: 'cli.js' } }),
  );
  writeFileSync(join(src, 'cli.js'), '#!/usr/bin/env node\nconsole.log("1.0.0");\n', { mode: 0o755 });
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: src, stdio: 'ignore' });
  return './trivial-1.0.0.tgz';
}

function packTutor(root: string, dir: string): string {
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  return `./${name}`;
}

function coldNpxMs(dir: string, tarball: string, args: string[]): number {
  const cache = join(dir, `cache-${Math.random().toString(36).slice(2)}`);
  const start = performance.now();
  execFileSync('npx', ['--yes', tarball, ...args], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
  });
  const ms = performance.now() - start;
  rmSync(cache, { recursive: true, force: true });
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runNpxBench({ root, runs }: { root: string; runs: number }): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-npx-bench-'));
  try {
    const trivial = packTrivial(dir);
    const tutor = packTutor(root, dir);
    const n = Math.max(3, Math.min(runs, 7));
    const trivialMs: number[] = [];
    const tutorMs: number[] = [];
    // Interleaved so that a burst of load on the machine hits both the same way.
    for (let i = 0; i < n; i++) {
      trivialMs.push(coldNpxMs(dir, trivial, []));
      tutorMs.push(coldNpxMs(dir, tutor, ['--version']));
    }
    const t = median(trivialMs);
    const u = median(tutorMs);
    return [
      { name: 'cold offline npx: trivial package (reference)', value: Math.round(t), unit: 'ms' },
      {
        name: 'cold offline npx: iam-tutor tarball',
        value: Math.round(u),
        unit: 'ms',
      },
      { name: '  ratio to the trivial package', value: u / t, unit: 'x', target: 'target <= 1.50' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
