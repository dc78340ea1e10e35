import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import { bank } from './fixtures.js';
import { keys, MemoryPort, renderQuiz } from './harness.js';

// 25 questions: enough for the 10- and 20-question mocks (the fixture bank alone has 5).
const bigBank: Question[] = Array.from({ length: 5 }, (_, copy) =>
  bank.map((q) => ({ ...q, id: `${q.id}-copy${copy}`, stem: `${q.stem} (variant ${copy})` })),
).flat();

describe('exam intro: short mock without flags', () => {
  it('offers 10 and 20 questions with time at the exam pace; choosing 10 runs a 10-question, 14-minute exam', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'exam' }], questions: bigBank, port, seed: 4 });
    const intro = app.lastFrame();
    expect(intro).toContain('Start the exam (25 questions)');
    // 90 minutes for 65 questions: 10 -> round(13.8) = 14, 20 -> round(27.7) = 28.
    expect(intro).toContain('Short mock (10 questions, 14 minutes)');
    expect(intro).toContain('Short mock (20 questions, 28 minutes)');

    await app.press(keys.down);
    // The rules above the menu describe the exam Enter would start.
    expect(app.lastFrame()).toContain('Time limit  14 minutes');
    expect(app.lastFrame()).toContain('Questions   10 (from a bank of 25)');
    await app.press(keys.enter);
    const running = app.lastFrame();
    expect(running).toContain('Question 1 of 10');
    expect(running).toContain('14:00');
    expect(port.exam).toEqual(expect.objectContaining({ timeLimitMs: 14 * 60_000 }));
    expect((port.exam as { items: unknown[] }).items).toHaveLength(10);
    app.unmount();
  });

  it('offers no short mock when --count chose the length', () => {
    const app = renderQuiz({ initial: [{ name: 'home' }, { name: 'exam', params: { count: 5 } }], questions: bigBank });
    expect(app.lastFrame()).not.toContain('Short mock');
    app.unmount();
  });
});
