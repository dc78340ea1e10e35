// Child processes run our TypeScript through an esbuild bundle (there is no tsx here); the
// bundle is self-contained, like dist/, so it runs from any directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

export function buildChild(entryName: string): { file: string; cleanup: () => void } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-tutor-child-'));
  const file = path.join(outDir, `${entryName}.mjs`);
  esbuild.buildSync({
    entryPoints: [path.join(here, `${entryName}.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __childCreateRequire } from 'node:module';\nconst require = __childCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return { file, cleanup: () => fs.rmSync(outDir, { recursive: true, force: true }) };
}
