// The house rules of /work/shared/ARCHITECTURE.md, checked on the import graph:
// 1. the core (iam, sandbox, quiz, content, progress, workshop, app) never imports the UI, React
//    or Ink;
// 2. the UI imports the core only through each module's public entry (index.ts, or a listed
//    light entry). The deep imports that predate this test are listed in boundaries.allow.json;
//    that list may only shrink: a listed import that is gone fails the test until it is removed
//    from the list, and a new deep import fails until it goes through the entry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const core = ['iam', 'sandbox', 'quiz', 'content', 'progress', 'workshop', 'app'];
/**
 * Public entries besides each module's index.ts. src/app/summary.ts is the home menu's: it is
 * loaded before the first frame, and src/app/index.ts would bring the quiz engine with it.
 */
const lightEntries = new Set(['src/sandbox/endpoints/index.ts', 'src/app/summary.ts']);
const allowed = new Set<string>(JSON.parse(readFileSync(join(import.meta.dirname, 'boundaries.allow.json'), 'utf8')));

const sources = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
      })
    : [];

const specifiers = (text: string): string[] => {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*'([^']+)'/g,
    /\bimport\s*\(\s*'([^']+)'\s*\)/g,
    /^import\s+'([^']+)'/gm,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
};

/** The repository-relative .ts/.tsx file a relative specifier names. */
function resolveSpecifier(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    join(base, 'index.ts'),
  ])
    if (existsSync(candidate)) return relative(root, candidate);
  return relative(root, base);
}

const moduleOf = (file: string) => file.split('/')[1];

describe('import boundaries', () => {
  it('the core imports neither the UI nor React nor Ink', () => {
    const bad: string[] = [];
    for (const module of core)
      for (const file of sources(join(src, module))) {
        for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
          const uiPackage = /^(react|ink)(\/|$)|^ink-|^@inkjs\//.test(specifier);
          const intoUi = specifier.startsWith('.') && resolveSpecifier(file, specifier).startsWith('src/ui/');
          if (uiPackage || intoUi) bad.push(`${relative(root, file)} -> ${specifier}`);
        }
      }
    expect(bad).toEqual([]);
  });

  it('the UI imports the core only through its public entries (the allow-list only shrinks)', () => {
    const deep: string[] = [];
    for (const file of sources(join(src, 'ui'))) {
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = resolveSpecifier(file, specifier);
        const module = moduleOf(target);
        if (!target.startsWith('src/') || module === undefined || !core.includes(module)) continue;
        if (target === `src/${module}/index.ts` || lightEntries.has(target)) continue;
        deep.push(`${relative(root, file)} -> ${target}`);
      }
    }
    const unique = [...new Set(deep)].sort();
    const fresh = unique.filter((edge) => !allowed.has(edge));
    const gone = [...allowed].filter((edge) => !unique.includes(edge));
    expect(fresh, 'new deep imports: import from the module index instead').toEqual([]);
    expect(gone, 'fixed deep imports: remove them from boundaries.allow.json').toEqual([]);
  });

  it('the UI measures, wraps and truncates text only through src/ui/text (one width function)', () => {
    const widthPackages = /^(string-width|wcwidth|wrap-ansi|cli-truncate|slice-ansi|cli-boxes)(\/|$)/;
    // Content validation is core (it may not import the UI) and measures diagram widths itself.
    const widthPackageUsers = new Set(['src/ui/text/width.ts', 'src/content/lesson-body.ts']);
    const ownTextArithmetic =
      /\bfunction\s+(textWidth|stringWidth|lineWidth|\w*[wW]rap(Words|Text|Block|Runs)?|truncate\w*|fit(Text|Width)|padOrCut|cut)\s*[(<]/;
    const bad: string[] = [];
    for (const file of sources(src)) {
      const name = relative(root, file);
      const text = readFileSync(file, 'utf8');
      for (const specifier of specifiers(text)) {
        if (widthPackages.test(specifier) && !widthPackageUsers.has(name)) bad.push(`${name} imports ${specifier}`);
        if (!specifier.startsWith('.') || name.startsWith('src/ui/text/')) continue;
        const target = resolveSpecifier(file, specifier);
        if (target.startsWith('src/ui/text/') && target !== 'src/ui/text/index.ts') bad.push(`${name} -> ${target}`);
      }
      const inUi = name.startsWith('src/ui/') && !name.startsWith('src/ui/text/');
      const own = inUi ? ownTextArithmetic.exec(text) : null;
      // The Markdown renderer lays out code and tables on top of the kit; its helpers are named apart.
      if (own !== null) bad.push(`${name} defines ${own[1]}(): use src/ui/text`);
    }
    expect(bad).toEqual([]);
  });
});
