// Bundles src/cli.tsx into dist/ as ESM. Splitting keeps --version and --help from loading Ink:
// the UI and each command become chunks imported on demand.
//
// The published package has no runtime dependencies: every library is bundled, so the licence
// notices of those libraries travel in dist/THIRD-PARTY-NOTICES.txt (MIT, ISC and BSD licences
// ask for their notice to accompany copies; `legalComments: 'none'` keeps them out of the code).
//
// `node scripts/build.mjs --if-stale` (npm start) skips the build when dist/ is newer than every
// source file and package.json, so a second `npm start` opens the tutor at once.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/**
 * Every `import 'string-width'` in the bundle (Ink's, wrap-ansi's and the tutor's) gets the fast
 * path of scripts/build/narrow-width.js in front of the real module it would have resolved to,
 * so each version keeps its own answer for anything the fast path does not know.
 */
const stringWidthFastPath = {
  name: 'string-width-fast-path',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { real: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'string-width-fast-path' };
    });
    build.onLoad({ filter: /.*/, namespace: 'string-width-fast-path' }, (args) => ({
      contents:
        `import realStringWidth from ${JSON.stringify(args.path)};\n` +
        `import { narrowWidth } from ${JSON.stringify(join(root, 'scripts', 'build', 'narrow-width.js'))};\n` +
        'export default (input, options) => narrowWidth(input, options) ?? realStringWidth(input, options);\n',
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * yoga-layout (Ink's layout engine) embeds its wasm as a base64 data: URL, and its Emscripten
 * loader fetches that URL with the global `fetch` when one exists. In Node, the first touch of
 * `fetch` loads undici (~30 ms compile) and the fetch itself decodes the URL (~20 ms): a CPU
 * profile of the home screen's first frame put 80 ms of 600 there (node 20, 2 cores). Telling
 * the loader there is no fetch sends it down its own synchronous path (atob + copy), which the
 * same profile shows as under 2 ms. The build fails if the loader's text changes.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const probe = '"function"!=typeof fetch';
      const found = source.split(probe).length - 1;
      if (found !== 2)
        return { errors: [{ text: `yoga-without-fetch: expected 2 fetch probes in ${args.path}, found ${found}` }] };
      return { contents: source.replaceAll(probe, '!0'), loader: 'js' };
    });
  },
};

/**
 * string-width 8 builds `/^\p{RGI_Emoji}$/v` when its module loads: V8 expands the emoji
 * sequence set right then, 36 ms of CPU on this machine (node 20), before Ink draws anything. The
 * fast path above answers for all of the home screen's text, so the regex is now built on first
 * use instead. Only `.test()` is ever called on it; the build fails if that changes.
 */
const lazyEmojiRegex = {
  name: 'string-width-lazy-emoji-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const declaration = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
      const uses = source.split('rgiEmojiRegex').length - 1;
      const tests = source.split('rgiEmojiRegex.test(').length - 1;
      if (!source.includes(declaration)) return undefined; // another major version: left as it is
      if (uses !== tests + 1)
        return {
          errors: [{ text: `string-width-lazy-emoji-regex: rgiEmojiRegex is used other than .test() in ${args.path}` }],
        };
      const lazy =
        'let rgiEmojiRegexBuilt;\n' +
        "const rgiEmojiRegex = { test: (text) => (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text) };";
      return { contents: source.replace(declaration, () => lazy), loader: 'js' };
    });
  },
};

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
  plugins: [stringWidthFastPath, lazyEmojiRegex, yogaWithoutFetch],
  define: {
    'process.env.NODE_ENV': '"production"',
    __IAM_TUTOR_VERSION__: JSON.stringify(pkg.version),
  },
  logLevel: 'warning',
};

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package directory (under node_modules) that a bundled input file belongs to, or undefined. */
function packageDirOf(inputPath) {
  const parts = inputPath.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const nameParts = parts[at + 1]?.startsWith('@') ? 2 : 1;
  return join(root, ...parts.slice(0, at + 1 + nameParts));
}

/** One notice per bundled package: name, version, licence and the licence text it ships. */
export function thirdPartyNotices(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    // A plugin's virtual module (namespace:path) is not a file; the file it wraps is its own input.
    if (/^[\w-]+:/.test(input)) continue;
    const dir = packageDirOf(input);
    if (dir) dirs.add(dir);
  }
  const sections = [];
  for (const dir of [...dirs].sort()) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFiles = readdirSync(dir).filter((f) => LICENCE_FILE.test(f));
    const texts = licenceFiles.map((f) => readFileSync(join(dir, f), 'utf8').trim());
    const licence = typeof manifest.license === 'string' ? manifest.license : 'see text';
    const body = texts.length > 0 ? texts.join('\n\n') : `(no licence file in the package; licence field: ${licence})`;
    sections.push(`${manifest.name}@${manifest.version} (${licence})\n\n${body}`);
  }
  const header =
    'iam-tutor bundles the following packages into dist/. Their licence notices follow.\n' +
    `${sections.length} packages.\n`;
  return `${header}\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/cli.js is newer than src/, scripts/ and package.json. */
export function distIsFresh() {
  const built = join(root, 'dist', 'cli.js');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const sources = ['src', 'scripts', 'package.json', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync);
  return sources.every((p) => newestMtime(p) <= builtAt);
}

export async function build() {
  rmSync(`${root}dist`, { recursive: true, force: true });
  const result = await esbuild.build({ ...buildOptions, metafile: true });
  writeFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(result.metafile));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--if-stale') && distIsFresh()) process.exit(0);
  await build();
}
