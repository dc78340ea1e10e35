import { afterEach, describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/ui/text/index.js';
import { memoryLessonProgress } from '../../helpers/progress.js';
import { keys } from '../../helpers/ink.js';
import { alpha, lessons } from './fixtures.js';
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
    expect(frame).toMatch(/✓ 1\. Alpha roles {7,}10m {2}CLF-C02/);
    expect(frame).toMatch(/◐ 2\. Beta profiles +2\/2 {2}12m {2}beyond/);
    expect(frame).toMatch(/ {3}3\. Gamma credentials {6,}8m {2}mixed/);
    const order = ['Alpha roles', 'Beta profiles', 'Gamma credentials'].map((title) => frame.lastIndexOf(title));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('offers "Continue" first, which reopens the last lesson at its saved section', async () => {
    app = renderLessons({ lessons, progress: started(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).toMatch(/› » Continue: 2\. Beta profiles +2\/2/);
    // The line under the list says it in words for the selected lesson.
    expect(app.frame()).toContain('Lesson 2 · 12 min · beyond the exam · at section 2 of 2');
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

  it('keeps "Continue" on the half-read lesson after a finished one is reopened (issue #16)', () => {
    const progress = memoryLessonProgress();
    progress.savePosition('gamma', 1, 0);
    progress.complete('alpha');
    progress.savePosition('alpha', 0, 0);
    // Alpha, finished, is the lesson opened last; Beta is unread and Gamma half-read.
    app = renderLessons({ lessons, progress, initial: [{ name: 'home' }, { name: 'lessons' }] });
    expect(app.frame()).toContain('Continue: 3. Gamma credentials');
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
    app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lessons' }],
    });
    await app.press('j', keys.enter, 'n', 'G', keys.escape);
    // The cursor stays on the lesson just read, though "Continue" now sits above it.
    expect(app.frame()).toMatch(/› ✓ 2\. Beta profiles/);
    expect(app.frame()).toContain('» Continue: 3. Gamma credentials');
    expect(app.frame()).toContain('1 of 3 lessons complete');
  });

  it('opens a lesson directly when the route carries an id, with the list underneath', async () => {
    app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lessons', params: { id: 'beta' } }],
    });
    await app.press();
    expect(app.lines()[0]).toContain('Beta profiles');
    expect(app.frame()).toContain('Beta intro');
    await app.press(keys.escape);
    expect(app.frame()).toContain('lessons complete');
  });

  it('follows a quiz: link to the quiz screen with the question id', async () => {
    app = renderLessons({
      lessons,
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'gamma' } }],
    });
    await app.press(keys.tab, keys.enter);
    expect(app.frame()).toContain('ROUTE {"questionId":"gamma-003"}');
  });

  it('explains an empty list instead of showing nothing', () => {
    app = renderLessons({
      lessons: [],
      progress: memoryLessonProgress(),
      initial: [{ name: 'home' }, { name: 'lessons' }],
    });
    expect(app.frame()).toContain('No lessons are available');
  });
});

/** The eleven lessons as the curriculum names them, each nine sections long. */
const curriculum = (
  [
    ['iam-basics', 'IAM in one picture', 12, 'clf-c02'],
    ['roles-and-sts', 'Roles and temporary credentials', 13, 'mixed'],
    ['trust-policies', 'Trust policies', 14, 'beyond'],
    ['permission-policies', 'Permission policies and evaluation', 14, 'mixed'],
    ['instance-profiles', 'Instance profiles', 14, 'beyond'],
    ['ec2-credentials', 'How credentials reach your code on EC2', 14, 'beyond'],
    ['ecs-roles', 'ECS: instance role, task role, task execution role', 13, 'beyond'],
    ['lambda-and-services', 'Lambda and other services', 13, 'mixed'],
    ['cross-account-federation', 'Cross-account access and federation', 15, 'mixed'],
    ['best-practices', 'Best practices and anti-patterns', 15, 'mixed'],
    ['clf-c02-exam-corner', 'CLF-C02 exam corner', 13, 'clf-c02'],
  ] as const
).map(([id, title, minutes, scope], i) => ({
  ...alpha,
  id,
  title,
  minutes,
  scope,
  order: i + 1,
  sections: Array.from({ length: 9 }, (_, n) => ({ title: `Part ${n + 1}`, index: n, line: n * 10, blocks: [] })),
}));

