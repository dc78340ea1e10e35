import { builtinTopics } from '../../../src/content/topics.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { describe, expect, it } from 'vitest';
import { bank, longQuestion, profileQuestion, trustQuestion } from './fixtures.js';
import { keys, letterOf, MemoryPort, renderQuiz, waitForFrame } from './harness.js';

const home: Route = { name: 'home' };
const quizOn = (topic: string): Route[] => [home, { name: 'quiz', params: { id: topic } }];

describe('practice setup', () => {
  it('lists all topics, weak topics and every curriculum lesson, and preselects a topic given on the route', () => {
    const app = renderQuiz({ initial: quizOn('trust-policies'), questions: bank });
    const frame = app.lastFrame();
    expect(frame).toContain('[ ] All topics');
    expect(frame).toContain('[ ] Weak topics  none yet');
    expect(frame).toContain('[x] 3. Trust policies  1 question');
    expect(frame).toContain('11. CLF-C02 exam corner  no questions');
    // All topics, Weak topics and every curriculum lesson: the rows past the 13th scroll into view.
    expect(frame).toContain(`↑↓ more topics · 1-13 of ${builtinTopics.length + 2}`);
    expect(frame).toContain('Questions: ‹ 10 ›  1 match');
    app.unmount();
  });

  it('preselects every topic a workshop step names', () => {
    const app = renderQuiz({
      initial: [
        home,
        { name: 'quiz', params: { topics: ['trust-policies', 'instance-profiles', 'no-such-topic'], count: 5 } },
      ],
      questions: bank,
    });
    const frame = app.lastFrame();
    expect(frame).toContain('[x] 3. Trust policies');
    expect(frame).toContain('[x] 5. Instance profiles');
    expect(frame).toContain('[ ] All topics');
    expect(frame).toContain('Questions: ‹ 5 ›');
    app.unmount();
  });

  it('toggles topics with Space and changes the count with ←/→', async () => {
    const app = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank });
    // Cursor to "1. IAM in one picture" (third row), pick it.
    await app.press(keys.down, keys.down, ' ');
    expect(app.lastFrame()).toContain('[ ] All topics');
    expect(app.lastFrame()).toContain('[x] 1. IAM in one picture');
    await app.press(keys.left);
    expect(app.lastFrame()).toContain('Questions: ‹ 5 ›  1 match');
    await app.press(keys.left);
    expect(app.lastFrame()).toContain('Questions: ‹ all ›');
    // Unpicking the only topic falls back to all topics.
    await app.press(' ');
    expect(app.lastFrame()).toContain('[x] All topics');
    app.unmount();
  });

  it('refuses weak topics until there is enough history, and topics without questions', async () => {
    const app = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank });
    await app.press(keys.down, ' ');
    expect(app.lastFrame()).toContain('! No weak topics yet');
    await app.press(keys.down, keys.down, ' ');
    expect(app.lastFrame()).toContain('has no questions yet');
    app.unmount();
  });

  it('offers weak topics from the attempt history', async () => {
    const port = new MemoryPort();
    port.attemptList = [
      {
        id: 'practice-1',
        mode: 'practice',
        startedAt: '2026-11-01T10:00:00.000Z',
        finishedAt: '2026-11-01T10:10:00.000Z',
        total: 6,
        correct: 1,
        perTopic: { 'ecs-roles': { total: 6, correct: 1 } },
        perDomain: {},
      },
    ];
    const app = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank, port });
    expect(app.lastFrame()).toContain('Weak topics  ECS: instance role');
    await app.press(keys.down, ' ', keys.enter);
    expect(app.lastFrame()).toContain('Which role do an ECS task’s containers use');
    app.unmount();
  });
});

