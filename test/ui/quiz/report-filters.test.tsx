import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { bank } from './fixtures.js';
import { keys, letterOf, MemoryPort, type QuizApp, renderQuiz } from './harness.js';

const examRoute: Route[] = [{ name: 'home' }, { name: 'exam', params: { count: 4 } }];
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

async function answer(app: QuizApp, right: boolean): Promise<void> {
  const frame = app.lastFrame();
  const question: Question | undefined = bank.find((q) => frame.includes(q.stem.slice(0, 40)));
  if (!question) throw new Error(`no known question on screen:\n${frame}`);
  const picks = right
    ? question.options.filter((o) => o.correct)
    : [
        question.options.find((o) => !o.correct)!,
        ...(question.type === 'multiple' ? [question.options.find((o) => o.correct)!] : []),
      ];
  for (const option of picks) await app.press(letterOf(frame, option.text.slice(0, 30)));
}

/** Question 1 flagged and unanswered, 2 right, 3 unanswered, 4 wrong; then submitted. */
async function finishedExam(): Promise<QuizApp> {
  const app = renderQuiz({ initial: examRoute, questions: bank, port: new MemoryPort(), seed: 9 });
  await app.press(keys.enter);
  await app.press('f');
  await app.press(keys.right);
  await answer(app, true);
  await app.press(keys.right);
  await app.press(keys.right);
  await answer(app, false);
  await app.press('r', 'S');
  await app.press('y');
  return app;
}

/** The question numbers whose review the frames of n, n, n... show, until n moves no more. */
async function questionsShown(app: QuizApp): Promise<number[]> {
  const seen = new Set<number>();
  let before = '';
  for (let i = 0; i < 8 && app.lastFrame() !== before; i++) {
    before = app.lastFrame();
    for (const match of before.matchAll(/── Question (\d) of 4/g)) seen.add(Number(match[1]));
    await app.press('n');
  }
  return [...seen].sort();
}

describe('exam report filters', () => {
  it('names the active filter with its counts and shows only the questions it selects', async () => {
    const app = await finishedExam();
    expect(flat(app.lastFrame())).toContain('Showing all 4 of 4 · wrong 3 · flagged 1 · unanswered 2');
    expect(app.lastFrame()).toMatch(/f show wrong/);

    await app.press('f');
    expect(flat(app.lastFrame())).toContain('Showing wrong 3 of 4 · all 4 · flagged 1 · unanswered 2');
    // The view lands on the review heading, so the change is in view.
    expect(app.lastFrame()).toContain('Review: wrong 3 of 4');
    expect(await questionsShown(app)).toEqual([1, 3, 4]);

    await app.press('3');
    expect(flat(app.lastFrame())).toContain('Showing flagged 1 of 4');
    expect(await questionsShown(app)).toEqual([1]);

    await app.press('4');
    expect(flat(app.lastFrame())).toContain('Showing unanswered 2 of 4');
    expect(await questionsShown(app)).toEqual([1, 3]);

    // f cycles back to all after unanswered.
    await app.press('f');
    expect(flat(app.lastFrame())).toContain('Showing all 4 of 4');
    expect(await questionsShown(app)).toEqual([1, 2, 3, 4]);
    app.unmount();
    // Some 40 key presses, each rendered: slow when the machine is shared.
  }, 30_000);

  it('f then n n in one read jumps within the new filter (wrong: 1, 3, 4), not the old one', async () => {
    const app = await finishedExam();
    await app.press('f', 'n', 'n');
    expect(app.lastFrame()).toContain('── Question 3 of 4');
    expect(app.lastFrame()).not.toContain('── Question 2 of 4');
    app.unmount();
  });
});
