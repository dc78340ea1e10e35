// Renders the real App at a chosen terminal size (ink-testing-library is fixed at 100 columns),
// with the quiz data context, a controllable clock and an in-memory progress port.

import { FakeStdin, FakeStdout } from '../../helpers/fakeTerminal.js';
import { render } from 'ink';
import type { Question } from '../../../src/content/types.js';
import type { AttemptSummary } from '../../../src/quiz/attempts.js';
import type { ExamState } from '../../../src/quiz/exam.js';
import type { ConceptCards } from '../../../src/quiz/srs.js';
import { App } from '../../../src/ui/shell/App.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { screens } from '../../../src/ui/screens/registry.js';
import type { AnswerEvent, QuizProgressPort } from '../../../src/app/index.js';
import { QuizDataContext } from '../../../src/ui/screens/quiz/quizData.js';
import { type Services, ServicesContext } from '../../../src/ui/services.js';

export { keys } from '../../helpers/ink.js';

/** An in-memory progress port that keeps what a real store would write, as JSON. */
export class MemoryPort implements QuizProgressPort {
  answers: AnswerEvent[] = [];
  attemptList: AttemptSummary[] = [];
  exam: unknown = null;
  cards: ConceptCards = {};
  examSaves = 0;

  recordAnswer(answer: AnswerEvent): void {
    this.answers.push(clone(answer));
  }
  /** Counts combined writes: one per practice answer since the answer and its cards share a write. */
  answerWrites = 0;
  answer(answer: AnswerEvent | readonly AnswerEvent[], change: (saved: ConceptCards) => ConceptCards): void {
    this.answerWrites += 1;
    for (const a of Array.isArray(answer) ? answer : [answer as AnswerEvent]) this.recordAnswer(a);
    this.updateCards(change);
  }
  recordAnswers(answers: readonly AnswerEvent[]): void {
    for (const a of answers) this.recordAnswer(a);
  }
  recordAttempt(summary: AttemptSummary, options: { clearExam?: boolean } = {}): void {
    this.attemptList = [...this.attemptList.filter((a) => a.id !== summary.id), clone(summary)];
    if (options.clearExam) this.exam = null;
  }
  loadExam(): unknown | null {
    return this.exam === null ? null : clone(this.exam);
  }
  saveExam(state: ExamState | null): void {
    this.examSaves += 1;
    this.exam = state === null ? null : clone(state);
  }
  loadCards(): unknown {
    return clone(this.cards);
  }
  saveCards(cards: ConceptCards): void {
    this.cards = { ...this.cards, ...clone(cards) };
  }
  updateCards(change: (saved: ConceptCards) => ConceptCards): void {
    this.cards = { ...this.cards, ...clone(change(clone(this.cards))) };
  }
  attempts(): AttemptSummary[] {
    return clone(this.attemptList);
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(public time = Date.UTC(2026, 10, 22, 12, 0, 0)) {}
  now = () => this.time;
  advance(ms: number) {
    this.time += ms;
  }
}

export interface QuizApp {
  lastFrame(): string;
  /** Every frame drawn so far. */
  frames(): string[];
  press(...input: string[]): Promise<void>;
  exitCodes: number[];
  unmount(): void;
}

export interface RenderQuizOptions {
  initial: Route[];
  questions: Question[];
  port?: MemoryPort;
  clock?: FakeClock;
  seed?: number;
  columns?: number;
  rows?: number;
  /** Exam clock tick; defaults to an hour so ticks never interfere unless a test wants them. */
  tickMs?: number;
  /** The "instant answers" setting. */
  instantAnswers?: boolean;
}

export function renderQuiz(options: RenderQuizOptions): QuizApp {
  const stdout = new FakeStdout(options.columns ?? 80, options.rows ?? 24);
  const stdin = new FakeStdin();
  const exitCodes: number[] = [];
  const clock = options.clock ?? new FakeClock();
  const services: Services = {
    now: clock.now,
    color: false,
    progressPath: () => '/tmp/iam-tutor-test/progress.json',
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  };
  const data = {
    questions: options.questions,
    progress: options.port ?? new MemoryPort(),
    tickMs: options.tickMs ?? 3_600_000,
    ...(options.instantAnswers !== undefined ? { instantAnswers: options.instantAnswers } : {}),
  };
  let started = false;
  const instance = render(
    <ServicesContext.Provider value={services}>
      <QuizDataContext.Provider value={data}>
        <App initial={options.initial} screens={screens} onExit={(code) => exitCodes.push(code)} />
      </QuizDataContext.Provider>
    </ServicesContext.Provider>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  return {
    lastFrame: stdout.lastFrame,
    frames: () => [...stdout.frames],
    exitCodes,
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
    press: async (...input: string[]) => {
      // The first render may still be committing (and the screen not yet listening) right after
      // render() returns, so the first key waits for it like every later key does.
      if (!started) {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const chunk of input) {
        stdin.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** Waits for a frame to satisfy `check`, polling; fails with the last frame after `timeoutMs`. */
export async function waitForFrame(app: QuizApp, check: (frame: string) => boolean, timeoutMs = 3000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = app.lastFrame();
    if (check(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The on-screen letter of the option whose text starts with `text` (options are shuffled). */
export function letterOf(frame: string, text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`([A-F])\\. ${escaped}`).exec(frame);
  if (!match) throw new Error(`no option "${text}" in frame:\n${frame}`);
  return match[1]!.toLowerCase();
}

/** Every row fits the terminal: no wider than `columns`, and the frame shorter than `rows`. */
export function frameFits(frame: string, columns: number, rows: number): string | null {
  const lines = frame.split('\n');
  if (lines.length > rows - 1) return `frame has ${lines.length} rows (max ${rows - 1})`;
  const wide = lines.find((l) => [...l].length > columns);
  return wide === undefined ? null : `row wider than ${columns}: "${wide}"`;
}
