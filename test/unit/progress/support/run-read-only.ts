import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** nobody on Debian: a user with no right to write in a root-owned directory. */
const NOBODY = 65534;

export interface ReadOnlyOutcome {
  answers: number;
  notice: string | null;
  saved: boolean;
  name?: string;
  message?: string;
}

/**
 * Makes DIR read-only and runs the read-only child in it. As root (CI runs as root) a mode bit
 * does not stop writes, so the child then runs as nobody; anyone else runs it as themselves.
 */
export function runInReadOnlyDir(childFile: string, dir: string): ReadOnlyOutcome {
  const asRoot = process.getuid?.() === 0;
  fs.chmodSync(dir, 0o555);
  if (asRoot) {
    // nobody must reach the bundle and read the existing file, but not write beside it.
    fs.chmodSync(path.dirname(childFile), 0o755);
    const file = path.join(dir, 'progress.json');
    if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
  }
  const run = (node: string) =>
    spawnSync(node, [childFile, dir], {
      encoding: 'utf8',
      ...(asRoot
        ? { uid: NOBODY, gid: NOBODY, cwd: '/', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } }
        : {}),
    });
  let result = run(process.execPath);
  if (asRoot && (result.error as NodeJS.ErrnoException | undefined)?.code === 'EACCES') {
    // A node that lives under root's home (npx -y node@22 in CI) is out of nobody's reach: run a
    // copy of the same binary from beside the child bundle instead.
    const copy = path.join(path.dirname(childFile), 'node');
    if (!fs.existsSync(copy)) fs.copyFileSync(process.execPath, copy);
    fs.chmodSync(copy, 0o755);
    result = run(copy);
  }
  if (result.status !== 0 || result.stdout.trim() === '') {
    throw new Error(
      `read-only child failed (${result.status}, ${result.error?.message ?? 'no spawn error'}): ${result.stderr}`,
    );
  }
  return JSON.parse(result.stdout) as ReadOnlyOutcome;
}
