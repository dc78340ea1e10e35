// The one road to the learner's progress: every read and write the screens make goes through a
// ProgressClient, over the file store or the memory store (tests, and a store that cannot be
// opened). It replaces ui/data's ProgressSnapshot, lesson and quiz ports and the two memory
// ports. Plain TypeScript; the clock that ages the cache is passed in.
import {
  type ColorSetting,
  completeChallenge,
  completeLesson,
  createMemoryProgressStore,
  emptyProgress,
  type JsonObject,
  type ProgressData,
  type ProgressStore,
  recordAnswer,
  recordAnswers,
  recordAnswerWithCards,
  recordAttempt,
  recordCheck,
  recordFailedCheck,
  recordHintUsed,
  setColor,
  setExamDate,
  setExamInProgress,
  setInstantAnswers,
  setFsrsCards,
  setLastPractice,
  setPracticeInProgress,
  setLastWorld,
  toggleBookmark,
  type BookmarkTarget,
  setLessonPosition,
  updateFsrsCards,
} from '../progress/index.js';
import { type AttemptSummary, type ConceptCards, type Mistake, openMistakes, parseCards } from '../quiz/index.js';
import { ownEntry } from '../untrusted/own-entry.js';
import type { LessonProgressEntry, LessonProgressPort, QuizProgressPort } from './progressPorts.js';

/** Unreadable saved cards: only the concepts this change rates are written. */
function changeParsed(
  saved: Readonly<Record<string, JsonObject>>,
  change: (saved: ConceptCards) => ConceptCards,
): Record<string, JsonObject> {
  const parsed = parseCards(saved);
  return change(parsed.ok ? parsed.value : {}) as unknown as Record<string, JsonObject>;
}

export class ProgressClient {
  private data: ProgressData | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  readonly lessons: LessonProgressPort;
  readonly quiz: QuizProgressPort;

  /**
   * Screens read progress while rendering, and a store read re-parses the whole file. The client
   * keeps the data of the last read or write and re-reads when it is older than `maxAgeMs` by
   * `clock`, so a second tutor open on the same store is seen within a second or two.
   */
  constructor(
    readonly store: ProgressStore,
    private readonly clock: () => number,
    private readonly maxAgeMs = 1500,
  ) {
    this.lessons = lessonPort(this);
    this.quiz = quizPort(this);
  }

  /** The progress as of at most `maxAgeMs` ago. */
  current(): ProgressData {
    const now = this.clock();
    if (this.data === undefined || now - this.readAt > this.maxAgeMs) return this.fresh();
    return this.data;
  }

  /** The progress read now (a screen coming back on top, after another tutor may have written). */
  fresh(): ProgressData {
    this.data = this.store.read();
    this.readAt = this.clock();
    return this.data;
  }

  /** One store write; the cache holds what it wrote. */
  update(write: (store: ProgressStore) => ProgressData): ProgressData {
    this.data = write(this.store);
    this.readAt = this.clock();
    return this.data;
  }

  setExamDate(date: string | undefined): void {
    this.update((store) => setExamDate(store, date));
  }
  setColor(color: ColorSetting | undefined): void {
    this.update((store) => setColor(store, color));
  }
  setInstantAnswers(on: boolean | undefined): void {
    this.update((store) => setInstantAnswers(store, on));
  }
  /** Questions answered wrong and not right since, oldest first (derived from the answer log). */
  mistakes(): Mistake[] {
    return openMistakes(this.current().quiz.answers);
  }
  saveWorld(world: Record<string, unknown> | null): void {
    this.update((store) => setLastWorld(store, world));
  }
  completeChallenge(scenarioId: string, solvedWorld?: Record<string, unknown>): void {
    this.update((store) => completeChallenge(store, scenarioId, solvedWorld));
  }
  recordHint(scenarioId: string): void {
    this.update((store) => recordHintUsed(store, scenarioId));
  }
  recordFailedCheck(scenarioId: string): void {
    this.update((store) => recordFailedCheck(store, scenarioId));
  }
  /** Adds the bookmark, or removes it when it is there already. */
  toggleBookmark(target: BookmarkTarget): void {
    this.update((store) => toggleBookmark(store, target));
  }
}

