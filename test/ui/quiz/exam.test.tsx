import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import type { ExamState } from '../../../src/quiz/exam.js';
import type { Route, Routes } from '../../../src/ui/shell/routes.js';
import { bank } from './fixtures.js';
import { FakeClock, keys, letterOf, MemoryPort, type QuizApp, renderQuiz, waitForFrame } from './harness.js';

const MIN = 60_000;
const examRoute = (params?: Routes['exam']): Route[] => [
  { name: 'home' },
  params ? { name: 'exam', params } : { name: 'exam' },
];

/** The frame with rows joined, for sentences that may wrap. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

function questionOnScreen(frame: string): Question {
  const found = bank.find((q) => frame.includes(q.stem.slice(0, 40)));
  if (!found) throw new Error(`no known question on screen:\n${frame}`);
  return found;
}

/** Picks the right (or a wrong) answer to the question on screen, without moving on. */
async function answer(app: QuizApp, right = true): Promise<Question> {
  const frame = app.lastFrame();
  const question = questionOnScreen(frame);
  const options = question.options.filter((o) => o.correct === right).slice(0, right ? undefined : 1);
  const picks =
    question.type === 'multiple' && !right ? [...options, question.options.find((o) => o.correct)!] : options;
  for (const option of picks) await app.press(letterOf(frame, option.text.slice(0, 30)));
  return question;
}

describe('exam intro', () => {
  it('states the rules: count, time at the exam pace, blueprint share, no feedback, unanswered wrong, scoring', () => {
    const app = renderQuiz({ initial: examRoute({ count: 4 }), questions: bank, seed: 9 });
    const frame = app.lastFrame();
    expect(frame).toContain('Questions   4 (from a bank of 5)');
    expect(frame).toContain('Time limit  6 minutes');
    expect(frame).toContain('none until you submit');
    expect(frame).toContain('counts as wrong');
    // The blueprint share is computed from the drawn questions (2 of 4 in scope, all domain 2).
    expect(flat(frame)).toContain(
      'Blueprint This mock touches 1 of 4 tasks of domain 2 with 2 questions (a real exam of this length asks about 1 there); 2 of 4 questions are in scope.',
    );
    // No pass/fail promise: the result is readiness plus an estimate (the row's end scrolls below).
    expect(flat(frame)).toContain('Result readiness per domain and task, and an estimated score 100-1000');
    expect(frame).toContain('› Start the exam (4 questions)');
    app.unmount();
  });

  it('defaults to 65 questions capped at the bank size, and refuses a bad --count', () => {
    const capped = renderQuiz({ initial: examRoute(), questions: bank, seed: 9 });
    expect(capped.lastFrame()).toContain('Questions   5 (all the bank has)');
    expect(capped.lastFrame()).toContain('The question bank has 5 questions, so the exam uses all of them.');
    capped.unmount();
    const bad = renderQuiz({ initial: examRoute({ count: 0 }), questions: bank, seed: 9 });
    expect(bad.lastFrame()).toContain('! The number of exam questions must be a whole number of at least 1 (got 0).');
    expect(bad.lastFrame()).not.toContain('Start the exam');
    bad.unmount();
  });
});