describe('practice with a single-answer question', () => {
  it('gives feedback with every option explained, the key, the docs, and saves the answer', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('trust-policies'), questions: bank, port, seed: 3 });
    await app.press(keys.enter);
    const question = app.lastFrame();
    expect(question).toContain('Practice · Question 1 of 1 · Trust policies');
    expect(question).toContain(trustQuestion.stem);
    // Choose, then confirm: the letter only chooses; Enter answers.
    const letter = letterOf(question, 'The ec2.amazonaws.com service principal');
    await app.press(letter);
    expect(app.lastFrame()).toContain(`› (•) ${letter.toUpperCase()}. The ec2.amazonaws.com service principal`);
    expect(port.answers).toEqual([]);
    await app.press(keys.enter);
    const feedback = app.lastFrame();
    expect(feedback).toMatch(/✓ Correct: the answer is [A-D]\./);
    for (const option of trustQuestion.options) {
      expect(feedback).toContain(option.why);
      expect(feedback).toContain(
        `${option.correct ? '✓' : '✗'} ${letterOf(feedback, option.text).toUpperCase()}. ${option.text}`,
      );
    }
    expect(feedback).toContain('(your choice)');
    expect(feedback).toContain('Documentation:');
    // A URL wider than the row is never split across rows: one row, host … page name.
    expect(feedback).toMatch(/^ https:\/\/docs\.aws\.amazon\.com\/…[^\n]*id_roles_use_switch-role-ec2\.html$/m);
    expect(port.answers).toEqual([
      expect.objectContaining({
        questionId: 'trust-policies-001',
        correct: true,
        chosen: [0],
        mode: 'practice',
        misconceptions: [],
      }),
    ]);
    expect(Object.keys(port.cards).length).toBeGreaterThan(0);
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('Score: 1 of 1 correct (100%)');
    expect(app.lastFrame()).toContain('Trust policies');
    expect(port.attemptList).toEqual([expect.objectContaining({ mode: 'practice', total: 1, correct: 1 })]);
    app.unmount();
  });

  it('says which option was chosen and which is right after a wrong answer, with the arrow keys', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('trust-policies'), questions: bank, port, seed: 3 });
    await app.press(keys.enter);
    const question = app.lastFrame();
    const wrong = letterOf(question, 'The instance ARN');
    const right = letterOf(question, 'The ec2.amazonaws.com').toUpperCase();
    // Move the cursor down to the wrong option and answer with Enter.
    for (let i = 0; i < wrong.charCodeAt(0) - 97; i++) await app.press(keys.down);
    expect(app.lastFrame()).toContain(`› ( ) ${wrong.toUpperCase()}. The instance ARN`);
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain(`✗ Wrong: you chose ${wrong.toUpperCase()}; the answer is ${right}.`);
    expect(app.lastFrame()).toContain(`✗ ${wrong.toUpperCase()}. The instance ARN (your choice)`);
    expect(port.answers[0]).toMatchObject({ correct: false, chosen: [1], misconceptions: ['instance-arn-principal'] });
    app.unmount();
  });
});

describe('practice with a multiple-response question', () => {
  it('toggles with Space and letters, refuses the wrong count with the reason, then accepts two', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('instance-profiles'), questions: bank, port, seed: 5 });
    await app.press(keys.enter);
    const frame = app.lastFrame();
    expect(frame).toContain('(Choose TWO.)');
    expect(frame).toContain('Choose 2 (0 chosen)');
    const one = letterOf(frame, 'A profile holds at most one role');
    const two = letterOf(frame, 'The console creates a profile');
    const wrong = letterOf(frame, 'The profile issues the credentials');

    await app.press(one, wrong, ' ');
    // Space toggled the option under the cursor, which the letter moved to `wrong`: back off.
    expect(app.lastFrame()).toContain('Choose 2 (1 chosen)');
    await app.press(wrong, two);
    expect(app.lastFrame()).toContain('Choose 2 (3 chosen)');
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('! Choose exactly 2 answers (you chose 3).');
    expect(port.answers).toEqual([]);

    await app.press(wrong, keys.enter);
    expect(app.lastFrame()).toMatch(/✓ Correct: the answers are [A-E] and [A-E]\./);
    expect(port.answers).toEqual([
      expect.objectContaining({ questionId: profileQuestion.id, correct: true, chosen: [0, 1] }),
    ]);
    app.unmount();
  });

  it('refuses an empty submission', async () => {
    const app = renderQuiz({ initial: quizOn('instance-profiles'), questions: bank, seed: 5 });
    await app.press(keys.enter, keys.enter);
    expect(app.lastFrame()).toContain('! Choose exactly 2 answers first.');
    app.unmount();
  });
});

