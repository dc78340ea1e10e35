// Hostile and careless progress stores, lock files, environments and import files, run through
// the built CLI as a learner would run it. Every case asserts the outcome: the message, the exit
// code, and that nothing saved before was lost. Cases from the reliability review of 2026-12.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultProgressDir } from '../../src/progress/default-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const made: string[] = [];
const NOW = Date.UTC(2026, 11, 1);

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first');
});
afterAll(() => {
  for (const dir of made) {
    spawnSync('chmod', ['-R', 'u+w', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The host part of a lock holder's name, as lock.ts makes it. */
const hostHash = () => createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-tutor-hostile-store-'));
  fs.chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The built CLI copied where another user can read it: a clone under root's home (mode 0700) is
 * out of nobody's reach, and a test that drops to nobody would then fail to load dist/cli.js.
 */
let reachable: string | undefined;
function reachableCli(): string {
  if (reachable === undefined) {
    const dir = tempDir();
    fs.cpSync(path.dirname(cli), dir, { recursive: true });
    for (const entry of fs.readdirSync(dir, { recursive: true }))
      fs.chmodSync(
        path.join(dir, String(entry)),
        fs.statSync(path.join(dir, String(entry))).isDirectory() ? 0o755 : 0o644,
      );
    reachable = path.join(dir, path.basename(cli));
  }
  return reachable;
}

function run(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; uid?: number } = {}): Run {
  const env = options.env ?? { PATH: process.env.PATH, HOME: os.tmpdir() };
  const start = performance.now();
  const result = spawnSync(process.execPath, [options.uid !== undefined ? reachableCli() : cli, ...args], {
    env,
    cwd: options.cwd ?? os.tmpdir(),
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - start };
}

function answer(questionId: string, i = 0) {
  return {
    questionId,
    topic: 'trust-policies',
    correct: true,
    chosen: [0],
    misconceptions: [],
    mode: 'practice',
    at: new Date(NOW + i * 1000).toISOString(),
  };
}

function progress(overrides: { answers?: unknown[]; quiz?: object; lessons?: object; sandbox?: object } = {}) {
  return {
    version: 2,
    lessons: { byId: {}, ...overrides.lessons },
    bookmarks: [],
    quiz: {
      attempts: [],
      answers: overrides.answers ?? [answer('saved-1'), answer('saved-2', 1)],
      examInProgress: null,
      practiceInProgress: null,
      fsrsCards: {},
      ...overrides.quiz,
    },
    sandbox: { challenges: {}, lastWorld: null, ...overrides.sandbox },
    settings: {},
    meta: { createdAt: new Date(NOW).toISOString(), updatedAt: new Date(NOW + 5000).toISOString() },
  };
}

/** A data dir holding a valid store with two answers; returns the dir and the store's text. */
function seeded(text = `${JSON.stringify(progress(), null, '\t')}\n`): { dir: string; file: string; text: string } {
  const dir = tempDir();
  const file = path.join(dir, 'progress.json');
  fs.writeFileSync(file, text);
  return { dir, file, text };
}

function importFile(data: unknown): string {
  const file = path.join(tempDir(), 'import.json');
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

function storedIds(file: string): string[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')).quiz.answers.map((a: { questionId: string }) => a.questionId);
}

const noBugReport = (r: Run) => {
  expect(r.stderr).not.toMatch(/unexpected error|please report/i);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
};

describe('hostile progress stores', () => {
  it('1. reads a progress.json that starts with a UTF-8 BOM instead of setting it aside', () => {
    const { dir, file, text } = seeded(`\uFEFF${JSON.stringify(progress())}`);
    const r = run(['progress', 'export', '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).quiz.answers).toHaveLength(2);
    expect(fs.readdirSync(dir)).toEqual(['progress.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    // The next save rewrites it as plain JSON, answers kept.
    const saved = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(saved.code).toBe(0);
    expect(storedIds(file)).toEqual(['saved-1', 'saved-2', 'new']);
  });

  it('2. HOME empty: says what to do and creates nothing in the current directory', () => {
    const cwd = tempDir();
    const r = run(['progress', 'import', importFile(progress())], { env: { PATH: process.env.PATH, HOME: '' }, cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HOME is empty.*--data-dir/);
    noBugReport(r);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('3. HOME relative: refused the same way, nothing created', () => {
    const cwd = tempDir();
    const r = run(['progress', 'export'], { env: { PATH: process.env.PATH, HOME: 'some/dir' }, cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/HOME is not an absolute path \("some\/dir"\).*--data-dir/);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('4. HOME unset: the message names the real directory and why it was picked, no placeholder', () => {
    const picked = defaultProgressDir({}, 'linux', () => '/nonexistent');
    expect(picked.dir).toBe('/nonexistent/.config/iam-tutor');
    expect(picked.hint).toMatch(/HOME is not set, so iam-tutor used \/nonexistent from the user database/);
    const blocked = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocked, '');
    const r = run(['progress', 'export'], { env: { PATH: process.env.PATH, XDG_CONFIG_HOME: blocked } });
    // A config directory that cannot be created: the real path is in the message.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Could not create the progress directory ${blocked}/iam-tutor: a file is in the way`);
    expect(r.stderr).not.toMatch(/the iam-tutor config directory/);
    noBugReport(r);
  });

  it('5. --data-dir that is a regular file: clear message, the file untouched', () => {
    const dir = tempDir();
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'my notes');
    const r = run(['progress', 'import', importFile(progress()), '--data-dir', notes]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not create the progress directory .*notes\.txt: a file is in the way/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('my notes');
  });

  it('6. progress.json that is a directory: says so, exit 1', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'progress.json'));
    const r = run(['progress', 'export', '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/it is a directory, not a file/);
    noBugReport(r);
  });

  it('7. write-protected (0444) progress.json: not replaced, clear message, exit 1', () => {
    const { dir, file, text } = seeded();
    fs.chmodSync(file, 0o444);
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/write-protected \(mode 444\).*chmod u\+w/s);
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('8. symlinked progress.json: the link is kept, the target unchanged, and --data-dir is suggested', () => {
    const real = seeded();
    const dir = tempDir();
    const link = path.join(dir, 'progress.json');
    fs.symlinkSync(real.file, link);
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`is a symbolic link to ${real.file}`);
    expect(r.stderr).toContain(`--data-dir ${real.dir}`);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real.file, 'utf8')).toBe(real.text);
    // Reading through the link still works.
    const exported = run(['progress', 'export', '--data-dir', dir]);
    expect(JSON.parse(exported.stdout).quiz.answers).toHaveLength(2);
  });

  it('9. a lock directory dated an hour in the future (clock skew) does not block saving', () => {
    const { dir, file } = seeded();
    const lock = `${file}.lock`;
    fs.mkdirSync(lock);
    const future = new Date(Date.now() + 3_600_000);
    fs.utimesSync(lock, future, future);
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(4000); // was 10.6 s and "not saved"
    expect(storedIds(file)).toEqual(['saved-1', 'saved-2', 'new']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('10. a plain file where the lock goes (left by something else) is cleared once stale', () => {
    const { dir, file } = seeded();
    const lock = `${file}.lock`;
    fs.writeFileSync(lock, 'junk');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/ENOTDIR/);
    expect(storedIds(file)).toContain('new');
  });

  it('11. a lock whose holder process has died is taken over at once, whatever its age', () => {
    const { dir, file } = seeded();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = `${file}.lock`;
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, `holder-${hostHash()}-${dead.stdout}-abcdef012345`), '');
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(4000);
    expect(storedIds(file)).toContain('new');
  });

  it('12. a lock held by a live process is never taken over: exit 1 after the wait, with the pid and the lock path', () => {
    const { dir, file, text } = seeded();
    const holder = spawn('sleep', ['30']);
    try {
      const lock = `${file}.lock`;
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, `holder-${hostHash()}-${holder.pid}-abcdef012345`), '');
      const old = new Date(Date.now() - 600_000);
      fs.utimesSync(lock, old, old); // old, but its holder lives
      const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Another iam-tutor (process ${holder.pid})`);
      expect(r.stderr).toContain(`\n  ${lock}`); // the path on a line of its own, never cut off
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 30_000);

  it('13. import with lesson ids constructor, toString and hasOwnProperty: kept as data', () => {
    const { dir, file } = seeded();
    const lesson = { completed: true, completedAt: new Date(NOW).toISOString(), section: 1, checks: {} };
    const byId = Object.fromEntries(
      ['constructor', 'toString', 'hasOwnProperty'].map((id) => [
        id,
        { ...lesson, lastOpenedAt: new Date(NOW).toISOString() },
      ]),
    );
    const r = run([
      'progress',
      'import',
      importFile(
        progress({
          lessons: { byId },
          sandbox: { challenges: { constructor: { completed: true, hintsUsed: 0 } } },
        }),
      ),
      '--data-dir',
      dir,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 lessons newly completed, 1 sandbox challenge newly completed/);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(stored.lessons.byId).sort()).toEqual(['constructor', 'hasOwnProperty', 'toString']);
    expect(storedIds(file)).toEqual(['saved-1', 'saved-2']);
    // Importing it again adds nothing (lookups see the entries, not Object.prototype's).
    const again = run(['progress', 'import', importFile(progress({ lessons: { byId } })), '--data-dir', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing new/);
  });

  it('14. import with a __proto__ key: refused with its place, store unchanged', () => {
    const { dir, file, text } = seeded();
    const hostile = `{"version":1,"lessons":{"byId":{"__proto__":{"completed":true,"section":0,"checks":{},"lastOpenedAt":"2026-12-01T00:00:00.000Z"}}},"quiz":{"attempts":[],"answers":[],"examInProgress":null,"fsrsCards":{}},"sandbox":{"challenges":{},"lastWorld":null},"settings":{},"meta":{"createdAt":"2026-12-01T00:00:00.000Z","updatedAt":"2026-12-01T00:00:00.000Z"}}`;
    const r = run(['progress', 'import', importFile(hostile), '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/key named "__proto__" at lessons\.byId/);
    noBugReport(r);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('15. import of a review card with a garbage due date: refused, naming the concept', () => {
    const { dir, file, text } = seeded();
    const r = run([
      'progress',
      'import',
      importFile(progress({ quiz: { fsrsCards: { 'iam-basics': { due: 'garbage' } } } })),
      '--data-dir',
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/quiz\.fsrsCards\.iam-basics\.due: must be a date/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('16. import that brings a newer saved exam, world and cards says what it replaced, not "nothing new"', () => {
    const card = (at: string) => ({ due: at, last_review: at, reps: 1 });
    const mine = progress({
      quiz: { examInProgress: { kind: 'exam', mine: true }, fsrsCards: { c1: card('2026-12-01T00:00:00.000Z') } },
      sandbox: { lastWorld: { mine: true } },
    });
    const { dir, file } = seeded(JSON.stringify(mine));
    const theirs = progress({
      quiz: { examInProgress: { kind: 'exam', theirs: true }, fsrsCards: { c1: card('2026-12-05T00:00:00.000Z') } },
      sandbox: { lastWorld: { theirs: true } },
    });
    theirs.meta.updatedAt = '2026-12-09T00:00:00.000Z';
    const r = run(['progress', 'import', importFile(theirs), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/nothing new/);
    expect(r.stdout).toMatch(/1 review card replaced by newer ones from the file/);
    expect(r.stdout).toMatch(/replaced the saved exam in progress with the file's/);
    expect(r.stdout).toMatch(/replaced the saved sandbox world with the file's/);
    expect(storedIds(file)).toEqual(['saved-1', 'saved-2']);
  });

  it('17. a review card reviewed later here is kept even when the file is newer overall', () => {
    const card = (at: string) => ({ due: at, last_review: at, reps: 1 });
    const { dir, file } = seeded(
      JSON.stringify(progress({ quiz: { fsrsCards: { c1: card('2026-12-08T00:00:00.000Z') } } })),
    );
    const theirs = progress({
      quiz: { fsrsCards: { c1: card('2026-12-02T00:00:00.000Z'), c2: card('2026-12-02T00:00:00.000Z') } },
    });
    theirs.meta.updatedAt = '2026-12-09T00:00:00.000Z';
    const r = run(['progress', 'import', importFile(theirs), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 review card added/);
    const cards = JSON.parse(fs.readFileSync(file, 'utf8')).quiz.fsrsCards;
    expect(cards.c1.last_review).toBe('2026-12-08T00:00:00.000Z');
  });

  it('18. progress reset --yes in a read-only directory: clear message, exit 1, nothing deleted', () => {
    const { dir, file, text } = seeded();
    fs.chmodSync(file, 0o644);
    fs.chmodSync(dir, 0o555);
    const asRoot = process.getuid?.() === 0;
    const r = run(['progress', 'reset', '--yes', '--data-dir', dir], asRoot ? { uid: 65534 } : {});
    fs.chmodSync(dir, 0o755);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Nothing was deleted: a copy of your progress could not be kept first \(there is no permission to write in/,
    );
    noBugReport(r);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('19. a not-JSON progress.json is set aside with the way back named, and nothing else is lost', () => {
    const { dir } = seeded('{"version": 1, "lessons": ');
    const r = run(['progress', 'export', '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/it was moved to .*progress\.corrupt-.*\.json.*iam-tutor progress import/);
    const moved = fs.readdirSync(dir).find((name) => name.startsWith('progress.corrupt-')) as string;
    expect(fs.readFileSync(path.join(dir, moved), 'utf8')).toBe('{"version": 1, "lessons": ');
  });

  it('20. leftovers of a taken-over lock and of older temp files are swept on the next save', () => {
    const { dir, file } = seeded();
    fs.mkdirSync(`${file}.lock.stale-0123456789ab`);
    fs.writeFileSync(`${file}.tmp-99999-0`, 'half a file');
    const r = run(['progress', 'import', importFile(progress({ answers: [answer('new', 9)] })), '--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['progress.json']);
    expect(storedIds(file)).toEqual(['saved-1', 'saved-2', 'new']);
  });
});