describe('taking an exam', () => {
  it('flags, opens the review grid, jumps, confirms submission with the unanswered count, and shows the result', async () => {
    const port = new MemoryPort();
    const clock = new FakeClock();
    const app = renderQuiz({ initial: examRoute({ count: 4 }), questions: bank, port, clock, seed: 9 });
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('Time left 6:00 · Question 1 of 4 · 0/4 answered');
    expect(port.exam).toMatchObject({ status: 'running' });

    await app.press('f');
    expect(app.lastFrame()).toContain('Question 1 of 4 · ⚑ flagged');
    await app.press(keys.right);
    expect(app.lastFrame()).toContain('Question 2 of 4 · 0/4 answered');
    const second = await answer(app);
    expect(app.lastFrame()).toContain('1/4 answered');
    // No feedback during the exam.
    expect(app.lastFrame()).not.toContain('Correct');
    expect(app.lastFrame()).not.toContain(second.options[0]!.why);

    await app.press('r');
    const grid = app.lastFrame();
    expect(grid).toContain('Review grid · 1 answered · 3 unanswered · 1 flagged');
    expect(grid).toMatch(/1·⚑\s+›2✓\s+3·\s+4·/);

    // Jump to question 4 with the arrows and Enter.
    await app.press(keys.right, keys.right, keys.enter);
    expect(app.lastFrame()).toContain('Question 4 of 4');
    await answer(app, false);
    await app.press('p');
    expect(app.lastFrame()).toContain('Question 3 of 4');

    await app.press('r', 'S');
    expect(flat(app.lastFrame())).toContain(
      'Submit the exam now? 2 questions are unanswered and will count as wrong. 1 flagged. (y/n)',
    );
    await app.press('n');
    expect(app.lastFrame()).toContain('Review grid');
    clock.advance(2 * MIN + 5_000);
    await app.press('S', 'y');

    const result = app.lastFrame();
    expect(result).toContain('Estimated scaled score');
    expect(result).not.toMatch(/PASS|FAIL/);
    expect(result).toContain('Raw: 1 of 4 correct (25%) · 2 unanswered (counted wrong)');
    expect(result).toContain('You submitted after 2:05 of 6:00.');
    expect(result).toContain('Readiness by CLF-C02 domain and task');
    // 4 questions are too few for any readiness verdict, and topics (1-2 questions each) get none.
    expect(result).toMatch(/2 Security and Compliance +\d\/\d+ +\d+% +Too few/);
    expect(result).not.toMatch(/ Meets$/m);
    expect(result).not.toMatch(/Meets competencies|Needs improvement/);
    expect(result).toContain('By topic');

    // The review lists every question with the learner's answer, the key and the explanations.
    await app.press('n');
    const review = app.lastFrame();
    expect(review).toContain('── Question 1 of 4');
    expect(review).toContain('⚑ flagged');
    expect(review).toContain('· Not answered (counts as wrong)');
    await app.press('n');
    expect(app.lastFrame()).toContain('── Question 2 of 4');
    expect(app.lastFrame()).toContain('✓ Correct');
    expect(app.lastFrame()).toContain(second.options.find((o) => o.correct)!.why);

    expect(port.exam).toBeNull();
    expect(port.attemptList).toEqual([expect.objectContaining({ mode: 'exam', total: 4, correct: 1, passed: false })]);
    expect(port.answers.map((a) => a.mode)).toEqual(['exam', 'exam']);
    app.unmount();
  });

  it('passes with every answer right', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: examRoute({ count: 3 }), questions: bank, port, seed: 2 });
    await app.press(keys.enter);
    for (let i = 0; i < 3; i++) {
      await answer(app);
      await app.press('n');
    }
    // Past the last question, n opens the grid.
    expect(app.lastFrame()).toContain('Review grid · 3 answered · 0 unanswered · 0 flagged');
    await app.press('S');
    expect(app.lastFrame()).toContain('Submit the exam now? All questions are answered. (y/n)');
    await app.press('y');
    expect(app.lastFrame()).toContain('Estimated scaled score 1000');
    expect(app.lastFrame()).not.toContain('PASS');
    expect(port.attemptList[0]).toMatchObject({ scaled: 1000, passed: true });
    // The three answers and their review cards went in one write.
    expect(port.answerWrites).toBe(1);
    expect(port.answers).toHaveLength(3);
    expect(Object.keys(port.cards).length).toBeGreaterThan(0);
    app.unmount();
  });

  it('saves multiple-response answers only at the right count and refuses Enter with the reason', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: examRoute({ count: 5 }), questions: bank, port, seed: 9 });
    await app.press(keys.enter);
    // Find the multiple-response question.
    for (let i = 0; i < 5 && !app.lastFrame().includes('(Choose TWO.)'); i++) await app.press('n');
    const frame = app.lastFrame();
    const index = Number(/Question (\d) of 5/.exec(frame)![1]) - 1;
    const right = ['A profile holds at most one role', 'The console creates a profile'].map((t) => letterOf(frame, t));
    const wrong = letterOf(frame, 'The CLI creates a profile');

    await app.press(right[0]!);
    expect(app.lastFrame()).toContain('1 of 2 chosen.');
    expect((port.exam as ExamState).answers[index]).toEqual([]);
    await app.press(right[1]!);
    expect(app.lastFrame()).toContain('Answer saved (2 of 2 chosen).');
    expect((port.exam as ExamState).answers[index]).toEqual([0, 1]);
    await app.press(wrong);
    expect(app.lastFrame()).toContain('! Choose exactly 2 answers (you chose 3).');
    // Three choices are no answer: the saved one is cleared so the grid does not lie.
    expect((port.exam as ExamState).answers[index]).toEqual([]);
    await app.press(keys.enter);
    expect(app.lastFrame()).toContain('! Choose exactly 2 answers (you chose 3).');
    expect(app.lastFrame()).toContain(`Question ${index + 1} of 5`);
    await app.press(wrong, keys.enter);
    expect((port.exam as ExamState).answers[index]).toEqual([0, 1]);
    expect(app.lastFrame()).not.toContain(`Question ${index + 1} of 5`);
    app.unmount();
  });

  it('submits by itself when the time runs out', async () => {
    const port = new MemoryPort();
    const clock = new FakeClock();
    const app = renderQuiz({ initial: examRoute({ count: 2 }), questions: bank, port, clock, seed: 4, tickMs: 20 });
    await app.press(keys.enter);
    // 2 questions -> 3 minutes.
    expect(app.lastFrame()).toContain('Time left 3:00');
    await answer(app);
    clock.advance(2 * MIN + 59_000);
    await waitForFrame(app, (f) => f.includes('Time left 0:01'));
    clock.advance(1_000);
    const result = await waitForFrame(app, (f) => f.includes('Estimated scaled score'));
    expect(result).toContain('Time ran out, so the exam submitted itself after 3:00.');
    expect(result).toContain('1 unanswered (counted wrong)');
    expect(port.exam).toBeNull();
    expect(port.attemptList).toHaveLength(1);
    app.unmount();
  });
});

