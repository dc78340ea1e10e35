import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.stop();
  session = undefined;
});

const CHOOSE = { TWO: 2, THREE: 3, FOUR: 4 } as const;

/** Answers the question on screen: the first option, or the first N for "Choose N". */
async function answerCurrent(s: TmuxSession, number: number): Promise<void> {
  const screen = await s.waitFor(`Question ${number} of 5`);
  const flat = screen.replace(/\s+/g, ' ');
  const match = /\(Choose (TWO|THREE|FOUR)\.\)/.exec(flat);
  const picks = match ? CHOOSE[match[1] as keyof typeof CHOOSE] : 1;
  for (let i = 1; i <= picks; i++) {
    s.type(String(i));
    await s.waitFor((text) => text.includes(`Question ${number} of 5`));
  }
  s.keys('Enter');
  await s.waitFor(new RegExp(`${number}/5 answered`));
}

describe('a 5-question exam in a real terminal', () => {
  it('is left mid-way, resumed after a restart with its answers, and finished', async () => {
    session = new TmuxSession().start(['exam', '--count', '5', '--seed', '7']);
    await session.waitFor('Start the exam (5 questions)');
    session.keys('Enter');
    await answerCurrent(session, 1);
    await answerCurrent(session, 2);

    session.type('q');
    await session.waitFor('Leave the exam?');
    session.type('y');
    expect(await session.exitCode()).toBe(0);

    session.restart(['exam', '--count', '5', '--seed', '7']);
    const intro = await session.waitFor('Resume exam in progress');
    expect(intro).toMatch(/question 3\/5/);
    session.keys('Enter');
    await session.waitFor('2/5 answered');
    await answerCurrent(session, 3);
    await answerCurrent(session, 4);
    await answerCurrent(session, 5);

    // Answering the last question may already open the review grid; otherwise r opens it.
    const grid = await session.waitFor('Review grid', 1500).catch(() => undefined);
    if (grid === undefined) {
      session.type('r');
      await session.waitFor('Review grid');
    }
    session.type('S');
    await session.waitFor('Submit the exam now?');
    session.type('y');
    const result = await session.waitFor(/Estimated scaled score \d+/);
    // Readiness per domain and task replaces one pass/fail; 5 questions are too few to judge.
    expect(result).not.toMatch(/\b(PASS|FAIL)\b/);
    expect(result).toContain('Readiness by CLF-C02 domain and task');
    expect(result).toMatch(/Too few/);
    expect(result).toContain('5 correct');
    session.type('q');
    expect(await session.exitCode()).toBe(0);
  });

  it('keeps an answer given just before Ctrl+C, and resumes after it', async () => {
    session = new TmuxSession().start(['exam', '--count', '5', '--seed', '7']);
    await session.waitFor('Start the exam (5 questions)');
    session.keys('Enter');
    await answerCurrent(session, 1);
    session.keys('C-c');
    expect(await session.exitCode()).toBe(130);

    // The answer is on disk, not only in memory.
    const saved = JSON.parse(readFileSync(join(session.dir, 'data', 'progress.json'), 'utf8'));
    const answered = (saved.quiz.examInProgress.answers as number[][]).filter((chosen) => chosen.length > 0);
    expect(answered).toHaveLength(1);

    session.restart(['exam', '--count', '5', '--seed', '7']);
    expect(await session.waitFor('Resume exam in progress')).toMatch(/question 2\/5/);
    session.keys('Enter');
    await session.waitFor('1/5 answered');
  });
});
