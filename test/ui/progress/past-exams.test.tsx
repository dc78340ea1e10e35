import { describe, expect, it } from 'vitest';
import { keys } from '../quiz/harness.js';
import { recordAttempt } from '../../../src/progress/index.js';
import { NOW, questions, storeWithStoredExam } from './fixtures.js';
import { renderWithProgress, type TestApp } from './harness.js';

/** Presses nothing until the frame shows `text` (the past-exams screen loads lazily). */
async function until(app: TestApp, text: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    if (app.frame().includes(text)) return app.frame();
    await app.press();
  }
  throw new Error(`never showed ${text}:\n${app.frame()}`);
}

describe('past exams from Progress → Scores', () => {
  it('Enter lists the exams newest first and reopens one read-only, with the report filters', async () => {
    const app = renderWithProgress({
      data: { store: storeWithStoredExam(), questions },
      initial: [{ name: 'progress' }],
    });
    await app.press();
    await app.press('3');
    expect(app.frame()).toContain('Enter past exams');
    await app.press(keys.enter);
    const list = await until(app, 'Past mock exams, newest first (4)');
    expect(list).toMatch(/› 2026-11-22 11:00 {2}scaled 550 {2}1\/2/);
    await app.press(keys.enter);
    const report = await until(app, 'read-only');
    expect(report).toContain('Showing all 2 of 2 · wrong 1 · flagged 1 · unanswered 0');
    await app.press('2', 'n');
    expect(app.frame()).toContain('── Question 2 of 2');
    expect(app.frame()).toContain('✗ Wrong: you chose B');
    // Read-only: letters do not answer.
    await app.press('a');
    expect(app.frame()).toContain('── Question 2 of 2');
    app.unmount();
  }, 30_000);

  it('says an exam saved before questions were stored cannot be reopened', async () => {
    const app = renderWithProgress({
      data: { store: storeWithStoredExam(), questions },
      initial: [{ name: 'progress' }],
    });
    await app.press();
    await app.press('3');
    await app.press(keys.enter);
    await until(app, 'Past mock exams');
    await app.press(keys.down);
    await app.press(keys.enter);
    expect(app.frame().replace(/\s+/g, ' ')).toContain('saved before iam-tutor kept each question');
    app.unmount();
  }, 30_000);

  it('scrolls a long list at 60x20, saying how many exams are out of view', async () => {
    const store = storeWithStoredExam();
    for (let i = 0; i < 20; i++) {
      recordAttempt(store, {
        id: `old-${i}`,
        mode: 'exam',
        startedAt: NOW - 86_400_000 * (i + 2) - 3_600_000,
        finishedAt: NOW - 86_400_000 * (i + 2),
        total: 65,
        correct: 40,
        scaled: 650,
        passed: false,
        perTopic: {},
        perDomain: {},
      });
    }
    const app = renderWithProgress({
      data: { store, questions },
      initial: [{ name: 'progress' }],
      columns: 60,
      rows: 20,
    });
    await app.press();
    await app.press('3');
    await app.press(keys.enter);
    const list = await until(app, 'Past mock exams, newest first (24)');
    expect(list).toMatch(/↓ \d+ more below/);
    expect(app.lines().length).toBeLessThanOrEqual(19);
    await app.press(keys.down.repeat(23));
    expect(app.frame()).toMatch(/↑ \d+ more above/);
    expect(app.frame()).toContain('› 2026-11-01 10:00  scaled 640  6/10'); // the oldest, last
    app.unmount();
  }, 30_000);
});
