import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { bank } from './fixtures.js';
import { keys, letterOf, MemoryPort, type QuizApp, renderQuiz } from './harness.js';

const practice: Route[] = [{ name: 'home' }, { name: 'quiz' }];

function onScreen(frame: string): Question {
  const found = bank.find((q) => frame.includes(q.stem.slice(0, 40)));
  if (!found) throw new Error(`no known question on screen:\n${frame}`);
  return found;
}

/** Answers the question on screen right, confirms, and returns it (the feedback stays on screen). */
async function answerRight(app: QuizApp): Promise<Question> {
  const frame = app.lastFrame();
  const question = onScreen(frame);
  for (const option of question.options.filter((o) => o.correct))
    await app.press(letterOf(frame, option.text.slice(0, 30)));
  await app.press(keys.enter);
  return question;
}

/** Enter until `want` shows (long feedback scrolls on Enter before it moves on). */
async function enterUntil(app: QuizApp, want: string): Promise<void> {
  for (let i = 0; i < 12 && !app.lastFrame().includes(want); i++) await app.press(keys.enter);
  expect(app.lastFrame()).toContain(want);
}

describe('practice resumes after leaving mid-way', () => {
  it('answer 2, leave, open Practice again: Resume (2 of 5 answered) goes on at question 3 with both answers kept', async () => {
    const port = new MemoryPort();
    const first = renderQuiz({ initial: practice, questions: bank, port, seed: 7 });
    await first.press(keys.enter);
    expect(first.lastFrame()).toContain('Question 1 of 5');
    const one = await answerRight(first);
    await enterUntil(first, 'Question 2 of 5');
    const two = await answerRight(first);
    expect(port.practice).toEqual(expect.objectContaining({ kind: 'practice' }));
    first.unmount();

    const again = renderQuiz({ initial: practice, questions: bank, port, seed: 8 });
    expect(again.lastFrame()).toContain('› Resume (2 of 5 answered)');
    expect(again.lastFrame()).toContain('Start new');
    await again.press(keys.enter);
    const resumed = again.lastFrame();
    expect(resumed).toContain('Practice · Question 3 of 5');
    // The answers so far come back with the session (the score line above is cut at 80 columns here).
    expect((port.practice as { answers: number[][] }).answers.filter((a) => a.length > 0)).toHaveLength(2);
    expect(resumed).toContain('Resumed at question 3 of 5.');
    const asked = [one, two];
    for (let i = 3; i <= 5; i++) {
      asked.push(await answerRight(again));
      await enterUntil(again, i < 5 ? `Question ${i + 1} of 5` : 'Score:');
    }
    expect(again.lastFrame()).toContain('Score: 5 of 5 correct (100%)');
    // Every question once, the two from before the break included; the snapshot is cleared.
    expect(new Set(asked.map((q) => q.id)).size).toBe(5);
    expect(port.practice).toBeNull();
    // One attempt for the session, with the answers given before the break counted.
    expect(port.attemptList).toEqual([expect.objectContaining({ mode: 'practice', total: 5, correct: 5 })]);
    again.unmount();
  });

  it('Start new discards the saved session and opens the setup', async () => {
    const port = new MemoryPort();
    const first = renderQuiz({ initial: practice, questions: bank, port, seed: 7 });
    await first.press(keys.enter);
    await answerRight(first);
    first.unmount();
    const again = renderQuiz({ initial: practice, questions: bank, port });
    await again.press(keys.down, keys.enter);
    expect(again.lastFrame()).toContain('All topics');
    expect(port.practice).toBeNull();
    again.unmount();
  });

  it('clears a saved session whose questions are gone, and says so', async () => {
    const port = new MemoryPort();
    const first = renderQuiz({ initial: practice, questions: bank, port, seed: 7 });
    await first.press(keys.enter);
    await answerRight(first);
    first.unmount();
    const fewer = bank.slice(0, 3);
    const again = renderQuiz({ initial: practice, questions: fewer, port });
    expect(again.lastFrame()).not.toContain('Resume');
    expect(again.lastFrame().replace(/\s+/g, ' ')).toContain(
      'The saved practice session was cleared: 2 of its questions are no longer in the question bank.',
    );
    expect(port.practice).toBeNull();
    again.unmount();
  });
});
