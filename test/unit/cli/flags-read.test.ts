// A flag that is parsed but read by nothing is a lie in the usage text (`--topics` and `--lesson`
// were accepted and silently ignored). Every declared flag must be read somewhere outside the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagSpec } from '../../../src/cli/args.js';
import { initialRoutes } from '../../../src/ui/run.js';
import { usage } from '../../../src/cli/usage.js';

const src = join(import.meta.dirname, '../../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

// --help and --version are answered by the parser itself.
const answeredByParser = new Set(['help', 'version']);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('declared CLI flags', () => {
  const code = sources(src)
    .filter((file) => !file.endsWith(join('cli', 'args.ts')))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  for (const name of Object.keys(flagSpec).filter((flag) => !answeredByParser.has(flag))) {
    it(`--${kebab(name)} is read outside the parser and documented`, () => {
      expect(code).toMatch(new RegExp(`flags\\.${name}\\b`));
      expect(usage).toContain(`--${name === 'color' ? 'no-color' : kebab(name)}`);
    });
  }

  it('quiz --topics preselects the topics on the practice setup', () => {
    expect(initialRoutes('quiz', [], { topics: 'trust-policies, instance-profiles,' })).toEqual([
      { name: 'home' },
      { name: 'quiz', params: { topics: ['trust-policies', 'instance-profiles'] } },
    ]);
  });
});