const midway = () =>
  memoryLessonProgress(
    {
      'iam-basics': { completed: true, section: 8, scroll: 0, checks: {} },
      'roles-and-sts': { completed: false, section: 2, scroll: 0, checks: {} },
    },
    'roles-and-sts',
  );

/** The rows of the list (lesson rows start with their number after the pointer and the mark). */
const lessonRows = (frame: string) => frame.split('\n').filter((line) => /^ [› ] [✓◐ ] +\d+\. /.test(line));

describe('lesson list at 80 and 60 columns', () => {
  it('keeps every title whole at 80 columns, with the status short: ◐ 3/9 and 13m', () => {
    app = renderLessons({ lessons: curriculum, progress: midway(), initial: [{ name: 'home' }, { name: 'lessons' }] });
    const rows = lessonRows(app.frame());
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(row).not.toContain('…');
      expect(textWidth(row)).toBeLessThanOrEqual(80);
    }
    expect(rows[1]).toMatch(/◐ +2\. Roles and temporary credentials +3\/9 {2}13m {2}mixed$/);
    expect(rows[6]).toMatch(/7\. ECS: instance role, task role, task execution role +13m {2}beyond$/);
    expect(app.frame()).toMatch(/» Continue: 2\. Roles and temporary credentials +3\/9/);
  });

  it('drops the details before cutting a title at 60 columns, and names them under the list', async () => {
    app = renderLessons({
      lessons: curriculum,
      progress: midway(),
      initial: [{ name: 'home' }, { name: 'lessons' }],
      columns: 60,
      rows: 20,
    });
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      for (const line of app.lines()) expect(textWidth(line)).toBeLessThanOrEqual(60);
      for (const row of lessonRows(app.frame())) seen.add(row.replace(/^ [› ] /, '').trimEnd());
      if (i === 2) {
        // The cursor is on lesson 2: the line under the list has what the row left out.
        expect(app.frame()).toMatch(/› ◐ +2\. Roles and temporary credentials/);
        expect(app.frame()).toContain('Lesson 2 · 13 min · CLF-C02 and beyond · at section 3 of 9');
        expect(app.frame()).toContain('You will: Explain what a role is');
      }
      await app.press('j');
    }
    const titles = curriculum.map((lesson) => `${String(lesson.order).padStart(2)}. ${lesson.title}`);
    for (const title of titles)
      expect(
        [...seen].some((row) => row.endsWith(title)),
        title,
      ).toBe(true);
    for (const row of seen) expect(row).not.toContain('…');
  });

  it('says in words how many lessons are out of view when the list scrolls at 60x20', async () => {
    const list = renderLessons({
      lessons: curriculum,
      progress: midway(),
      initial: [{ name: 'home' }, { name: 'lessons' }],
      columns: 60,
      rows: 20,
    });
    app = list;
    const total = curriculum.length + 1; // and "Continue"
    const shown = () => lessonRows(list.frame()).length + (list.frame().includes('» Continue') ? 1 : 0);
    const count = (pattern: RegExp) => Number(list.frame().match(pattern)?.[1] ?? 0);
    expect(app.frame()).not.toContain('more above');
    expect(shown() + count(/↓ (\d+) more below/)).toBe(total);
    await app.press('G');
    expect(app.frame()).not.toContain('more below');
    expect(shown() + count(/↑ (\d+) more above/)).toBe(total);
    await app.press('g');
    for (let i = 0; i < 5; i++) await app.press('j');
    const above = count(/↑ (\d+) more above/);
    const below = count(/↓ (\d+) more below/);
    expect(above).toBeGreaterThan(0);
    expect(below).toBeGreaterThan(0);
    expect(above + shown() + below).toBe(total);
  });

  it('shows the list and its "Enter open" hint in the same frame on the first visit', async () => {
    app = renderLessons({ lessons, progress: memoryLessonProgress(), initial: [{ name: 'home' }] });
    await app.press(keys.enter);
    expect(app.frame()).toContain('0 of 3 lessons complete');
    const withList = app.frames().filter((frame) => frame.includes('lessons complete'));
    expect(withList.length).toBeGreaterThan(0);
    for (const frame of withList) expect(frame).toMatch(/^Enter open {2}/m);
  });
});
