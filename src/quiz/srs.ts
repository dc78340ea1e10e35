// Spaced repetition over concepts with ts-fsrs (v5).
//
// A right answer rates every concept the question covers Good (the learner saw through all
// its distractors); a wrong answer rates Again only the concepts of the wrong options the
// learner chose (that is the misconception shown); an unanswered question rates nothing, since
// it shows no misconception. Cards are kept in their JSON form (dates as ISO strings) so the
// progress store can save them as they are; they become ts-fsrs Cards only inside this file.

import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type { Question } from '../content/types.js';
import { conceptOfOption, conceptsOfQuestion } from './concepts.js';
import { isCorrectChoice } from './grading.js';
import { fail, ok, type Result } from './result.js';

/**
 * One learning step of 10 minutes: a missed concept comes back in the same sitting, while a
 * concept answered right the first time waits days rather than the default ten minutes (which
 * would fill "N questions due" with what the learner just got right). No fuzz, so schedules
 * are reproducible.
 */
const scheduler = fsrs({ learning_steps: ['10m'], enable_fuzz: false });

/** A ts-fsrs Card as plain JSON. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review?: string;
}

/** Concept id -> card. Concepts never answered have no card and are never due. */
export type ConceptCards = Record<string, StoredCard>;

export function serializeCard(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

export function deserializeCard(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
  };
  if (stored.last_review !== undefined) card.last_review = new Date(stored.last_review);
  return card;
}

const NUMBER_FIELDS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Checks cards read from disk; the message names the first bad concept. */
export function parseCards(data: unknown): Result<ConceptCards> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('Saved review cards are not an object of concept -> card.');
  }
  const out: ConceptCards = {};
  for (const [concept, raw] of Object.entries(data)) {
    const card = raw as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null) return fail(`Saved review card "${concept}" is not an object.`);
    if (!isIsoDate(card.due)) return fail(`Saved review card "${concept}" has no valid due date.`);
    if (card.last_review !== undefined && !isIsoDate(card.last_review)) {
      return fail(`Saved review card "${concept}" has an invalid last_review date.`);
    }
    for (const field of NUMBER_FIELDS) {
      if (typeof card[field] !== 'number' || !Number.isFinite(card[field])) {
        return fail(`Saved review card "${concept}" has an invalid ${field}.`);
      }
    }
    if (![State.New, State.Learning, State.Review, State.Relearning].includes(card.state as State)) {
      return fail(`Saved review card "${concept}" has an unknown state ${String(card.state)}.`);
    }
    const stored: StoredCard = {
      due: card.due,
      stability: card.stability as number,
      difficulty: card.difficulty as number,
      elapsed_days: card.elapsed_days as number,
      scheduled_days: card.scheduled_days as number,
      learning_steps: card.learning_steps as number,
      reps: card.reps as number,
      lapses: card.lapses as number,
      state: card.state as number,
    };
    if (card.last_review !== undefined) stored.last_review = card.last_review as string;
    out[concept] = stored;
  }
  return ok(out);
}

/** Rates one concept at `now` (epoch ms), creating its card on first sight. Returns new cards. */
export function rateConcept(cards: ConceptCards, concept: string, grade: Grade, now: number): ConceptCards {
  const existing = cards[concept];
  const card = existing ? deserializeCard(existing) : createEmptyCard(now);
  const next = scheduler.next(card, now, grade).card;
  return { ...cards, [concept]: serializeCard(next) };
}

export interface ConceptRating {
  concept: string;
  grade: Grade;
}

/** Which concepts an answer rates and how (see the file comment). `chosen` holds original option indices. */
export function ratingsForAnswer(question: Question, chosen: readonly number[]): ConceptRating[] {
  if (chosen.length === 0) return [];
  if (isCorrectChoice(question, chosen)) {
    return conceptsOfQuestion(question).map((concept) => ({ concept, grade: Rating.Good }));
  }
  const missed = new Set<string>();
  for (const index of chosen) {
    if (question.options[index] && !question.options[index].correct) missed.add(conceptOfOption(question, index));
  }
  return [...missed].map((concept) => ({ concept, grade: Rating.Again }));
}

/** Applies one answer to the cards. */
export function recordAnswer(
  cards: ConceptCards,
  question: Question,
  chosen: readonly number[],
  now: number,
): ConceptCards {
  return ratingsForAnswer(question, chosen).reduce((acc, r) => rateConcept(acc, r.concept, r.grade, now), cards);
}

/** Concepts due at `now`, most overdue first (ties by id, so the order is stable). */
export function dueConcepts(cards: ConceptCards, now: number): string[] {
  return Object.entries(cards)
    .map(([concept, card]) => ({ concept, due: Date.parse(card.due) }))
    .filter((entry) => entry.due <= now)
    .sort((a, b) => a.due - b.due || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0))
    .map((entry) => entry.concept);
}

/** Questions that cover at least one due concept, those with the most overdue concept first. */
export function dueQuestions(questions: readonly Question[], cards: ConceptCards, now: number): Question[] {
  const rank = new Map(dueConcepts(cards, now).map((concept, i) => [concept, i]));
  if (rank.size === 0) return [];
  return questions
    .map((question) => {
      const ranks = conceptsOfQuestion(question)
        .map((c) => rank.get(c))
        .filter((r): r is number => r !== undefined);
      return { question, best: ranks.length > 0 ? Math.min(...ranks) : -1 };
    })
    .filter((entry) => entry.best >= 0)
    .sort((a, b) => a.best - b.best || (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0))
    .map((entry) => entry.question);
}

/** "N questions due" on the home screen. */
export function dueCount(questions: readonly Question[], cards: ConceptCards, now: number): number {
  return dueQuestions(questions, cards, now).length;
}
