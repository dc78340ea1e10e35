// Attempt summaries for the history (progress store) and the weak-topic finder built on them.

import type { DomainKey } from './domains.js';
import type { ExamState } from './exam.js';
import type { QuestionReview } from './grading.js';
import type { PracticeState } from './practice.js';
import { passed, rawPercent, scaledScore, type Tally } from './scoring.js';
import { isWeak } from './competency-rule.js';
import { domainTallies, reviewSession, topicTallies } from './review.js';
import type { Question } from '../content/types.js';

export type AttemptMode = 'practice' | 'exam' | 'drill';

export interface AttemptSummary {
  id: string;
  mode: AttemptMode;
  /** ISO 8601. */
  startedAt: string;
  /** ISO 8601. */
  finishedAt: string;
  total: number;
  correct: number;
  /** Exams only. */
  scaled?: number;
  passed?: boolean;
  perTopic: Record<string, Tally>;
  perDomain: Partial<Record<DomainKey, Tally>>;
  /** Exams: every question as shown, to reopen the attempt read-only (see mistakes.ts). */
  items?: AttemptItem[];
}

/** One question of a finished exam: its display order, the original indices chosen, the flag. */
export interface AttemptItem {
  questionId: string;
  optionOrder: number[];
  chosen: number[];
  flagged: boolean;
}

export interface SummaryInput {
  mode: AttemptMode;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms. */
  finishedAt: number;
  /** The graded questions that count (for practice: the answered ones). */
  reviews: readonly QuestionReview[];
  /** Defaults to "<mode>-<startedAt ISO>", unique enough for one learner's history. */
  id?: string;
}

export function summariseAttempt(input: SummaryInput): AttemptSummary {
  const correct = input.reviews.filter((r) => r.correct).length;
  const startedAt = new Date(input.startedAt).toISOString();
  const summary: AttemptSummary = {
    id: input.id ?? `${input.mode}-${startedAt}`,
    mode: input.mode,
    startedAt,
    finishedAt: new Date(input.finishedAt).toISOString(),
    total: input.reviews.length,
    correct,
    perTopic: topicTallies(input.reviews),
    perDomain: domainTallies(input.reviews),
  };
  if (input.mode === 'exam') {
    summary.scaled = scaledScore(rawPercent(correct, input.reviews.length));
    summary.passed = passed(summary.scaled);
  }
  return summary;
}

/** Summary of a submitted exam; unanswered questions count as wrong. */
export function summariseExam(state: ExamState, questions: readonly Question[], id?: string): AttemptSummary {
  const startedAt = state.startedAt ?? 0;
  const input: SummaryInput = {
    mode: 'exam',
    startedAt,
    finishedAt: state.finishedAt ?? startedAt,
    reviews: reviewSession(state.items, state.answers, questions),
  };
  if (id !== undefined) input.id = id;
  return {
    ...summariseAttempt(input),
    items: state.items.map((item, i) => ({
      questionId: item.questionId,
      optionOrder: [...item.optionOrder],
      chosen: [...(state.answers[i] ?? [])].sort((a, b) => a - b),
      flagged: state.flags[i] === true,
    })),
  };
}

/** Summary of a practice or drill session; only answered questions count. */
export function summarisePractice(
  state: PracticeState,
  questions: readonly Question[],
  now: number,
  id?: string,
): AttemptSummary {
  const input: SummaryInput = {
    mode: state.mode,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt ?? now,
    reviews: reviewSession(state.items, state.answers, questions).filter((r) => r.answered),
  };
  if (id !== undefined) input.id = id;
  return summariseAttempt(input);
}

export interface WeakTopicOptions {
  /** At most this many topics, weakest first. Default 3. Which topics are weak is the one rule's call (competency-rule.ts). */
  limit?: number;
}

/** Adds up per-topic tallies across attempts. */
export function topicTotals(attempts: readonly Pick<AttemptSummary, 'perTopic'>[]): Record<string, Tally> {
  const totals: Record<string, Tally> = {};
  for (const attempt of attempts) {
    for (const [topic, tally] of Object.entries(attempt.perTopic)) {
      const sum = totals[topic] ?? { total: 0, correct: 0 };
      sum.total += tally.total;
      sum.correct += tally.correct;
      totals[topic] = sum;
    }
  }
  return totals;
}

/**
 * Weakest topics first: the topics the one rule (competency-rule.ts isWeak) calls weak, lowest
 * accuracy first. Accepts attempt summaries or per-topic tallies (e.g. answers
 * tallied with topicTallies). Ties go to the topic with more answers, then by name.
 */
export function weakTopics(
  source: readonly Pick<AttemptSummary, 'perTopic'>[] | Readonly<Record<string, Tally>>,
  options: WeakTopicOptions = {},
): string[] {
  const limit = options.limit ?? 3;
  const totals = Array.isArray(source) ? topicTotals(source) : (source as Readonly<Record<string, Tally>>);
  return Object.entries(totals)
    .filter(([, t]) => isWeak(t))
    .map(([topic, t]) => ({ topic, total: t.total, percent: rawPercent(t.correct, t.total) }))
    .sort((a, b) => a.percent - b.percent || b.total - a.total || (a.topic < b.topic ? -1 : 1))
    .slice(0, limit)
    .map((t) => t.topic);
}
