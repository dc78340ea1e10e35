// "Review mistakes" (issue #16): reachable from Home with its count, oldest mistake first, the
// explanation of the option chosen and of the right one, and answering right again takes the
// question off the list. At 80x24 and 60x20.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryProgressClient, type ProgressClient } from '../../../src/app/index.js';
import { preloadScreens } from '../../../src/ui/screens/registry.js';
import { renderTutor, TEST_NOW, type TutorApp } from '../../helpers/tutor.js';
import { bank, ecsQuestion, trustQuestion } from './fixtures.js';
import { keys } from './harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

/** Trust question wrong (chose B) an hour ago, ECS question wrong then right: one open mistake. */
function clientWithMistakes(): ProgressClient {
  const client = memoryProgressClient({ now: () => TEST_NOW });
  const at = (minutesAgo: number) => TEST_NOW - minutesAgo * 60_000;
  const answer = (questionId: string, topic: string, correct: boolean, chosen: number[], minutesAgo: number) =>
    client.quiz.recordAnswer({
      questionId,
      topic,
      correct,
      chosen,
      misconceptions: [],
      mode: 'practice',
      at: at(minutesAgo),
    });
  answer(trustQuestion.id, trustQuestion.topic, false, [1], 60);
  answer(ecsQuestion.id, ecsQuestion.topic, false, [1], 50);
  answer(ecsQuestion.id, ecsQuestion.topic, true, [0], 40);
  answer(bank[3]!.id, bank[3]!.topic, false, [1], 30);
  return client;
}

describe('Review mistakes', () => {
  it('is a Home row with its count and lists the open mistakes oldest first', async () => {
    await preloadScreens();
    app = renderTutor({ client: clientWithMistakes(), questions: bank });
    // The count arrives with the home summary (a promise), after the first frame.
    for (let i = 0; i < 40 && !/Review mistakes/.test(app.frame()); i++) await app.press();
    expect(app.frame()).toMatch(/Review mistakes\s+2 open/);
    await app.press(keys.down, keys.down, keys.enter);
    const frame = app.frame();
    expect(frame).toContain('2 questions to answer right again, oldest mistake first.');
    const trustRow = frame.indexOf('An application on EC2 must use a role');
    const basicsRow = frame.indexOf(bank[3]!.stem.slice(0, 30));
    expect(trustRow).toBeGreaterThan(-1);
    expect(basicsRow).toBeGreaterThan(trustRow);
    expect(frame).not.toContain(ecsQuestion.stem.slice(0, 30));
    expect(frame).toContain('Wrong once since');
    expect(frame).toMatch(/Enter show why/);
    expect(frame).toMatch(/a answer again/);
  });

  it('shows why the chosen option is wrong and the right one right', async () => {
    await preloadScreens();
    app = renderTutor({ client: clientWithMistakes(), questions: bank, initial: [{ name: 'mistakes' }] });
    await app.press(keys.enter);
    const frame = app.frame();
    expect(frame).toContain('Mistake 1 of 2');
    expect(frame).toContain('Wrong: you chose B; the answer is A.');
    expect(frame).toContain('IAM rejects an instance ARN as a principal.');
    expect(frame).toContain('EC2 assumes the role on the instance’s behalf.');
    await app.press(keys.escape);
    expect(app.frame()).toContain('oldest mistake first');
  });

  it('answering it right again takes it off the list (60x20)', async () => {
    await preloadScreens();
    const client = clientWithMistakes();
    app = renderTutor({ client, questions: bank, initial: [{ name: 'mistakes' }], columns: 60, rows: 20 });
    await app.press('a');
    expect(app.frame()).toContain('An application on EC2 must use a role');
    // Practice shuffles the options: pick the right one by its text.
    const letter = app
      .lines()
      .map((row) => row.match(/([A-D])[.)] The ec2\.amazonaws\.com service principal/))
      .find((m) => m !== null)?.[1];
    expect(letter).toBeDefined();
    await app.press(letter!.toLowerCase(), keys.enter);
    expect(app.frame()).toMatch(/Correct/);
    // Esc ends the session at its summary, Esc again goes back to the list, read again.
    await app.press(keys.escape, keys.escape);
    const frame = app.frame();
    expect(frame).toContain('1 question to answer right again');
    expect(frame).not.toContain('An application on EC2 must use a role');
    expect(client.mistakes().map((m) => m.questionId)).toEqual([bank[3]!.id]);
    for (const row of app.lines()) expect(row.length).toBeLessThanOrEqual(60);
  });

  it('opens from the practice summary after a wrong answer (m)', async () => {
    await preloadScreens();
    app = renderTutor({ questions: bank, initial: [{ name: 'quiz', params: { questionId: trustQuestion.id } }] });
    const letter = app
      .lines()
      .map((row) => row.match(/([A-D])[.)] The instance ARN/))
      .find((m) => m !== null)?.[1];
    await app.press(letter!.toLowerCase(), keys.enter, keys.escape);
    expect(app.frame()).toContain('To revisit (m: review mistakes)');
    expect(app.frame()).toContain('· An application on EC2 must use a role');
    expect(app.frame()).not.toContain(`${trustQuestion.id}:`);
    expect(app.frame()).toMatch(/m review mistakes/);
    await app.press('m');
    expect(app.frame()).toContain('iam-tutor · Review mistakes');
    expect(app.frame()).toContain('1 question to answer right again');
  });

  it('says so when there is nothing to review', async () => {
    await preloadScreens();
    app = renderTutor({ questions: bank, initial: [{ name: 'home' }, { name: 'mistakes' }] });
    await app.press();
    expect(app.frame()).toContain('No mistakes to review.');
    await app.press(keys.escape);
    expect(app.frame()).toContain('iam-tutor · Home');
  });
});
