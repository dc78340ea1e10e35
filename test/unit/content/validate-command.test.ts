import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ValidateDirHandler, validateCommand, validateDirHandlers } from '../../../src/content/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const fixtures = 'test/unit/content/fixtures';
const run = (...dirs: string[]) => validateCommand({ dirs, cwd: repoRoot });

describe('iam-tutor validate', () => {
  it('prints topic counts and a summary for a valid pack, exit 0', () => {
    expect(run(`${fixtures}/good`)).toEqual({
      output: [
        '  alpha  1 question (0 beyond, 1 clf-c02), 2 checks',
        '  beta   1 question (1 beyond, 0 clf-c02), 2 checks',
        '2 lessons (4 checks), 2 questions (1 beyond, 1 clf-c02): 0 errors, 0 warnings',
      ].join('\n'),
      exitCode: 0,
    });
  });

  it('prints each problem as file:line: severity: message relative to cwd, exit 1', () => {
    const result = run(`${fixtures}/good`, `${fixtures}/broken/option-count`);
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n').slice(0, 3)).toEqual([
      `${fixtures}/broken/option-count/alpha.yaml:8: error: options: a single-answer question needs exactly 4 options (found 3)`,
      `${fixtures}/broken/option-count/alpha.yaml:24: error: options: a multiple-answer question needs 5 or more options (found 4)`,
      '',
    ]);
    expect(result.output.split('\n').at(-1)).toBe('2 lessons (4 checks), 2 questions (1 beyond, 1 clf-c02): 2 errors, 0 warnings');
  });

  it('exits 0 when there are only warnings, and validates a directory of lesson files itself', () => {
    const result = run(`${fixtures}/broken/wide-diagram`);
    expect(result.exitCode).toBe(0);
    expect(result.output.split('\n')[0]).toBe(
      `${fixtures}/broken/wide-diagram/27-wide.md:20: warning: diagram line is 92 columns wide; keep code and diagram lines within 76`,
    );
    expect(result.output.split('\n').at(-1)).toMatch(/^1 lesson \(2 checks\), 0 questions .*: 0 errors, 1 warning$/);
  });

  it('resolves links and topics of a pack against the built-in content', () => {
    const result = run(`${fixtures}/workshop-pack`);
    expect(result.output.split('\n').at(-1)).toBe('1 lesson (2 checks), 1 question (1 beyond, 0 clf-c02): 0 errors, 0 warnings');
    expect(result.output).toContain('  iam-basics   1 question (1 beyond, 0 clf-c02)');
    expect(result.exitCode).toBe(0);
  });

  it('lets a directory handler claim a directory and add its own checks', () => {
    const handler: ValidateDirHandler = {
      name: 'test pack',
      claims: (dir) => dir.endsWith('workshop-pack'),
      contentDirs: (dir) => [{ lessonsDir: join(dir, 'lessons'), quizzesDir: join(dir, 'quizzes') }],
      check: (dir) => [{ file: join(dir, 'workshop.yaml'), line: 2, message: 'pack check ran', severity: 'error' }],
    };
    validateDirHandlers.unshift(handler);
    try {
      const result = run(`${fixtures}/workshop-pack`);
      expect(result.output.split('\n')[0]).toBe(`${fixtures}/workshop-pack/workshop.yaml:2: error: pack check ran`);
      expect(result.exitCode).toBe(1);
    } finally {
      validateDirHandlers.splice(validateDirHandlers.indexOf(handler), 1);
    }
  });

  it('treats the repository root like the built-in content', () => {
    expect(run('.')).toEqual(validateCommand({ cwd: repoRoot }));
  });

  it('reports a missing directory in one line, exit 2', () => {
    expect(run('no/such/dir')).toEqual({ output: 'iam-tutor validate: no/such/dir: no such directory', exitCode: 2 });
  });

  it('reports a directory without content, exit 2', () => {
    const empty = mkdtempSync(join(tmpdir(), 'iam-tutor-empty-'));
    const result = validateCommand({ dirs: [empty], cwd: repoRoot });
    expect(result.exitCode).toBe(2);
    expect(result.output).toMatch(/no lessons\/ or quizzes\/ directory and no content files$/);
  });
});
