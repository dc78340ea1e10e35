import { describe, expect, it } from 'vitest';
import { recordAnswer as updateCards } from '../../../src/quiz/srs.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { formatWait } from '../../../src/ui/screens/quiz/DrillScreen.js';
import { bank, ecsQuestion, trustQuestion } from './fixtures.js';
import { FakeClock, keys, letterOf, MemoryPort, renderQuiz } from './harness.js';

const HOUR = 3_600_000;
const drill: Route[] = [{ name: 'home' }, { name: 'drill' }];

describe('due drill', () => {
  it('says so when the learner has no review cards yet', () => {
    const app = renderQuiz({ initial: drill, questions: bank });
    expect(app.lastFrame()).toContain('Nothing is due yet.');
    app.unmount();
  });

  it('says when the next review is when nothing is due', () => {
    const clock = new FakeClock();
    const port = new MemoryPort();
    // A wrong answer now brings its concept back after the 10-minute learning step.
    port.cards = updateCards({}, trustQuestion, [1], clock.now());
    const soon = renderQuiz({ initial: drill, questions: bank, port, clock });
    expect(soon.lastFrame()).toContain('Nothing is due — next review in 10m.');
    soon.unmount();
    const card = port.cards['trust-policies:instance-arn-principal']!;
    port.cards = {
      'trust-policies:instance-arn-principal': { ...card, due: new Date(clock.now() + 3 * HOUR).toISOString() },
    };
    const later = renderQuiz({ initial: drill, questions: bank, port, clock });
    expect(later.lastFrame()).toContain('Nothing is due — next review in 3h.');
    later.unmount();
  });

  it('drills the questions whose concepts are due, with feedback, and reschedules them', async () => {
    const clock = new FakeClock();
    const port = new MemoryPort();
    port.cards = updateCards({}, ecsQuestion, [1], clock.now() - 2 * HOUR);
    const app = renderQuiz({ initial: drill, questions: bank, port, clock, seed: 1 });
    const frame = app.lastFrame();
    expect(frame).toContain('Drill · Question 1 of 1 · ECS: instance role, task role, task execution role');
    // Choose, then confirm with Enter (one answer model for practice, drills, exams and lessons).
    await app.press(letterOf(frame, 'The task role'));
    expect(port.answers).toEqual([]);
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('✓ Correct');
    expect(port.answers).toEqual([expect.objectContaining({ mode: 'drill', correct: true })]);
    const due = Date.parse(port.cards['ecs-roles:execution-role-for-app']!.due);
    expect(due).toBeGreaterThan(clock.now());
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('Score: 1 of 1 correct (100%)');
    expect(port.attemptList).toEqual([expect.objectContaining({ mode: 'drill' })]);
    // Enter on the summary goes back.
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('iam-tutor · Home');
    app.unmount();
  });

  it('formats waits in minutes, hours or days, never 0m', () => {
    expect(formatWait(1)).toBe('1m');
    expect(formatWait(45 * 60_000)).toBe('45m');
    expect(formatWait(3 * HOUR)).toBe('3h');
    expect(formatWait(72 * HOUR)).toBe('3d');
  });
});
