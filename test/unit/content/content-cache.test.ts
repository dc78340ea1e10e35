import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, loadContentCached } from '../../../src/content/index.js';
import { FIXTURES } from './helpers.js';

function tempPack() {
  const root = mkdtempSync(join(tmpdir(), 'iam-tutor-cache-'));
  cpSync(join(FIXTURES, 'good'), join(root, 'pack'), { recursive: true });
  const dirs = [{ lessonsDir: join(root, 'pack', 'lessons'), quizzesDir: join(root, 'pack', 'quizzes') }];
  return { root, dirs, cacheFile: join(root, 'cache', 'content.json') };
}

describe('loadContentCached', () => {
  it('loads from the files once, then from the cache, with the same result', () => {
    const { dirs, cacheFile } = tempPack();
    const first = loadContentCached(dirs, { cacheFile });
    const second = loadContentCached(dirs, { cacheFile });
    expect([first.fromCache, second.fromCache]).toEqual([false, true]);
    expect(second.content).toEqual(loadContent(dirs));
    expect(second.content.lessons).toHaveLength(2);
  });

  it('reloads when a content file changes', () => {
    const { dirs, cacheFile } = tempPack();
    loadContentCached(dirs, { cacheFile });
    appendFileSync(join(dirs[0]?.lessonsDir ?? '', '02-beta.md'), '\nOne more line.\n');
    const again = loadContentCached(dirs, { cacheFile });
    expect(again.fromCache).toBe(false);
    const last = again.content.lessons[1]?.sections.at(-1)?.blocks.at(-1);
    expect(last?.kind === 'markdown' && last.text.endsWith('One more line.')).toBe(true);
  });

  it('ignores a corrupt cache file', () => {
    const { dirs, cacheFile } = tempPack();
    loadContentCached(dirs, { cacheFile });
    writeFileSync(cacheFile, '{ not json');
    expect(loadContentCached(dirs, { cacheFile }).fromCache).toBe(false);
    expect(loadContentCached(dirs, { cacheFile }).fromCache).toBe(true);
  });

  it('still loads when the cache cannot be written', () => {
    const { root, dirs } = tempPack();
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, '');
    const result = loadContentCached(dirs, { cacheFile: join(blocker, 'content.json') });
    expect(result.fromCache).toBe(false);
    expect(result.content.questions).toHaveLength(2);
  });
});
