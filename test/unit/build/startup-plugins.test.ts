// Two build plugins in scripts/build.mjs take work off the first frame: string-width's emoji regex
// is built on first use, and yoga's wasm loader no longer touches the global `fetch`. These tests
// bundle the real packages with the tutor's build options and check both the saving and that the
// libraries still answer as before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript build script without type declarations
import { buildOptions } from '../../../scripts/build.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
const bundle = async (name: string, source: string): Promise<string> => {
  const outfile = join(dir, `${name}.js`);
  const { entryPoints: _entry, outdir: _outdir, ...options } = buildOptions;
  await esbuild.build({
    ...options,
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    outfile,
    splitting: false,
  });
  return outfile;
};
const runNode = (script: string): string =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-tutor-plugins-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('string-width with its emoji regex built on first use', () => {
  it('measures emoji, CJK, accents and ASCII as the unbundled package does', async () => {
    const file = await bundle('width', "import stringWidth from 'string-width';\nexport default stringWidth;\n");
    const samples = ['👍', '👨‍👩‍👧', '🇩🇪', '中文', 'é', 'abc', '1️⃣', '\u0301', 'x\u200dy'];
    // A RegExp constructor that notes each emoji pattern built: none at import, one on first use.
    const out = runNode(
      'const built = [];\n' +
        'const Real = RegExp;\n' +
        "globalThis.RegExp = new Proxy(Real, { construct(target, args) { if (String(args[0]).includes('RGI_Emoji')) built.push(String(args[0])); return Reflect.construct(target, args); } });\n" +
        `const { default: w } = await import(${JSON.stringify(file)});\n` +
        'const atImport = built.length;\n' +
        `const widths = ${JSON.stringify(samples)}.map((s) => w(s));\n` +
        'console.log(JSON.stringify({ atImport, afterUse: built.length, widths }));',
    );
    const { atImport, afterUse, widths } = JSON.parse(out);
    expect({ atImport, afterUse }).toEqual({ atImport: 0, afterUse: 1 });
    expect(widths).toEqual(samples.map((s) => stringWidth(s)));
    expect(widths.slice(0, 4)).toEqual([2, 2, 2, 4]);
  });
});

describe('yoga-layout without fetch', () => {
  it('loads its wasm without touching the global fetch, and still lays out', async () => {
    const file = await bundle(
      'yoga',
      "import Yoga from 'yoga-layout';\n" +
        'export function widthOfRow() {\n' +
        '  const root = Yoga.Node.create();\n' +
        '  root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);\n' +
        '  root.setWidth(80);\n' +
        '  const child = Yoga.Node.create();\n' +
        '  child.setFlexGrow(1);\n' +
        '  root.insertChild(child, 0);\n' +
        '  root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);\n' +
        '  return child.getComputedWidth();\n' +
        '}\n',
    );
    const out = runNode(
      'let touched = false;\n' +
        "Object.defineProperty(globalThis, 'fetch', { configurable: true, get() { touched = true; return undefined; } });\n" +
        `const { widthOfRow } = await import(${JSON.stringify(file)});\n` +
        'console.log(JSON.stringify({ touched, width: widthOfRow() }));',
    );
    expect(JSON.parse(out)).toEqual({ touched: false, width: 80 });
  });
});
