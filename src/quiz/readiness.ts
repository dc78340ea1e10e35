// Readiness per CLF-C02 domain and per task statement after a mock exam, instead of one
// pass/fail that strength in one domain could hide weakness in another.

import type { Question } from '../content/types.js';
import { taskKeyOf, taskStatement, tasksOfDomain } from './blueprint.js';
import { DOMAIN_NAMES, DOMAIN_NUMBERS, type DomainNumber } from './domains.js';
import type { QuestionReview } from './grading.js';
import { COMPETENCY_RULE_TEXT, type CompetencyVerdict, MIN_ANSWERS, verdictOf } from './competency-rule.js';
import { rawPercent } from './scoring.js';

/** Fewest questions a verdict of "meets" may rest on: the one rule's minimum (competency-rule.ts). */
export const READINESS_MIN_QUESTIONS = MIN_ANSWERS;

export type ReadinessVerdict = CompetencyVerdict;

export const READINESS_LABELS: Readonly<Record<ReadinessVerdict, string>> = {
  meets: 'Meets',
  below: 'Below 70%',
  'too-few': 'Too few',
};

/** The rule in words, for the screen: every verdict is read against it. */
export const READINESS_RULE = `${COMPETENCY_RULE_TEXT} In a mock exam, unanswered questions count wrong.`;

export interface ReadinessRow {
  /** "2" for a domain, "2.3" for a task statement. */
  key: string;
  kind: 'domain' | 'task';
  title: string;
  /** Questions asked in this section; the verdict rests on this many. */
  total: number;
  answered: number;
  correct: number;
  percent: number;
  verdict: ReadinessVerdict;
}

export function readinessVerdict(correct: number, total: number): ReadinessVerdict {
  return verdictOf(correct, total);
}

export interface Readiness {
  /** Each domain that had questions, followed by its task statements that had questions. */
  rows: ReadinessRow[];
  /** In-scope questions whose task the exam guide does not list (counted in their domain only). */
  untasked: number;
}

interface Counter {
  total: number;
  answered: number;
  correct: number;
}

function row(key: string, kind: ReadinessRow['kind'], title: string, c: Counter): ReadinessRow {
  return {
    key,
    kind,
    title,
    ...c,
    percent: rawPercent(c.correct, c.total),
    verdict: readinessVerdict(c.correct, c.total),
  };
}

/**
 * Tallies reviews (in session order) by the domain and task of their questions. `questions`
 * must hold every reviewed question (examResult has already resolved them).
 */
export function examReadiness(reviews: readonly QuestionReview[], questions: readonly Question[]): Readiness {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const counters = new Map<string, Counter>();
  const bump = (key: string, review: QuestionReview) => {
    const c = counters.get(key) ?? { total: 0, answered: 0, correct: 0 };
    c.total += 1;
    if (review.answered) c.answered += 1;
    if (review.correct) c.correct += 1;
    counters.set(key, c);
  };
  let untasked = 0;
  for (const review of reviews) {
    if (review.domain === 'beyond') continue;
    bump(`domain:${review.domain}`, review);
    const question = byId.get(review.questionId);
    const task = question ? taskKeyOf(question) : undefined;
    if (task) bump(`task:${task}`, review);
    else untasked += 1;
  }
  const rows: ReadinessRow[] = [];
  for (const domain of DOMAIN_NUMBERS) {
    const d = counters.get(`domain:${domain}`);
    if (!d) continue;
    rows.push(row(String(domain), 'domain', DOMAIN_NAMES[String(domain) as `${DomainNumber}`], d));
    for (const task of tasksOfDomain(domain)) {
      const t = counters.get(`task:${task.id}`);
      if (t) rows.push(row(task.id, 'task', taskStatement(task.id)!.title, t));
    }
  }
  return { rows, untasked };
}
