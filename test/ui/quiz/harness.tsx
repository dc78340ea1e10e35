// The quiz screens' preset of the one test helper (test/helpers/tutor.tsx): a question bank,
// a clock the test moves, and a quiz port that counts writes (MemoryPort).
import type { Question } from '../../../src/content/types.js';
import type { AttemptSummary } from '../../../src/quiz/attempts.js';
import type { ExamState } from '../../../src/quiz/exam.js';
import type { ConceptCards } from '../../../src/quiz/srs.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import type { AnswerEvent, QuizProgressPort } from '../../../src/app/index.js';

import { renderTutor, type TutorApp } from '../../helpers/tutor.js';

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
  /** The practice session in progress, as the store keeps it (saved with each answer). */
  practice: Record<string, unknown> | null = null;
  answer(
    answer: AnswerEvent | readonly AnswerEvent[],
    change: (saved: ConceptCards) => ConceptCards,
    options: { practiceInProgress?: Record<string, unknown> | null } = {},
  ): void {
    this.answerWrites += 1;
    if (options.practiceInProgress !== undefined) this.savePractice(options.practiceInProgress);
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
  loadPractice(): unknown | null {
    return this.practice === null ? null : clone(this.practice);
  }
  savePractice(snapshot: Record<string, unknown> | null): void {
    this.practice = snapshot === null ? null : clone(snapshot);
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

export type QuizApp = TutorApp;

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
  /** Screen-reader output, as `--screen-reader` gives. */
  screenReader?: boolean;
}

/** The quiz screens over the one test helper, with a clock the test moves and a counting port. */
export function renderQuiz(options: RenderQuizOptions): QuizApp {
  const clock = options.clock ?? new FakeClock();
  return renderTutor({
    initial: options.initial,
    questions: options.questions,
    quizProgress: options.port ?? new MemoryPort(),
    // The quiz tests' pacing: the exam clock redraws on its own, so output may never settle.
    keyPauseMs: 20,
    services: { now: clock.now, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
    ...(options.tickMs !== undefined ? { tickMs: options.tickMs } : {}),
    ...(options.instantAnswers !== undefined ? { instantAnswers: options.instantAnswers } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    ...(options.rows !== undefined ? { rows: options.rows } : {}),
    ...(options.screenReader !== undefined ? { screenReader: options.screenReader } : {}),
  });
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