describe('saving the running exam', () => {
  it('does not save the whole file on every clock tick, only every 30 s of exam time and on changes', async () => {
    const port = new MemoryPort();
    const clock = new FakeClock();
    const app = renderQuiz({ initial: examRoute({ count: 2 }), questions: bank, port, clock, seed: 4, tickMs: 20 });
    await app.press(keys.enter);
    const started = port.examSaves;
    // About ten ticks with the clock moving 1 s each: no save for the clock alone.
    for (let i = 0; i < 10; i++) {
      clock.advance(1_000);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(port.examSaves).toBe(started);
    // Thirty seconds of exam time later a tick saves the clock.
    clock.advance(21_000);
    for (let waited = 0; port.examSaves === started && waited < 2000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(port.examSaves).toBe(started + 1);
    expect((port.exam as ExamState).items).toHaveLength(2);
    // An answer saves at once.
    const before = port.examSaves;
    await answer(app);
    expect(port.examSaves).toBeGreaterThan(before);
    app.unmount();
  });
});

describe('leaving and resuming', () => {
  it('asks before quitting a running exam, and before going back with Esc or Backspace', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: examRoute({ count: 3 }), questions: bank, port, seed: 4 });
    await app.press(keys.enter, 'q');
    expect(app.lastFrame()).toContain('Leave the exam? Your answers and remaining time are saved. (y/n)');
    expect(app.exitCodes).toEqual([]);
    await app.press('n');
    expect(app.lastFrame()).not.toContain('Leave the exam?');
    expect(app.lastFrame()).toContain('Question 1 of 3');
    await app.press(keys.escape);
    expect(app.lastFrame()).toContain('Leave the exam?');
    await app.press('x');
    expect(app.lastFrame()).toContain('Question 1 of 3');
    await app.press(keys.backspace);
    expect(app.lastFrame()).toContain('Leave the exam?');
    await app.press('n', 'r', 'q');
    // Asked from the review grid, the grid stays in view; "no" returns to it.
    expect(app.lastFrame()).toContain('Leave the exam?');
    expect(app.lastFrame()).toContain('Review grid');
    await app.press('n');
    expect(app.lastFrame()).toContain('Review grid');
    await app.press(keys.escape);
    expect(app.lastFrame()).not.toContain('Review grid');
    expect(app.lastFrame()).toContain('Question 1 of 3');
    await app.press('q', 'y');
    expect(app.exitCodes).toEqual([0]);
    expect(port.exam).toMatchObject({ status: 'running' });
    app.unmount();
  });

  it('goes back home after Esc and yes, with the exam saved', async () => {
    const port = new MemoryPort();
    const app = renderQuiz({ initial: examRoute({ count: 3 }), questions: bank, port, seed: 4 });
    await app.press(keys.enter, keys.escape, 'y');
    expect(app.lastFrame()).toContain('iam-tutor · Home');
    expect(app.exitCodes).toEqual([]);
    expect(port.exam).toMatchObject({ status: 'running' });
    app.unmount();
  });

  it('asks before leaving with a footer of y and n/Esc only: q answers no instead of quitting', async () => {
    const app = renderQuiz({ initial: examRoute({ count: 3 }), questions: bank, seed: 4 });
    await app.press(keys.enter, 'q');
    const asking = app.lastFrame() ?? '';
    expect(asking).toContain('Leave the exam?');
    const footer = asking.trimEnd().split('\n').at(-1) ?? '';
    expect(footer).toBe('y yes  n/Esc no');
    await app.press('q');
    expect(app.exitCodes).toEqual([]);
    expect(app.lastFrame()).not.toContain('Leave the exam?');
    expect((app.lastFrame() ?? '').trimEnd().split('\n').at(-1)).not.toBe(footer);
    app.unmount();
  });

  it('resumes a saved exam with the time that was left, not counting the time the app was closed', async () => {
    const port = new MemoryPort();
    const clock = new FakeClock();
    const first = renderQuiz({ initial: examRoute({ count: 4 }), questions: bank, port, clock, seed: 9 });
    await first.press(keys.enter);
    const answered = await answer(first);
    await first.press('f', 'n');
    clock.advance(MIN + 30_000);
    await first.press('n');
    expect(first.lastFrame()).toContain('Time left 4:30 · Question 3 of 4');
    // Ctrl+C: no question asked, and the exam is saved as it stands.
    await first.press(keys.ctrlC);
    expect(first.exitCodes).toEqual([130]);
    first.unmount();
    expect(port.exam).toMatchObject({ status: 'running', current: 2, elapsedMs: 90_000 });

    clock.advance(3 * 60 * MIN);
    const second = renderQuiz({ initial: examRoute({ count: 4 }), questions: bank, port, clock, seed: 9 });
    expect(second.lastFrame()).toContain('› Resume exam in progress (4:30 left, question 3/4)');
    expect(second.lastFrame()).toContain('Start a new exam instead');
    await second.press(keys.enter);
    expect(second.lastFrame()).toContain('Time left 4:30 · Question 3 of 4 · 1/4 answered');
    await second.press('p', 'p');
    expect(second.lastFrame()).toContain(answered.stem.slice(0, 40));
    expect(second.lastFrame()).toContain('⚑ flagged');
    expect(second.lastFrame()).toMatch(/› \(•\) [A-D]\./);
    clock.advance(30_000);
    await second.press('r', 'S', 'y');
    expect(second.lastFrame()).toContain('You submitted after 2:00 of 6:00.');
    expect(port.exam).toBeNull();
    second.unmount();
  });

  it("describes the saved exam with its own numbers while Resume is selected, and a new one's otherwise", async () => {
    const port = new MemoryPort();
    const first = renderQuiz({ initial: examRoute({ count: 3 }), questions: bank, port, seed: 9 });
    await first.press(keys.enter);
    await answer(first);
    first.unmount();
    // No --count: a new exam would have 65 questions, capped at the bank's 5.
    const second = renderQuiz({ initial: examRoute(), questions: bank, port, seed: 9 });
    const resume = second.lastFrame();
    expect(resume).toContain('› Resume exam in progress (4:00 left, question 1/3)');
    expect(resume).toContain('Questions   3 in the exam in progress, 1 answered');
    expect(resume).toContain('Time limit  4 minutes, 4:00 left');
    expect(resume).not.toContain('all the bank has');
    expect(resume).not.toContain('The question bank has 5 questions');
    await second.press(keys.down);
    const fresh = second.lastFrame();
    expect(fresh).toContain('› Start a new exam instead (5 questions)');
    expect(fresh).toContain('Questions   5 (all the bank has)');
    expect(fresh).not.toContain('in the exam in progress');
    second.unmount();
  });

  it('asks before discarding a saved exam for a new one', async () => {
    const port = new MemoryPort();
    const first = renderQuiz({ initial: examRoute({ count: 4 }), questions: bank, port, seed: 9 });
    await first.press(keys.enter);
    await answer(first);
    first.unmount();
    const second = renderQuiz({ initial: examRoute({ count: 2 }), questions: bank, port, seed: 9 });
    await second.press(keys.down, keys.enter);
    expect(flat(second.lastFrame())).toContain(
      'Start a new exam? The exam in progress (6:00 left, question 1/4, 1 answered) will be discarded. (y/n)',
    );
    await second.press('n');
    expect(second.lastFrame()).toContain('Resume exam in progress');
    await second.press(keys.enter, 'y');
    expect(second.lastFrame()).toContain('Question 1 of 2 · 0/2 answered');
    expect((port.exam as ExamState).items).toHaveLength(2);
    second.unmount();
  });

  it('explains a saved exam that cannot be resumed and offers a new one', () => {
    const port = new MemoryPort();
    port.exam = { version: 1, kind: 'exam', status: 'running' };
    const app = renderQuiz({ initial: examRoute({ count: 2 }), questions: bank, port, seed: 9 });
    expect(app.lastFrame()).toContain('! The saved exam cannot be resumed');
    expect(app.lastFrame()).toContain('› Start the exam (2 questions)');
    app.unmount();
  });
});
