// The production wiring (run.tsx's loaders under the real TutorProvider) on a real progress
// file: the home screen first, content loaded on demand from the shipped lessons, and a lesson
// opened through the one progress client written to progress.json and offered as "Continue".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TutorProvider } from '../../src/ui/data/TutorContext.js';
import { appLoaders } from '../../src/ui/run.js';
import { screens } from '../../src/ui/screens/registry.js';
import { App } from '../../src/ui/shell/App.js';
import { type FakeStdout, renderInFakeTerminal, settled } from '../helpers/fakeTerminal.js';
import { keys } from '../helpers/ink.js';
import { testServices } from '../helpers/tutor.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function waitFor(stdout: FakeStdout, check: (frame: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!check(stdout.lastFrame())) {
    if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${stdout.lastFrame()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return stdout.lastFrame();
}

describe('the production wiring', () => {
  it('loads lessons on demand, saves a lesson opened to progress.json and offers it on Home', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'iam-tutor-wiring-'));
    dirs.push(dataDir);
    const services = testServices({ now: () => Date.now(), dataDir });
    const { stdout, stdin, instance } = renderInFakeTerminal(
      <TutorProvider services={services} loaders={appLoaders({ dataDir, now: services.now })}>
        <App initial={[{ name: 'home' }]} screens={screens} onExit={() => {}} />
      </TutorProvider>,
    );
    try {
      await waitFor(stdout, (frame) => frame.includes('Lessons'));
      expect(stdout.lastFrame()).not.toContain('Continue:');
      await settled(stdout);
      stdin.write(keys.enter);
      const list = await waitFor(stdout, (frame) => /0 of \d+ lessons complete/.test(frame));
      expect(list).not.toContain('Continue');
      await settled(stdout);
      stdin.write(keys.enter);
      await waitFor(stdout, (frame) => /section 1\/\d+/.test(frame));
      await settled(stdout);
      stdin.write(keys.escape);
      await settled(stdout);
      stdin.write(keys.escape);
      const home = await waitFor(stdout, (frame) => frame.includes('Continue:'));
      const saved = JSON.parse(readFileSync(join(dataDir, 'progress.json'), 'utf8'));
      const last = saved.lessons.lastLessonId as string;
      expect(saved.lessons.byId[last]).toMatchObject({ completed: false, section: 0 });
      expect(home).toMatch(/Continue: \S/);
    } finally {
      instance.unmount();
      instance.cleanup();
    }
  }, 60_000);
});
