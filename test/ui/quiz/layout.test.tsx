import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/loader.js';
import { builtinContentDirs } from '../../../src/content/builtin.js';
import { bank } from './fixtures.js';
import { frameFits, keys, MemoryPort, type QuizApp, renderQuiz } from './harness.js';

const sizes = [
  { columns: 80, rows: 24 },
  { columns: 60, rows: 20 },
];

function expectEveryFrameFits(app: QuizApp, columns: number, rows: number) {
  const problems = app
    .frames()
    .map((f) => frameFits(f, columns, rows))
    .filter((p) => p !== null);
  expect(problems).toEqual([]);
}

describe.each(sizes)('every quiz frame fits $columns x $rows', ({ columns, rows }) => {
  it('practice: setup, a long question, its feedback and the summary', async () => {
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'quiz' }], questions: bank, seed: 3, columns, rows });
    await app.press(keys.enter);
    for (let i = 0; i < 5; i++) {
      // Multiple response takes two toggles before Enter; single answer goes at the first letter.
      if (app.lastFrame().replace(/\s+/g, ' ').includes('(Choose TWO.)')) await app.press('a', 'b', keys.enter);
      else await app.press(keys.down, keys.enter);
      await app.press(keys.pageDown);
      // Enter scrolls first while the explanations of the chosen and right options are below.
      for (let j = 0; j < 10 && app.lastFrame().includes('Enter scrolls'); j++) await app.press(keys.enter);
      await app.press(keys.enter);
    }
    expect(app.lastFrame()).toContain('Score:');
    expectEveryFrameFits(app, columns, rows);
    app.unmount();
  });

  it('exam: intro, questions, grid, confirmations and the result', async () => {
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'exam' }], questions: bank, seed: 3, columns, rows });
    await app.press(keys.pageDown, keys.enter);
    for (let i = 0; i < 5; i++) await app.press('f', 'b', keys.pageDown, 'n');
    await app.press('q', 'n', 'S', 'y', keys.pageDown, 'n', 'n', 'G');
    expect(app.lastFrame()).toContain('Documentation:');
    expectEveryFrameFits(app, columns, rows);
    app.unmount();
  });
});

describe('the shipped question bank on screen', () => {
  it('takes a full 65-question exam at 60x20 without a frame overflowing', async () => {
    const { questions } = loadContent([{ ...builtinContentDirs(), builtin: true }]);
    expect(questions.length).toBeGreaterThan(65);
    const port = new MemoryPort();
    const app = renderQuiz({
      initial: [{ name: 'home' }, { name: 'exam' }],
      questions,
      port,
      seed: 2026,
      columns: 60,
      rows: 20,
    });
    expect(app.lastFrame()).toContain('Questions   65');
    expect(app.lastFrame().replace(/\s+/g, ' ')).toMatch(/Blueprint This mock (covers|touches) /);
    await app.press(keys.enter);
    for (let i = 0; i < 65; i++) await app.press(i % 3 === 0 ? 'a' : 'c', 'n');
    expect(app.lastFrame()).toContain('Review grid');
    await app.press('S', 'y');
    // The report opens with the estimate and readiness per domain, then per task, in words.
    const report = app.lastFrame();
    expect(report).toContain('Estimated scaled score');
    expect(report).toContain('Readiness by CLF-C02 domain and task');
    await app.press(keys.pageDown);
    expect(app.lastFrame()).toMatch(
      / {3}2\.1 Shared responsibility model +\d+\/\d+ +\d+% {2}(Meets|Below 70%|Too few)/,
    );
    for (let i = 0; i < 65; i++) await app.press('n');
    expectEveryFrameFits(app, 60, 20);
    expect(port.attemptList).toEqual([expect.objectContaining({ mode: 'exam', total: 65 })]);
    app.unmount();
  }, 30_000);
});
