import { afterEach, describe, expect, it } from 'vitest';
import { memoryLessonProgress } from '../../../src/ui/screens/lessons/lessonStore.js';
import { keys } from '../../helpers/ink.js';
import { lessons } from './fixtures.js';
import { type LessonApp, renderLessons, spyProgress } from './harness.js';

let app: LessonApp | undefined;
afterEach(() => app?.unmount());

const started = () =>
  memoryLessonProgress(
    {
      alpha: { completed: true, section: 2, scroll: 0, checks: {} },
      beta: { completed: false, section: 1, scroll: 0, checks: {} },
    },
    'beta',
  );

describe('lesson list', () => {
  it('lists every lesson in order with completion, progress, minutes and scope', () => {
    app = renderLessons({ lessons, progress: started(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    const frame = app.frame();
    expect(frame).toContain('1 of 3 lessons complete');
    expect(frame).toMatch(/✓ 1\. Alpha roles +10 min · CLF-C02/);
    expect(frame).toMatch(/◐ 2\. Beta profiles +12 min · beyond · in progress, section 2\/2/);
    expect(frame).toMatch(/ {3}3\. Gamma credentials +8 min · mixed/);
    const order = ['Alpha roles', 'Beta profiles', 'Gamma credentials'].map((title) => frame.lastIndexOf(title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('offers "Continue" first, which reopens the last lesson at its saved section', async () => {
    app = renderLessons({ lessons, progress: started(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).toContain('› » Continue: 2. Beta profiles (section 2/2)');
    await app.press(keys.enter);
    expect(app.lines()[0]).toContain('Beta profiles');
    expect(app.frame()).toContain('section 2/2');
    expect(app.frame()).toContain('Key takeaways');
  });

  it('points "Continue" at the next unfinished lesson once the last one is finished', () => {
    const progress = memoryLessonProgress({ alpha: { completed: true, section: 2, scroll: 0, checks: {} } }, 'alpha');
    app = renderLessons({ lessons, progress, initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).toContain('Continue: 2. Beta profiles');
  });

  it('has no "Continue" before any lesson was opened, and opens the chosen lesson with Enter', async () => {
    const progress = spyProgress();
    app = renderLessons({ lessons, progress: progress.port, initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).not.toContain('Continue');
    await app.press('j', 'j', keys.enter);
    expect(app.lines()[0]).toContain('Gamma credentials');
    expect(progress.calls).toContain('position gamma 0 0');
  });

  it('shows the reader result when coming back: finished lessons get their ✓', async () => {
    app = renderLessons({ lessons, progress: memoryLessonProgress(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    await app.press('j', keys.enter, 'n', 'G', keys.escape);
    // The cursor stays on the lesson just read, though "Continue" now sits above it.
    expect(app.frame()).toMatch(/› ✓ 2\. Beta profiles/);
    expect(app.frame()).toContain('» Continue: 3. Gamma credentials');
    expect(app.frame()).toContain('1 of 3 lessons complete');
  });

  it('opens a lesson directly when the route carries an id, with the list underneath', async () => {
    app = renderLessons({ lessons, progress: memoryLessonProgress(), initial: [{ name: 'home' }, { name: 'lessons', params: { id: 'beta' } }] });
    await app.press();
    expect(app.lines()[0]).toContain('Beta profiles');
    expect(app.frame()).toContain('Beta intro');
    await app.press(keys.escape);
    expect(app.frame()).toContain('lessons complete');
  });

  it('follows a quiz: link to the quiz screen with the question id', async () => {
    app = renderLessons({ lessons, progress: memoryLessonProgress(), initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'gamma' } }] });
    await app.press(keys.tab, keys.enter);
    expect(app.frame()).toContain('ROUTE {"questionId":"gamma-003"}');
  });

  it('explains an empty list instead of showing nothing', () => {
    app = renderLessons({ lessons: [], progress: memoryLessonProgress(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).toContain('No lessons are available');
  });
});
