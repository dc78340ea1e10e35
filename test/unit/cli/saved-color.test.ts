import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorDisabledInSettings } from '../../../src/cli/savedColor.js';

describe('colorDisabledInSettings', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'color-'));

  it('is true only when Settings saved colour "never"', () => {
    const never = dir();
    writeFileSync(join(never, 'progress.json'), JSON.stringify({ settings: { color: 'never' } }));
    const auto = dir();
    writeFileSync(join(auto, 'progress.json'), JSON.stringify({ settings: { color: 'auto' } }));
    expect(colorDisabledInSettings({ dataDir: never, env: {} })).toBe(true);
    expect(colorDisabledInSettings({ dataDir: auto, env: {} })).toBe(false);
  });

  it('finds the store through --data-dir and IAM_TUTOR_DATA_DIR', () => {
    const never = dir();
    writeFileSync(join(never, 'progress.json'), JSON.stringify({ settings: { color: 'never' } }));
    expect(colorDisabledInSettings({ flag: never, env: {} })).toBe(true);
    expect(colorDisabledInSettings({ env: { IAM_TUTOR_DATA_DIR: never } })).toBe(true);
  });

  it('treats a missing or corrupt file as no preference', () => {
    const corrupt = dir();
    writeFileSync(join(corrupt, 'progress.json'), '{not json');
    expect(colorDisabledInSettings({ dataDir: corrupt, env: {} })).toBe(false);
    expect(colorDisabledInSettings({ dataDir: dir(), env: {} })).toBe(false);
  });
});
