// Practice (and due drill) sessions: one question at a time with feedback right after each
// answer. Pure functions over a plain-JSON state, like the exam.

import type { Question } from '../content/types.js';
import type { SessionStart } from './exam.js';
import { gradeQuestion, type QuestionReview, validateSelection } from './grading.js';
import { type QuestionView, questionView } from './question-view.js';
import { fail, ok, QuizError, type Result } from './result.js';
import { type Breakdown, breakdown, reviewSession } from './review.js';
import { mulberry32, normaliseSeed, type Rng, shuffle } from './rng.js';
import { questionsForTopics } from './selection.js';
import { buildItems, resolveItems } from './session-items.js';
import type { SessionItem } from './grading.js';
import { plural } from '../plural.js';

export const PRACTICE_STATE_VERSION = 1;
export const DEFAULT_PRACTICE_COUNT = 10;

export type PracticeMode = 'practice' | 'drill';
export type TopicChoice = readonly string[] | 'all' | 'weak';

export interface PracticeState {
  version: typeof PRACTICE_STATE_VERSION;
  kind: 'practice';
  mode: PracticeMode;
  seed: number;
  /** The topics asked for ('weak' already resolved to topic ids); 'all' for the whole bank. */
  topics: string[] | 'all';
  items: SessionItem[];
  /** answers[i] = original option indices chosen for items[i]; [] means not answered. */
  answers: number[][];
  current: number;
  startedAt: number;
  finishedAt: number | null;
}

export interface PracticeOptions {
  questions: readonly Question[];
  topics: TopicChoice;
  /** Defaults to 10; capped at the number of matching questions. */
  count?: number;
  seed: number;
  /** Required when topics is 'weak': the learner's weak topic ids (see weakTopics). */
  weakTopics?: readonly string[];
  /** Epoch ms. */
  now: number;
  /** Defaults to true. */
  shuffleOptions?: boolean;
}

function checkCount(count: number): Result<number> {
  if (!Number.isInteger(count) || count < 1) {
    return fail(`The number of questions must be a whole number of at least 1 (got ${count}).`);
  }
  return ok(count);
}

/** Builds a practice state from questions already chosen, shuffled into a seeded order. */
export function practiceFromQuestions(
  pool: readonly Question[],
  options: {
    count: number;
    seed: number;
    now: number;
    mode: PracticeMode;
    topics: string[] | 'all';
    shuffleOptions?: boolean;
  },
  rng: Rng = mulberry32(normaliseSeed(options.seed)),
): SessionStart<PracticeState> {
  const notes: string[] = [];
  if (options.count > pool.length) {
    notes.push(
      `Only ${plural(pool.length, 'question')} ${pool.length === 1 ? 'matches' : 'match'}, so this session has ${pool.length}.`,
    );
  }
  const picked = shuffle(pool, rng).slice(0, options.count);
  const items = buildItems(picked, rng, options.shuffleOptions ?? true);
  return {
    state: {
      version: PRACTICE_STATE_VERSION,
      kind: 'practice',
      mode: options.mode,
      seed: normaliseSeed(options.seed),
      topics: options.topics,
      items,
      answers: items.map(() => []),
      current: 0,
      startedAt: options.now,
      finishedAt: null,
    },
    notes,
  };
}

/** A practice session over the chosen topics, all topics, or the learner's weak topics. */
export function createPractice(options: PracticeOptions): Result<SessionStart<PracticeState>> {
  const count = checkCount(options.count ?? DEFAULT_PRACTICE_COUNT);
  if (!count.ok) return count;

  let topics: string[] | 'all';
  if (options.topics === 'weak') {
    topics = [...(options.weakTopics ?? [])];
    if (topics.length === 0) {
      return fail('No weak topics yet: answer a few more questions per topic first, or pick topics yourself.');
    }
  } else {
    topics = options.topics === 'all' ? 'all' : [...options.topics];
    if (topics !== 'all' && topics.length === 0) return fail('Pick at least one topic.');
  }

  if (topics !== 'all') {
    const known = new Set(options.questions.map((q) => q.topic));
    const unknown = topics.filter((t) => !known.has(t));
    if (unknown.length > 0)
      return fail(`No questions on ${unknown.length === 1 ? 'topic' : 'topics'}: ${unknown.join(', ')}.`);
  }
  const pool = questionsForTopics(options.questions, topics);
  if (pool.length === 0) return fail('The question bank is empty, so there is nothing to practise.');

  const start: {
    count: number;
    seed: number;
    now: number;
    mode: PracticeMode;
    topics: string[] | 'all';
    shuffleOptions?: boolean;
  } = {
    count: count.value,
    seed: options.seed,
    now: options.now,
    mode: 'practice',
    topics,
  };
  if (options.shuffleOptions !== undefined) start.shuffleOptions = options.shuffleOptions;
  return ok(practiceFromQuestions(pool, start));
}

export function isPracticeFinished(state: PracticeState): boolean {
  return state.finishedAt !== null || state.current >= state.items.length;
}

/** The question on screen, or null when the session is over. */
export function practiceView(state: PracticeState, questions: readonly Question[]): QuestionView | null {
  if (isPracticeFinished(state)) return null;
  const item = state.items[state.current]!;
  const [question] = resolveItems([item], questions);
  return questionView(item, question!, state.current, state.items.length, state.answers[state.current] ?? []);
}

export interface PracticeAnswer {
  state: PracticeState;
  /** Right or wrong, every option's explanation, and the documentation links. */
  feedback: QuestionReview;
}

/**
 * Answers the current question (`chosen` holds original option indices; see
 * positionsToIndices) and returns the feedback to show at once. Refuses, with a message for
 * the learner, a selection of the wrong size or a second answer to the same question.
 */
export function answerPractice(
  state: PracticeState,
  questions: readonly Question[],
  chosen: readonly number[],
): Result<PracticeAnswer> {
  if (isPracticeFinished(state)) return fail('This session is over.');
  const index = state.current;
  if ((state.answers[index]?.length ?? 0) > 0) return fail('You already answered this question.');
  const item = state.items[index]!;
  const [question] = resolveItems([item], questions);
  if (!question) throw new QuizError(`Question ${item.questionId} is no longer in the question bank.`);
  const valid = validateSelection(question, chosen);
  if (!valid.ok) return valid;
  const answers = state.answers.slice();
  answers[index] = valid.value;
  return ok({ state: { ...state, answers }, feedback: gradeQuestion(question, item.optionOrder, valid.value) });
}

/** Moves on (answered or skipped); past the last question the session is finished at `now`. */
export function nextPractice(state: PracticeState, now: number): PracticeState {
  if (isPracticeFinished(state)) return state;
  const current = state.current + 1;
  return { ...state, current, finishedAt: current >= state.items.length ? now : null };
}

/** Ends the session early; unanswered questions are left out of the result. */
export function finishPractice(state: PracticeState, now: number): PracticeState {
  if (state.finishedAt !== null) return state;
  return { ...state, finishedAt: now };
}

export interface PracticeResult extends Breakdown {
  /** Reviews of the answered questions only. */
  review: QuestionReview[];
  /** Questions skipped or not reached. */
  unanswered: number;
}

/** Practice scores count only what was answered: skipping is not failing. */
export function practiceResult(state: PracticeState, questions: readonly Question[]): PracticeResult {
  const all = reviewSession(state.items, state.answers, questions);
  const answered = all.filter((r) => r.answered);
  return { ...breakdown(answered), review: answered, unanswered: all.length - answered.length };
}
