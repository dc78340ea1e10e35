import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, openProgressStore, ProgressDataError, recordAnswer } from '../../../src/progress/index.js';
import { listDir, steppingClock, createTempDirs } from './support/temp-dirs.js';

const tempDir = createTempDirs();

function open(dir: string) {
  return openProgressStore({ dataDir: dir, now: steppingClock(), lockStaleMs: 2000 });
}

const answer = (questionId: string) =>
  ({ questionId, topic: 'trust-policies', correct: true, chosen: [1], mode: 'practice' }) as const;

describe('openProgressStore', () => {
  it('keeps its file as progress.json in the data dir', () => {
    const dir = tempDir();
    expect(open(dir).path).toBe(path.join(dir, 'progress.json'));
  });

  it.runIf(process.platform === 'linux')("without a data dir uses conf's default, $XDG_CONFIG_HOME/iam-tutor", () => {
    const config = tempDir();
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = config;
    try {
      expect(openProgressStore({ now: steppingClock() }).path).toBe(path.join(config, 'iam-tutor', 'progress.json'));
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
  });

  it('creates a missing data dir but writes no file until something changes', () => {
    const dir = path.join(tempDir(), 'nested', 'alice');
    const store = open(dir);
    expect(fs.existsSync(dir)).toBe(true);
    expect(fs.existsSync(store.path)).toBe(false);
    const data = store.read();
    expect(data).toEqual(emptyProgress(Date.parse(data.meta.createdAt)));
    expect(store.notice).toBeUndefined();
  });

  it('reads the same fresh data twice before the first write', () => {
    const store = open(tempDir());
    expect(store.read()).toEqual(store.read());
  });

  it('writes a change, stamps updatedAt with its clock and returns what it wrote', () => {
    const dir = tempDir();
    const store = openProgressStore({ dataDir: dir, now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
    const written = store.update((draft) => {
      draft.settings.examDate = '2026-12-31';
    });
    expect(written.meta.updatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(written.settings.examDate).toBe('2026-12-31');
    expect(JSON.parse(fs.readFileSync(store.path, 'utf8'))).toEqual(written);
    expect(store.read()).toEqual(written);
  });

  it('sees what another store on the same dir wrote, because every read goes to disk', () => {
    const dir = tempDir();
    const first = open(dir);
    const second = open(dir);
    recordAnswer(first, answer('q1'));
    expect(second.read().quiz.answers.map((a) => a.questionId)).toEqual(['q1']);
    recordAnswer(second, answer('q2'));
    recordAnswer(first, answer('q3'));
    expect(
      open(dir)
        .read()
        .quiz.answers.map((a) => a.questionId),
    ).toEqual(['q1', 'q2', 'q3']);
  });

  it('writes nothing when the mutator throws, and lets the error through', () => {
    const dir = tempDir();
    const store = open(dir);
    recordAnswer(store, answer('q1'));
    const before = fs.readFileSync(store.path, 'utf8');
    expect(() =>
      store.update((draft) => {
        draft.quiz.answers.length = 0;
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
    // And the lock was released: the next change goes through.
    recordAnswer(store, answer('q2'));
    expect(store.read().quiz.answers).toHaveLength(2);
  });

  it('refuses a change that breaks the schema, with the place named, and leaves the file alone', () => {
    const store = open(tempDir());
    recordAnswer(store, answer('q1'));
    const before = fs.readFileSync(store.path, 'utf8');
    let error: unknown;
    try {
      store.update((draft) => {
        (draft.quiz.answers[0] as { chosen: unknown }).chosen = ['b'];
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProgressDataError);
    expect((error as Error).message).toMatch(/quiz\.answers\[0\]\.chosen\[0\]/);
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
  });

  it('refuses an update started inside another one instead of waiting for itself', () => {
    const store = open(tempDir());
    expect(() => store.update(() => recordAnswer(store, answer('inner')))).toThrow('inside another one');
    expect(store.read().quiz.answers).toEqual([]);
    recordAnswer(store, answer('after'));
    expect(store.read().quiz.answers).toHaveLength(1);
  });

  it('drops undefined fields so what it returns is exactly what the next read sees', () => {
    const store = open(tempDir());
    const written = store.update((draft) => {
      draft.settings.color = undefined;
      draft.lessons.lastLessonId = undefined;
    });
    expect('color' in written.settings).toBe(false);
    expect(store.read()).toEqual(written);
  });

  it('removes temp files left by a writer killed mid-write, and only those', () => {
    const dir = tempDir();
    const store = open(dir);
    fs.writeFileSync(path.join(dir, 'progress.json.tmp-1732311000abc123'), '{"half": ');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    recordAnswer(store, answer('q1'));
    expect(listDir(dir)).toEqual(['notes.txt', 'progress.json']);
  });

  it('takes over a lock left behind by a killed process once it is stale', () => {
    const dir = tempDir();
    const store = open(dir);
    const lock = `${store.path}.lock`;
    fs.mkdirSync(lock);
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, longAgo, longAgo);
    recordAnswer(store, answer('q1'));
    expect(store.read().quiz.answers).toHaveLength(1);
    expect(fs.existsSync(lock)).toBe(false);
  });
});
