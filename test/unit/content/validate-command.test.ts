import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ValidateDirHandler, validateCommand, validateDirHandlers } from '../../../src/content/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const fixtures = 'test/unit/content/fixtures';
const run = (...dirs: string[]) => validateCommand({ dirs, cwd: repoRoot });

// Every run loads the whole built-in curriculum first (for links and topics): 15 lessons and 322
// questions, about 2 s of CPU with the near-duplicate and policy checks, measured alone on this
// 2-core machine. With the other test files running beside it that passed the 5 s default.
describe('iam-tutor validate', { timeout: 30_000 }, () => {
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

  it('prints each error as file:line: message relative to cwd, exit 1', () => {
    const result = run(`${fixtures}/good`, `${fixtures}/broken/option-count`);
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n').slice(0, 3)).toEqual([
      `${fixtures}/broken/option-count/alpha.yaml:8: options: a single-answer question needs exactly 4 options (found 3)`,
      `${fixtures}/broken/option-count/alpha.yaml:24: options: a multiple-answer question needs 5 or more options (found 4)`,
      '',
    ]);
    expect(result.output.split('\n').at(-1)).toBe(
      '2 lessons (4 checks), 2 questions (1 beyond, 1 clf-c02): 2 errors, 0 warnings',
    );
  });

  it('prints each warning as file:line: warning: message, and exits 0 when there are only warnings', () => {
    const result = run(`${fixtures}/broken/code-warnings`);
    expect(result.exitCode).toBe(0);
    expect(result.output.split('\n').slice(0, 3)).toEqual([
      `${fixtures}/broken/code-warnings/30-code-warnings.md:24: warning: json line is 83 columns wide; keep code lines within 76`,
      `${fixtures}/broken/code-warnings/30-code-warnings.md:31: warning: write "(Choose TWO.)" the way the exam does (found "(choose two)")`,
      '',
    ]);
    expect(result.output.split('\n').at(-1)).toMatch(/^1 lesson \(2 checks\), 0 questions .*: 0 errors, 2 warnings$/);
  });

  it('validates a directory of lesson files itself; a diagram wider than 56 columns is an error, exit 1', () => {
    const result = run(`${fixtures}/broken/wide-diagram`);
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n')[0]).toBe(
      `${fixtures}/broken/wide-diagram/27-wide.md:20: diagram line is 92 columns wide; keep diagram lines within 56 so they fit a 60-column terminal`,
    );
    expect(result.output.split('\n').at(-1)).toMatch(/^1 lesson \(2 checks\), 0 questions .*: 1 error, 0 warnings$/);
  });

  it('shows errors and warnings together, each in its own format', () => {
    const result = run(`${fixtures}/good`, `${fixtures}/broken/docs-host`);
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n').slice(0, 4)).toEqual([
      `${fixtures}/broken/docs-host/alpha.yaml:20: docs[1]: https://example.com/blog/iam-roles-explained is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)`,
      `${fixtures}/broken/docs-host/alpha.yaml:21: docs[2]: https://my-notes.s3.amazonaws.com/iam.html is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)`,
      `${fixtures}/broken/docs-host/alpha.yaml:25: warning: domain and task describe CLF-C02 questions; this one is scope beyond`,
      `${fixtures}/broken/docs-host/alpha.yaml:30: options: a single-answer question needs exactly 4 options (found 3)`,
    ]);
    expect(result.output.split('\n').at(-1)).toMatch(/: 3 errors, 1 warning$/);
  });

  it('resolves links and topics of a pack against the built-in content', () => {
    const result = run(`${fixtures}/workshop-pack`);
    expect(result.output.split('\n').at(-1)).toBe(
      '1 lesson (2 checks), 1 question (1 beyond, 0 clf-c02): 0 errors, 0 warnings',
    );
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
      expect(result.output.split('\n')[0]).toBe(`${fixtures}/workshop-pack/workshop.yaml:2: pack check ran`);
      expect(result.exitCode).toBe(1);
    } finally {
      validateDirHandlers.splice(validateDirHandlers.indexOf(handler), 1);
    }
  });

  it('treats the repository root like the built-in content, and both pass (exit 0)', () => {
    const builtin = validateCommand({ cwd: repoRoot });
    expect(run('.')).toEqual(builtin);
    expect(builtin.exitCode).toBe(0);
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
