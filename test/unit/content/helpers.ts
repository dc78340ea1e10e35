import { cpSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type ContentSet, loadContent } from '../../../src/content/index.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const GOOD = { lessonsDir: join(FIXTURES, 'good', 'lessons'), quizzesDir: join(FIXTURES, 'good', 'quizzes') };

/** The good pack plus one broken case directory, loaded the way an author's pack would be. */
export function loadCase(name: string): ContentSet {
  const dir = materialise(join(FIXTURES, 'broken', name));
  return loadContent([GOOD, { lessonsDir: dir, quizzesDir: dir }], { cwd: FIXTURES });
}

/**
 * Invalid YAML is stored as `*.broken` (biome lints YAML under test/ and would fail on it).
 * Such a case directory is copied to a temporary directory with the suffix removed.
 */
export function materialise(dir: string): string {
  const broken = readdirSync(dir).filter((name) => name.endsWith('.broken'));
  if (broken.length === 0) return dir;
  const copy = join(mkdtempSync(join(tmpdir(), 'iam-tutor-fixture-')), 'case');
  cpSync(dir, copy, { recursive: true });
  for (const name of broken) renameSync(join(copy, name), join(copy, name.replace(/\.broken$/, '')));
  return copy;
}

/** Problems as `path:line: severity: message`, paths relative to the fixtures directory. */
export function problemLines(content: ContentSet): string[] {
  return content.problems.map((p) => `${relative(FIXTURES, p.file)}:${p.line}: ${p.severity}: ${p.message}`);
}
