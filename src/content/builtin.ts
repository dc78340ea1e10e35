// Where the shipped lessons and question banks live. The same code runs from source
// (src/content/builtin.ts, two levels below the package root) and from the esbuild bundle
// (dist/cli.js, one level below), so walk up to the package.json that names this package.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'iam-tutor';

let cachedRoot: string | undefined;

/** The directory holding iam-tutor's package.json, found from `from` upwards. */
export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${from}`);
    dir = parent;
  }
}

export function builtinContentDirs(): { lessonsDir: string; quizzesDir: string } {
  cachedRoot ??= findPackageRoot();
  return { lessonsDir: join(cachedRoot, 'lessons'), quizzesDir: join(cachedRoot, 'quizzes') };
}

function readPackageName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as { name?: string }).name : undefined;
  } catch {
    return undefined;
  }
}