/** A client over an in-memory store: tests, and a session whose progress file cannot be opened. */
export function memoryProgressClient(options: {
  now: () => number;
  initial?: ProgressData;
  clock?: () => number;
}): ProgressClient {
  const store = createMemoryProgressStore(
    options.initial === undefined ? { now: options.now } : { now: options.now, initial: options.initial },
  );
  return new ProgressClient(store, options.clock ?? options.now);
}

/** Saved lessons in the shape the ports read, for a memory client's starting data. */
export function progressWithLessons(
  now: number,
  lessons: Record<string, LessonProgressEntry>,
  lastLessonId?: string,
): ProgressData {
  const data = emptyProgress(now);
  const iso = new Date(now).toISOString();
  for (const [id, entry] of Object.entries(lessons)) {
    data.lessons.byId[id] = {
      completed: entry.completed,
      section: entry.section,
      scroll: entry.scroll,
      checks: Object.fromEntries(
        Object.entries(entry.checks).map(([checkId, check]) => [checkId, { correct: check.correct, answeredAt: iso }]),
      ),
      lastOpenedAt: entry.lastOpenedAt ?? iso,
    };
  }
  if (lastLessonId !== undefined) data.lessons.lastLessonId = lastLessonId;
  return data;
}

function lessonPort(client: ProgressClient): LessonProgressPort {
  return {
    get: (lessonId) => {
      const entry = ownEntry(client.current().lessons.byId, lessonId);
      if (entry === undefined) return undefined;
      const checks = Object.fromEntries(
        Object.entries(entry.checks).map(([id, answer]) => [id, { correct: answer.correct }]),
      );
      return {
        completed: entry.completed,
        section: entry.section,
        scroll: entry.scroll ?? 0,
        checks,
        lastOpenedAt: entry.lastOpenedAt,
      };
    },
    lastLessonId: () => client.current().lessons.lastLessonId,
    savePosition: (lessonId, section, scroll) => {
      client.update((store) => setLessonPosition(store, lessonId, { section, scroll }));
    },
    saveCheck: (lessonId, checkId, correct) => {
      client.update((store) => recordCheck(store, lessonId, checkId, correct));
    },
    complete: (lessonId) => {
      client.update((store) => completeLesson(store, lessonId));
    },
  };
}

const toMs = (iso: string) => Date.parse(iso);

function quizPort(client: ProgressClient): QuizProgressPort {
  return {
    recordAnswer: (answer) => {
      client.update((store) => recordAnswer(store, answer));
    },
    answer: (answer, change, options) => {
      client.update((store) =>
        recordAnswerWithCards(store, answer, (saved) => changeParsed(saved, change), options ?? {}),
      );
    },
    recordAnswers: (answers) => {
      client.update((store) => recordAnswers(store, answers));
    },
    recordAttempt: (summary, options) => {
      client.update((store) =>
        recordAttempt(
          store,
          { ...summary, startedAt: toMs(summary.startedAt), finishedAt: toMs(summary.finishedAt) },
          { clearExamInProgress: options?.clearExam === true },
        ),
      );
    },
    lastPractice: () => client.current().settings.lastPractice,
    saveLastPractice: (settings) => {
      client.update((store) => setLastPractice(store, settings));
    },
    loadPractice: () => client.current().quiz.practiceInProgress,
    savePractice: (snapshot) => {
      client.update((store) => setPracticeInProgress(store, snapshot as JsonObject | null));
    },
    loadExam: () => client.current().quiz.examInProgress,
    saveExam: (state) => {
      client.update((store) => setExamInProgress(store, state as unknown as JsonObject | null));
    },
    loadCards: () => client.current().quiz.fsrsCards,
    saveCards: (cards) => {
      client.update((store) => setFsrsCards(store, cards as unknown as Record<string, JsonObject>));
    },
    updateCards: (change) => {
      client.update((store) => updateFsrsCards(store, (saved) => changeParsed(saved, change)));
    },
    attempts: () => client.current().quiz.attempts as AttemptSummary[],
  };
}
