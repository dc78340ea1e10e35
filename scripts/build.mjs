// Bundles src/cli.tsx into dist/ as ESM. Splitting keeps --version and --help from loading Ink:
// the UI and each command become chunks imported on demand.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

export const buildOptions = {
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.tsx' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  // yoga-layout uses top-level await, so the bundle must be ESM; CommonJS dependencies still
  // call require(), which this banner provides.
  banner: {
    js: "import { createRequire as __iamTutorCreateRequire } from 'node:module';\nconst require = __iamTutorCreateRequire(import.meta.url);",
  },
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __IAM_TUTOR_VERSION__: JSON.stringify(pkg.version),
  },
  logLevel: 'warning',
};

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(`${root}dist`, { recursive: true, force: true });
  await esbuild.build(buildOptions);
}