describe('practice sessions', () => {
  it('skips with s, ends early with Esc and records only what was answered', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank, port, seed: 11 });
    await app.press(keys.enter, 's');
    expect(app.lastFrame()).toContain('Question 2 of 5');
    await app.press('a', keys.enter, keys.escape);
    expect(app.lastFrame()).toMatch(/Score: [01] of 1 correct/);
    expect(app.lastFrame()).toContain('4 skipped or not reached (not counted).');
    expect(port.attemptList).toHaveLength(1);
    expect(port.attemptList[0]).toMatchObject({ total: 1 });
    // Enter starts over at the setup.
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('Space picks topics');
    app.unmount();
  });

  it('records the session when the learner quits in the middle', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank, port, seed: 11 });
    await app.press(keys.enter, 'a', keys.enter, 'q');
    expect(app.exitCodes).toEqual([0]);
    app.unmount();
    expect(port.answers).toHaveLength(1);
    expect(port.attemptList).toHaveLength(1);
  });

  it('handles keys that arrive together, each after the one before', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('instance-profiles'), questions: bank, port, seed: 5 });
    await app.press(keys.enter);
    const frame = app.lastFrame();
    const pair = ['A profile holds at most one role', 'The console creates a profile'].map((t) => letterOf(frame, t));
    // Two toggles and Enter in one chunk (as tmux or a fast typist sends them), then Enter again.
    await app.press(`${pair[0]}${pair[1]}\r`);
    // Three keys replayed one render apart: on a loaded machine that can outlast press()'s pause.
    expect(await waitForFrame(app, (frame) => frame.includes('✓ Correct'))).toContain('✓ Correct');
    await app.press('\r');
    expect(await waitForFrame(app, (frame) => frame.includes('Score: 1 of 1 correct'))).toContain(
      'Score: 1 of 1 correct',
    );
    expect(port.answers).toHaveLength(1);
    app.unmount();
  });

  it('gives the same order for the same --seed', async () => {
    const first = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank, seed: 42 });
    await first.press(keys.enter);
    const a = first.lastFrame();
    first.unmount();
    const second = renderQuiz({ initial: [home, { name: 'quiz' }], questions: bank, seed: 42 });
    await second.press(keys.enter);
    expect(second.lastFrame()).toBe(a);
    second.unmount();
  });

  it('scrolls a question and its feedback that do not fit', async () => {
    const app = renderQuiz({ initial: quizOn('best-practices'), questions: bank, seed: 1, columns: 60, rows: 20 });
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('A team runs many services');
    expect(app.lastFrame()).toContain('↓ more below (PgDn)');
    await app.press(keys.pageDown);
    await app.press(letterOf(app.lastFrame(), 'Use roles'), keys.enter);
    const top = app.lastFrame();
    expect(top).toContain('↓ more below (PgDn)');
    expect(top).not.toContain('Documentation:');
    // The footer names the page keys while the feedback overflows (Enter already moves on).
    expect(top.trimEnd().split('\n').at(-1)).toContain('PgUp/PgDn scroll');
    await app.press(keys.pageDown);
    expect(app.lastFrame()).toContain('↑↓ more above and below');
    await app.press('G');
    const bottom = app.lastFrame();
    expect(bottom).toContain('Documentation:');
    // A long URL stays on one row (its middle cut at 60 columns), never split across rows.
    expect(bottom).toMatch(/^ https:\/\/docs\.aws\.amazon\.com\/[^\n]*best-practices\.html$/m);
    expect(bottom).not.toMatch(/^\s*(UserGuide|best-practices\.html)/m);
    expect(bottom).toContain('↑ more above (PgUp)');
    await app.press('g');
    expect(app.lastFrame()).toBe(top);
    expect(longQuestion.docs).toHaveLength(2);
    app.unmount();
  });

  it('writes each answer and its review cards in one store write', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('trust-policies'), questions: bank, port, seed: 3 });
    await app.press(keys.enter, 'a', keys.enter);
    expect(app.lastFrame()).toMatch(/(✓ Correct|✗ Wrong)/);
    expect(port.answerWrites).toBe(1);
    expect(port.answers).toHaveLength(1);
    expect(Object.keys(port.cards).length).toBeGreaterThan(0);
    app.unmount();
  });

  it('with instant answers on, a letter answers a single-answer question at once', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('trust-policies'), questions: bank, port, seed: 3, instantAnswers: true });
    await app.press(keys.enter);
    await app.press(letterOf(app.lastFrame(), 'The ec2.amazonaws.com service principal'));
    expect(app.lastFrame()).toMatch(/✓ Correct: the answer is [A-D]\./);
    expect(port.answers).toHaveLength(1);
    app.unmount();
  });

  it('with instant answers on, a multiple-response question still waits for Enter', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({
      initial: quizOn('instance-profiles'),
      questions: bank,
      port,
      seed: 5,
      instantAnswers: true,
    });
    await app.press(keys.enter);
    await app.press(letterOf(app.lastFrame(), 'A profile holds at most one role'));
    expect(app.lastFrame()).toContain('Choose 2 (1 chosen)');
    expect(port.answers).toEqual([]);
    app.unmount();
  });

  it('does not move on with Enter before the explanations of your choice and the right one were on screen', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: quizOn('best-practices'), questions: bank, port, seed: 1 });
    await app.press(keys.enter);
    await app.press(keys.pageDown, keys.pageDown, keys.pageDown);
    await app.press(letterOf(app.lastFrame(), 'Store keys in environment variables'), keys.enter);
    const top = app.lastFrame();
    expect(top).toContain('✗ Wrong');
    // With this seed the right option comes after the chosen one, below the first screen.
    expect(top).not.toMatch(/✓ [A-D]\. Use roles/);
    expect(top).toContain('More below: Enter scrolls down, then moves on');
    let frame = top;
    for (let i = 0; i < 10 && frame.includes('More below: Enter scrolls'); i++) {
      await app.press(keys.enter);
      frame = app.lastFrame();
      expect(frame).not.toContain('Score:');
    }
    expect(frame).toMatch(/✓ [A-D]\. Use roles with temporary credentials everywhere/);
    expect(frame).toContain('Enter: see your score');
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('Score: 0 of 1 correct');
    app.unmount();
  });
});
