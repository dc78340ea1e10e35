// Merging two progress files (import): nothing either side recorded is lost.
//   answers      union by (questionId, instant answered); sorted by time
//   attempts     union by id (ours kept on a clash); sorted by start time
//   lessons      completion OR-ed, first completion time kept; position from the later visit;
//                check answers per check, the later one wins
//   challenges   completion OR-ed, first completion time kept, hintsUsed the larger
//   FSRS cards   per concept: a card only one side has is kept; when both have one, the card
//                reviewed later (`last_review`) wins, else the side updated more recently
//   opaque state (exam in progress, sandbox world) from the side updated more recently when
//                both have one
//   Maps are read by own keys only (a lesson id `constructor` is data, not Object's).
//   mergeReport() says what an import took from the file besides the counted additions.
//   bookmarks    union (one per lesson section or question); sorted by time added
//   settings     ours, with theirs filling what we have not set
//   meta         earliest createdAt, latest updatedAt
import { mergeLessons } from './merge-lessons.js';
import type { AnswerRecord, Bookmark, ChallengeProgress, ProgressData, QuizAttempt } from './schema.js';
import { ownEntry } from './proto-keys.js';
import { compareIso, earlierIso, laterIso } from './time.js';

function bookmarkKey(bookmark: Bookmark): string {
  return bookmark.kind === 'lesson'
    ? `lesson\u0000${bookmark.lessonId}\u0000${bookmark.section}`
    : `question\u0000${bookmark.questionId}`;
}

function answerKey(answer: AnswerRecord): string {
  return `${answer.questionId}\u0000${Date.parse(answer.at)}`;
}

/**
 * Everything in `mine`, plus what `theirs` has more of. Counting (not a set) keeps two equal
 * entries on one side, so importing into an empty store loses nothing, while merging a file
 * with itself, or importing it twice, adds nothing.
 */
function unionBy<T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] {
  const mineCount = new Map<string, number>();
  for (const item of mine) mineCount.set(key(item), (mineCount.get(key(item)) ?? 0) + 1);
  const theirsCount = new Map<string, number>();
  const merged = [...mine];
  for (const item of theirs) {
    const k = key(item);
    const seen = (theirsCount.get(k) ?? 0) + 1;
    theirsCount.set(k, seen);
    if (seen > (mineCount.get(k) ?? 0)) merged.push(item);
  }
  return merged;
}

function byTime<T>(time: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareIso(time(a), time(b));
}

function mergeChallenge(a: ChallengeProgress, b: ChallengeProgress): ChallengeProgress {
  const completed = a.completed || b.completed;
  const completedAt = earlierIso(a.completed ? a.completedAt : undefined, b.completed ? b.completedAt : undefined);
  return {
    completed,
    ...(completed && completedAt !== undefined ? { completedAt } : {}),
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    // Either side's solved world will do; this machine's when both have one.
    ...((a.solvedWorld ?? b.solvedWorld) ? { solvedWorld: (a.solvedWorld ?? b.solvedWorld)! } : {}),
    ...(a.checksFailed === undefined && b.checksFailed === undefined
      ? {}
      : { checksFailed: Math.max(a.checksFailed ?? 0, b.checksFailed ?? 0) }),
  };
}

export function mergeRecords<T>(
  mine: Readonly<Record<string, T>>,
  theirs: Readonly<Record<string, T>>,
  merge: (a: T, b: T) => T,
): Record<string, T> {
  const merged = Object.assign(Object.create(null) as Record<string, T>, mine);
  for (const [key, value] of Object.entries(theirs)) {
    const existing = ownEntry(merged, key);
    merged[key] = existing === undefined ? value : merge(existing, value);
  }
  return merged;
}

type JsonObject = Record<string, unknown>;

function reviewedAt(card: JsonObject): number {
  return typeof card.last_review === 'string' ? Date.parse(card.last_review) : Number.NaN;
}

/** Both cards reviewed at a known time: the later one; otherwise the newer side's. */
function laterCard(theirsNewer: boolean): (mine: JsonObject, theirs: JsonObject) => JsonObject {
  return (mine, theirs) => {
    const a = reviewedAt(mine);
    const b = reviewedAt(theirs);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return b > a ? theirs : mine;
    return theirsNewer ? theirs : mine;
  };
}

export interface MergeReport {
  cardsAdded: number;
  /** Review cards of ours that the file's replaced (reviewed later, or the file is newer). */
  cardsReplaced: number;
  examReplaced: 'none' | 'added' | 'replaced';
  worldReplaced: 'none' | 'added' | 'replaced';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a merge took from `incoming` in the state it does not count as additions. */
export function mergeReport(local: ProgressData, merged: ProgressData): MergeReport {
  let cardsAdded = 0;
  let cardsReplaced = 0;
  for (const [concept, card] of Object.entries(merged.quiz.fsrsCards)) {
    const before = ownEntry(local.quiz.fsrsCards, concept);
    if (before === undefined) cardsAdded++;
    else if (!same(before, card)) cardsReplaced++;
  }
  const opaque = (before: unknown, after: unknown) =>
    same(before, after) ? 'none' : before === null ? 'added' : 'replaced';
  return {
    cardsAdded,
    cardsReplaced,
    examReplaced: opaque(local.quiz.examInProgress, merged.quiz.examInProgress),
    worldReplaced: opaque(local.sandbox.lastWorld, merged.sandbox.lastWorld),
  };
}

export function mergeProgress(local: ProgressData, incoming: ProgressData): ProgressData {
  const theirsNewer = compareIso(incoming.meta.updatedAt, local.meta.updatedAt) > 0;
  const newer = <T>(mine: T, theirs: T): T => (theirsNewer ? theirs : mine);
  const newerOrPresent = <T>(mine: T | null, theirs: T | null): T | null =>
    mine === null ? theirs : theirs === null ? mine : newer(mine, theirs);

  return {
    version: local.version,
    lessons: mergeLessons(local.lessons, incoming.lessons),
    quiz: {
      attempts: unionBy<QuizAttempt>(local.quiz.attempts, incoming.quiz.attempts, (attempt) => attempt.id).sort(
        byTime((attempt) => attempt.startedAt),
      ),
      answers: unionBy(local.quiz.answers, incoming.quiz.answers, answerKey).sort(byTime((answer) => answer.at)),
      examInProgress: newerOrPresent(local.quiz.examInProgress, incoming.quiz.examInProgress),
      practiceInProgress: newerOrPresent(local.quiz.practiceInProgress, incoming.quiz.practiceInProgress),
      fsrsCards: mergeRecords(local.quiz.fsrsCards, incoming.quiz.fsrsCards, laterCard(theirsNewer)),
    },
    bookmarks: unionBy(local.bookmarks, incoming.bookmarks, bookmarkKey).sort(byTime((b) => b.addedAt)),
    sandbox: {
      challenges: mergeRecords(local.sandbox.challenges, incoming.sandbox.challenges, mergeChallenge),
      lastWorld: newerOrPresent(local.sandbox.lastWorld, incoming.sandbox.lastWorld),
    },
    settings: { ...incoming.settings, ...definedOnly(local.settings) },
    meta: {
      createdAt: earlierIso(local.meta.createdAt, incoming.meta.createdAt) ?? local.meta.createdAt,
      updatedAt: laterIso(local.meta.updatedAt, incoming.meta.updatedAt),
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
