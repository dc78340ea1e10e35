// The inputs that hang or exhaust a process if they are ever opened (a FIFO blocks open() until a
// writer comes; /dev/zero never ends) run the built dist/cli.js in a child with a time limit, so a
// regression fails this test instead of hanging the test runner.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentCacheKey } from '../../src/content/content-cache.js';
import { loadContentCached } from '../../src/content/load-cached.js';
import { cliPath } from '../helpers/tmux.js';
import { bobResults, copyPack, expectNoCrash, expectNothingRaw, tempDir } from './support/hostile.js';

const FIFO = 'is a FIFO (named pipe), not a regular file; only regular files are read';

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

function cli(args: string[], cwd: string) {
  const result = spawnSync('node', [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', IAM_TUTOR_DATA_DIR: join(cwd, 'data') },
  });
  // A timeout means the process hung on the input: the very thing these tests exist for.
  expect(result.error).toBeUndefined();
  expectNothingRaw(result.stdout, result.stderr);
  expectNoCrash(result.stdout + result.stderr);
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
});

describe('FIFOs and devices in a pack', () => {
  it('validate reports a FIFO lesson and a /dev/zero bank without opening either, exit 1', () => {
    const { root, pack } = copyPack();
    mkfifo(join(pack, 'lessons', '21-fifo.md'));
    symlinkSync('/dev/zero', join(pack, 'quizzes', 'zero.yaml'));
    const result = cli(['validate', 'pack'], root);
    expect(result.out.split('\n\n')[0]!.split('\n')).toEqual([
      `pack/lessons/21-fifo.md:1: ${FIFO}`,
      'pack/quizzes/zero.yaml:1: is a symbolic link, not a regular file; only regular files are read',
    ]);
    expect(result.code).toBe(1);
  });

  it('workshop refuses a pack with a FIFO before the interactive app starts', () => {
    const { root, pack } = copyPack();
    mkfifo(join(pack, 'lessons', '21-fifo.md'));
    const result = cli(['workshop', 'pack', '--name', 'eve'], root);
    expect(result.err).toBe(
      `pack/lessons/21-fifo.md:1: ${FIFO}\n` +
        'iam-tutor: the workshop pack pack has 1 error; fix it and try again (iam-tutor validate pack checks it).\n',
    );
    expect(result.code).toBe(1);
  });

  it('workshop refuses a FIFO as workshop.yaml', () => {
    const { root, pack } = copyPack();
    const file = join(pack, 'workshop.yaml');
    copyFileSync(file, join(root, 'saved.yaml'));
    spawnSync('rm', [file]);
    mkfifo(file);
    const result = cli(['workshop', 'report', 'pack', bobResults], root);
    expect(result.err).toContain(`pack/workshop.yaml:1: ${FIFO}\n`);
    expect(result.code).toBe(1);
  });
});

describe('FIFOs and devices as progress and result files', () => {
  it('progress import refuses a FIFO and /dev/zero', () => {
    const root = tempDir();
    mkfifo(join(root, 'in.json'));
    const fifo = cli(['progress', 'import', 'in.json'], root);
    expect(fifo.err).toBe(`iam-tutor: cannot read in.json: it ${FIFO}\n`);
    expect(fifo.code).toBe(1);
    const zero = cli(['progress', 'import', '/dev/zero'], root);
    expect(zero.err).toBe(
      'iam-tutor: cannot read /dev/zero: it is a device, not a regular file; only regular files are read\n',
    );
    expect(zero.code).toBe(1);
  });

  it('workshop report refuses a FIFO among the result files and writes no report', () => {
    const { root } = copyPack();
    mkdirSync(join(root, 'results'));
    copyFileSync(bobResults, join(root, 'results', 'bob.json'));
    mkfifo(join(root, 'results', 'fifo.json'));
    const result = cli(['workshop', 'report', 'pack', 'results', '--out', 'class.md'], root);
    expect(result.err).toContain(`iam-tutor: results/fifo.json: ${FIFO}\n`);
    expect(result.code).toBe(1);
    expect(existsSync(join(root, 'class.md'))).toBe(false);
  });
});

describe('the content cache key', () => {
  it('does not read through links: changing what a link points to leaves the key alone', () => {
    const root = tempDir();
    const lessons = join(root, 'lessons');
    mkdirSync(lessons);
    writeFileSync(join(root, 'target.md'), 'one');
    symlinkSync(join(root, 'target.md'), join(lessons, '01-link.md'));
    const dirs = [{ lessonsDir: lessons }];
    const before = contentCacheKey(dirs, { cwd: root });
    writeFileSync(join(root, 'target.md'), 'two, longer');
    expect(contentCacheKey(dirs, { cwd: root })).toBe(before);
    expect(readFileSync(join(lessons, '01-link.md'), 'utf8')).toBe('two, longer');
  });
});

describe('the content cache file', () => {
  it('is written whole through a temporary file, and loading works when it cannot be written', () => {
    const { root, pack } = copyPack();
    const dirs = [{ lessonsDir: join(pack, 'lessons'), quizzesDir: join(pack, 'quizzes') }];
    const cacheDir = join(root, 'cache');
    const first = loadContentCached(dirs, { cwd: root, cacheFile: join(cacheDir, 'content-cache.json') });
    expect(first.fromCache).toBe(false);
    expect(readdirSync(cacheDir)).toEqual(['content-cache.json']);
    expect(JSON.parse(readFileSync(join(cacheDir, 'content-cache.json'), 'utf8')).format).toBe(2);
    // A directory where the cache file should be: the write fails, the content still loads.
    mkdirSync(join(root, 'blocked', 'content-cache.json'), { recursive: true });
    const blocked = loadContentCached(dirs, { cwd: root, cacheFile: join(root, 'blocked', 'content-cache.json') });
    expect(blocked.content.questions).toHaveLength(first.content.questions.length);
    expect(readdirSync(join(root, 'blocked'))).toEqual(['content-cache.json']);
  });
});
