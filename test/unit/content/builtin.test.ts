import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinContentDirs, findPackageRoot } from '../../../src/content/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

describe('built-in content location', () => {
  it('finds lessons/ and quizzes/ at the package root when running from source', () => {
    expect(builtinContentDirs()).toEqual({
      lessonsDir: join(repoRoot, 'lessons'),
      quizzesDir: join(repoRoot, 'quizzes'),
    });
    expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).name).toBe('iam-tutor');
  });

  it('finds the root from the bundle directory (dist/, one level down)', () => {
    expect(findPackageRoot(join(repoRoot, 'dist'))).toBe(repoRoot);
    expect(findPackageRoot(join(repoRoot, 'src', 'content'))).toBe(repoRoot);
  });

  it('explains when there is no iam-tutor package above', () => {
    const outside = mkdtempSync(join(tmpdir(), 'iam-tutor-root-'));
    expect(existsSync(join(outside, 'package.json'))).toBe(false);
    expect(() => findPackageRoot(outside)).toThrow(/cannot find the iam-tutor package root/);
  });
});
