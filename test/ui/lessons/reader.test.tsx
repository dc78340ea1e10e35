import { afterEach, describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/ui/text/index.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import { keys } from '../../helpers/ink.js';
import { alpha, lessons } from './fixtures.js';
import { type LessonApp, renderLessons, spyProgress } from './harness.js';

let app: LessonApp | undefined;
afterEach(() => app?.unmount());

function openAlpha(progress = spyProgress(), size: { columns?: number; rows?: number } = {}) {
  app = renderLessons({
    lessons,
    progress: progress.port,
    initial: [{ name: 'home' }, { name: 'lessons' }, { name: 'lesson', params: { id: 'alpha', title: alpha.title } }],
    ...size,
  });
  return { app, calls: progress.calls };
}

/** The body's text lines (header and its rule removed), 18 lines of text then the progress bar at 80x24. */
const body = (a: LessonApp) => a.lines().slice(2, 21);
const progressLine = (a: LessonApp) => body(a)[18] ?? '';

describe('lesson reader', () => {
  it('opens on the first section with the objectives and a progress bar on the last body line', () => {
    const { app } = openAlpha();
    const lines = body(app);
    expect(lines[0]).toBe(' Introduction');
    expect(lines[1]).toMatch(/^ ═+$/);
    expect(lines).toContain(' In this lesson you will:');
    expect(lines).toContain(' • Explain what a role is');
    expect(lines).toContain(' Intro paragraph 4.');
    expect(app.frame()).not.toContain('Intro paragraph 5.');
    expect(progressLine(app)).toMatch(/^ section 1\/3 [▓░]+ \d+%/);
    expect(app.lines()[0]).toContain('Alpha roles');
  });

  it('scrolls a line with j/k and the arrows, and jumps with g and G', async () => {
    const { app } = openAlpha();
    await app.press('j');
    expect(body(app)[0]).toMatch(/^ ═+$/);
    await app.press(keys.down, keys.down);
    expect(body(app)[0]).toBe(' Lesson 1 · about 10 min · CLF-C02 exam');
    await app.press('k');
    expect(body(app)[0]).toBe('');
    await app.press('G');
    expect(body(app)[17]).toContain('▸ Try it in the sandbox');
    await app.press('g');
    expect(body(app)[0]).toBe(' Introduction');
  });

  it('pages with Space and PageDown, moving on to the next section at the bottom', async () => {
    const { app } = openAlpha();
    await app.press(' ');
    expect(app.frame()).toContain('Intro paragraph 12.');
    expect(progressLine(app)).toContain('section 1/3');
    await app.press(keys.pageDown);
    expect(body(app)[0]).toBe(' Checking yourself');
    expect(progressLine(app)).toContain('section 2/3');
    // Paging back from the top of a section lands at the bottom of the one before.
    await app.press(keys.pageUp);
    expect(progressLine(app)).toContain('section 1/3');
    expect(app.frame()).toContain('Intro paragraph 12.');
    await app.press(keys.pageUp);
    expect(app.frame()).not.toContain('Intro paragraph 12.');
  });

  it('moves between sections with ←/→ and n/p, and jumps with the section list', async () => {
    const { app } = openAlpha();
    await app.press(keys.right);
    expect(progressLine(app)).toContain('section 2/3');
    await app.press('n');
    expect(body(app)[0]).toBe(' Key takeaways');
    await app.press('p', keys.left);
    expect(progressLine(app)).toContain('section 1/3');
    await app.press(keys.left);
    expect(progressLine(app)).toContain('section 1/3');

    await app.press('s');
    expect(app.frame()).toContain('Jump to a section of “Alpha roles”');
    expect(app.frame()).toContain('3. Key takeaways');
    await app.press('j', keys.enter);
    expect(body(app)[0]).toBe(' Checking yourself');
    await app.press('s', '3');
    expect(body(app)[0]).toBe(' Key takeaways');
    await app.press('s', keys.escape);
    expect(body(app)[0]).toBe(' Key takeaways');
  });

  it('answers a single-answer check right: verdict, explanations, answer saved', async () => {
    const { app, calls } = openAlpha();
    await app.press('n', '1');
    expect(app.frame()).toContain('› 1 (•) Option A');
    await app.press(keys.enter);
    expect(app.frame()).toContain('✓ Right.');
    expect(app.frame()).toContain('Because of reason A.');
    expect(app.frame()).toContain('Because of reason B.');
    expect(app.frame()).toMatch(/✓ 1 \(•\) Option A/);
    expect(calls).toContain('check alpha alpha-901 true');
  });

  it('answers a check wrong with the arrows and Space: the key is shown and the miss saved', async () => {
    const { app, calls } = openAlpha();
    await app.press('n', keys.tab);
    expect(app.frame()).toContain('› 1 ( ) Option A');
    await app.press(keys.down, keys.down, ' ', keys.enter);
    expect(app.frame()).toContain('✗ Not quite: the answer is 1.');
    expect(app.frame()).toMatch(/✗ 3 \(•\) Option C/);
    expect(app.frame()).toMatch(/✓ 1 \( \) Option A/);
    expect(calls).toContain('check alpha alpha-901 false');
  });

  it('answers a check like practice: the footer names choose and confirm, and Enter answers the cursor option', async () => {
    const { app, calls } = openAlpha();
    await app.press('n', keys.tab);
    expect(app.frame()).toMatch(/Space choose\s+1-9 choose\s+Enter confirm/);
    // Nothing chosen yet: Enter confirms the option under the cursor, as in practice.
    await app.press(keys.down, keys.enter);
    expect(app.frame()).toMatch(/✗ 2 \(•\) Option B/);
    expect(calls).toContain('check alpha alpha-901 false');
  });

  it('needs the right number of picks for a multiple-answer check', async () => {
    const { app, calls } = openAlpha();
    await app.press('n', 'G', keys.tab, keys.tab);
    expect(app.frame()).toContain('Question alpha-902');
    await app.press('1', keys.enter);
    expect(app.frame()).toContain('This question needs 2 answers; you picked 1.');
    expect(calls.some((call) => call.startsWith('check'))).toBe(false);
    await app.press('3', keys.enter);
    expect(app.frame()).toContain('✓ Right.');
    expect(calls).toContain('check alpha alpha-902 true');
  });

  it('follows a lesson: link with Tab and Enter, and comes back with Esc', async () => {
    const { app } = openAlpha();
    await app.press('G', keys.tab);
    expect(progressLine(app)).toContain('Enter ▸ the beta lesson');
    await app.press(keys.enter);
    expect(app.lines()[0]).toContain('Beta profiles');
    expect(body(app)[0]).toBe(' Beta intro');
    await app.press(keys.escape);
    expect(app.lines()[0]).toContain('Alpha roles');
    expect(progressLine(app)).toContain('section 1/3');
  });

  it('opens the sandbox scenario of a sandbox: link', async () => {
    const { app } = openAlpha();
    await app.press('G', keys.tab, keys.tab, keys.enter);
    expect(app.frame()).toContain('ROUTE {"scenario":"trust-instance-arn"}');
  });

  it('marks the lesson complete only when its end is reached, then offers the next lesson', async () => {
    const { app, calls } = openAlpha();
    await app.press('n');
    expect(calls).not.toContain('complete alpha');
    // Both checks answered (one wrongly): answering, not getting it right, is what completes.
    await app.press('2', keys.enter, 'G', keys.tab, '1', '3', keys.enter);
    await app.press('n');
    expect(app.frame()).toContain('✓ Lesson complete.');
    expect(app.frame()).toContain('Next lesson: 2. Beta profiles (press Enter)');
    expect(app.frame()).toContain('IAM roles (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html)');
    expect(calls).toContain('complete alpha');
    await app.press(keys.enter);
    expect(app.lines()[0]).toContain('Beta profiles');
    // The next lesson replaced this one: Esc goes back to the list.
    await app.press(keys.escape);
    expect(app.lines()[0]).toContain('Lessons');
  });

  it('saves the position on every section change and when it unmounts', async () => {
    const { app, calls } = openAlpha();
    expect(calls).toEqual(['position alpha 0 0']);
    await app.press('n');
    expect(calls).toContain('position alpha 1 0');
    await app.press('j', 'j');
    app.unmount();
    expect(calls[calls.length - 1]).toBe('position alpha 1 2');
  });

  it('resumes at the saved section and line', () => {
    const progress = spyProgress(
      memoryLessonProgress({ alpha: { completed: false, section: 1, scroll: 3, checks: {} } }, 'alpha'),
    );
    const { app } = openAlpha(progress);
    expect(progressLine(app)).toContain('section 2/3');
    expect(body(app)[0]).toBe(' Answer these.');
  });

  it("offers the lesson's sandbox scenario at the end: t opens it, and so does its link", async () => {
    const { app } = openAlpha();
    await app.press('t');
    // Before the end, t is not an action.
    expect(app.frame()).not.toContain('ROUTE');
    await app.press('n', 'n');
    expect(app.frame()).toContain('Read to the end.');
    expect(app.frame()).toContain('▸ Try it in the sandbox: the trust-instance-arn scenario (press t)');
    expect(app.lines().at(-1)).toMatch(/^Enter next lesson {2}t sandbox {2}/);
    await app.press('t');
    expect(app.frame()).toContain('ROUTE {"scenario":"trust-instance-arn"}');
    await app.press(keys.escape, keys.tab);
    expect(app.frame()).toContain('[Try it in the sandbox]: the trust-instance-arn scenario');
    await app.press(keys.enter);
    expect(app.frame()).toContain('ROUTE {"scenario":"trust-instance-arn"}');
  });

  it('offers no sandbox at the end of a lesson without a scenario', async () => {
    app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'beta' } }],
    });
    await app.press('n');
    expect(app.frame()).toContain('✓ Lesson complete.');
    expect(app.frame()).not.toContain('sandbox');
    await app.press('t');
    expect(app.frame()).not.toContain('ROUTE');
  });

  it('keeps the progress bar from moving back when an answer adds its explanations', async () => {
    const { app } = openAlpha();
    await app.press('n');
    const percent = () => Number(/(\d+)%/.exec(progressLine(app))![1]);
    const before = percent();
    expect(before).toBeGreaterThan(33);
    await app.press('1', keys.enter);
    expect(app.frame()).toContain('✓ Right.');
    expect(percent()).toBeGreaterThanOrEqual(before);
    // Reading on still moves it forward, to 100% at the end of the section.
    await app.press('j');
    expect(percent()).toBeGreaterThanOrEqual(before);
    await app.press('G');
    expect(percent()).toBe(66);
  });

  it('marks the focused link with brackets, which show without colour', async () => {
    const { app } = openAlpha();
    await app.press('G', keys.tab);
    const frame = app.frame();
    expect(frame).not.toContain('\u001b[');
    expect(frame).toContain('See [the beta lesson] or ▸ Try it in the sandbox.');
    await app.press(keys.tab);
    expect(app.frame()).toContain('See ▸ the beta lesson or [Try it in the sandbox].');
    await app.press(keys.escape);
    expect(app.frame()).toContain('See ▸ the beta lesson or ▸ Try it in the sandbox.');
  });

  it('says which lesson is unknown instead of failing', () => {
    app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'nope' } }],
    });
    expect(app.frame()).toContain('There is no lesson called “nope”.');
  });

  it('stays legible at 60x20: every line fits and the progress bar is the last body line', async () => {
    const { app } = openAlpha(spyProgress(), { columns: 60, rows: 20 });
    for (const keySeq of [[], ['G'], ['n'], ['1', keys.enter], ['n']]) {
      await app.press(...keySeq);
      const lines = app.lines();
      expect(lines.length).toBe(19);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(60);
      expect(lines[16]).toMatch(/^ section \d\/3 /);
    }
  });
});
