import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attendeeDataDir,
  checkAttendeeName,
  defaultAttendeeName,
  defaultDataDir,
  prepareWorkshopSession,
} from '../../../src/workshop/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const pack = 'workshops/instance-profiles-101';

describe('attendee names and data dirs', () => {
  it('accepts plain names and turns spaces into dashes', () => {
    expect(checkAttendeeName('alice')).toEqual({ ok: true, name: 'alice' });
    expect(checkAttendeeName('  Ana Lima ')).toEqual({ ok: true, name: 'Ana-Lima' });
    expect(checkAttendeeName('bob_2.test')).toEqual({ ok: true, name: 'bob_2.test' });
  });

  it('refuses names that could leave the directory or are empty', () => {
    for (const bad of ['', '..', '.hidden', 'a/b', 'a\\b', 'x'.repeat(65)]) {
      const checked = checkAttendeeName(bad);
      expect(checked.ok, bad).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/cannot be used as an attendee name/);
    }
  });

  it('falls back to the login name, then to "attendee"', () => {
    expect(defaultAttendeeName(() => 'carol')).toBe('carol');
    expect(defaultAttendeeName(() => '../x')).toBe('attendee');
    expect(
      defaultAttendeeName(() => {
        throw new Error('no user');
      }),
    ).toBe('attendee');
  });

  it('puts each attendee under workshops/<pack>/<name>', () => {
    expect(attendeeDataDir('/data', 'instance-profiles-101', 'alice')).toBe(
      '/data/workshops/instance-profiles-101/alice',
    );
  });

  describe("conf's default directory", () => {
    const saved = process.env.XDG_CONFIG_HOME;
    afterEach(() => {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    });

    it.runIf(process.platform === 'linux')('is where conf itself puts the progress file', () => {
      process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'iam-tutor-xdg-'));
      const conf = new Conf({ projectName: 'iam-tutor', projectSuffix: '', configName: 'progress' });
      expect(defaultDataDir(process.env)).toBe(dirname(conf.path));
    });

    it('follows each platform convention', () => {
      expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/iam-tutor');
      expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/a')).toBe('/x/iam-tutor');
      expect(defaultDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Preferences/iam-tutor');
    });
  });
});

describe('preparing a workshop session', () => {
  const base = { env: {}, cwd: repoRoot, userName: () => 'fallback' };

  it("opens the pack with the attendee's own data dir under --data-dir", () => {
    const result = prepareWorkshopSession({ ...base, args: [pack], name: 'alice', dataDirFlag: '/tmp/class' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.attendee).toBe('alice');
    expect(result.session.packName).toBe('instance-profiles-101');
    expect(result.session.dataDir).toBe('/tmp/class/workshops/instance-profiles-101/alice');
    expect(result.session.workshop.agenda).toHaveLength(9);
    expect(result.session.contentDirs).toEqual([
      { lessonsDir: join(repoRoot, pack, 'lessons'), quizzesDir: join(repoRoot, pack, 'quizzes') },
    ]);
  });

  it('uses IAM_TUTOR_DATA_DIR, then the default directory, and the login name without --name', () => {
    const fromEnv = prepareWorkshopSession({ ...base, args: [pack], env: { IAM_TUTOR_DATA_DIR: '/srv/tutor' } });
    expect(fromEnv.ok && fromEnv.session.dataDir).toBe('/srv/tutor/workshops/instance-profiles-101/fallback');
    const fallback = prepareWorkshopSession({ ...base, args: [pack], env: { XDG_CONFIG_HOME: '/cfg' } });
    expect(fallback.ok && fallback.session.dataDir).toMatch(/\/iam-tutor\/workshops\/instance-profiles-101\/fallback$/);
  });

  it('returns usage errors (exit 2) for a missing pack, no pack and a bad name', () => {
    expect(prepareWorkshopSession({ ...base, args: ['nowhere'] })).toEqual({
      ok: false,
      exitCode: 2,
      message: 'nowhere: no such directory',
      problems: [],
    });
    expect(prepareWorkshopSession({ ...base, args: [] })).toMatchObject({ ok: false, exitCode: 2 });
    expect(prepareWorkshopSession({ ...base, args: [pack], name: '../../etc' })).toMatchObject({
      ok: false,
      exitCode: 2,
    });
  });

  it('returns the problems of a broken pack (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-broken-'));
    writeFileSync(join(dir, 'workshop.yaml'), 'title: Broken\nminutes: ten\nagenda: []\n');
    const result = prepareWorkshopSession({ ...base, args: [dir], cwd: dir });
    expect(result).toMatchObject({ ok: false, exitCode: 1 });
    if (result.ok) return;
    expect(result.problems).toEqual([
      'workshop.yaml:2: minutes: must be a number (found "ten")',
      'workshop.yaml:3: agenda: the agenda needs at least one step',
    ]);
    expect(result.message).toMatch(/has 2 errors; fix them and try again/);
  });
});
