import { afterEach, describe, expect, it } from 'vitest';
import { builtinTopics } from '../../../src/content/topics.js';
import { setExamDate } from '../../../src/progress/index.js';
import { questions, seededStore } from './fixtures.js';
import { renderWithProgress, type TestApp } from './harness.js';

let app: TestApp | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const lessons = builtinTopics.filter((t) => t.order <= 11).map((t) => ({ id: t.id, title: t.title }));

function open(examDate: string | undefined, size: { columns?: number; rows?: number } = {}) {
  const store = seededStore();
  if (examDate !== undefined) setExamDate(store, examDate);
  app = renderWithProgress({
    data: { store, questions, lessons },
    initial: [{ name: 'home' }, { name: 'progress' }],
    ...size,
  });
  return app;
}

const dayRows = (frame: string) => frame.split('\n').filter((line) => /Day \d+ \d{4}-\d\d-\d\d:/.test(line));

describe('Progress: the Plan tab (what to review each day until the exam)', () => {
  it('lists one row per day until a date 5 days ahead, the mock exam on the last', async () => {
    // NOW (fixtures) is 2026-11-22: the exam on 11-27 leaves the 22nd to the 26th.
    const app = open('2026-11-27');
    await app.press('5');
    const frame = app.frame();
    expect(frame).toContain('[5 Plan]');
    const rows = dayRows(frame);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/Day 1 2026-11-22:/);
    expect(rows[4]).toMatch(/Day 5 2026-11-26: full mock exam/);
    // Lesson and topic titles, never raw ids.
    expect(frame).not.toContain('ecs-roles');
    expect(frame).toMatch(/read \d+\. |read [A-Z]/);
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('says how to set a date when none is set', async () => {
    const app = open(undefined);
    await app.press('5');
    expect(app.frame()).toContain('No exam date yet: on the Settings tab (press 4)');
    expect(dayRows(app.frame())).toHaveLength(0);
  });

  it('says so when the date has passed', async () => {
    const app = open('2026-11-01');
    await app.press('5');
    expect(app.frame()).toContain('The exam date 2026-11-01 has passed; set a new one.');
  });

  it('scrolls a long plan with the arrows at 60x20', async () => {
    const app = open('2026-12-31', { columns: 60, rows: 20 });
    await app.press('5');
    expect(app.frame()).toContain('Day 1 2026-11-22');
    expect(app.frame()).toMatch(/↓ \d+ more/);
    await app.press('j');
    expect(app.frame()).not.toContain('Day 1 2026-11-22');
    expect(app.frame()).toContain('Day 2 2026-11-23');
  });
});
