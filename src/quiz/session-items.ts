// Sessions (practice, drill, exam) store only question ids and option orders, never copies of
// questions, so a saved session stays small and plain JSON. These helpers build those items and
// look them up again in the bank, which may have changed since the session was saved.

import type { Question } from '../content/types.js';
import { identityOrder, requiredChoices, type SessionItem } from './grading.js';
import { QuizError } from './result.js';
import { type Rng, shuffle } from './rng.js';

/** Options are shuffled per question (as the exam does) unless `shuffleOptions` is false. */
export function buildItems(questions: readonly Question[], rng: Rng, shuffleOptions = true): SessionItem[] {
  return questions.map((question) => ({
    questionId: question.id,
    optionOrder: shuffleOptions ? shuffle(identityOrder(question), rng) : identityOrder(question),
    choose: requiredChoices(question),
  }));
}

export function indexById(questions: readonly Question[]): Map<string, Question> {
  return new Map(questions.map((question) => [question.id, question]));
}

/**
 * Problems that stop a saved session from being resumed against the current bank: a question
 * that no longer exists, or one whose options changed in number. Empty means safe to resume.
 */
export function checkSession(session: { items: readonly SessionItem[] }, questions: readonly Question[]): string[] {
  const byId = indexById(questions);
  const problems: string[] = [];
  for (const item of session.items) {
    const question = byId.get(item.questionId);
    if (!question) {
      problems.push(`Question ${item.questionId} is no longer in the question bank.`);
      continue;
    }
    const order = [...item.optionOrder].sort((a, b) => a - b);
    const expected = identityOrder(question);
    const sameOptions = order.length === expected.length && order.every((index, i) => index === expected[i]);
    if (!sameOptions || item.choose !== requiredChoices(question)) {
      problems.push(`Question ${item.questionId} has changed since this session was saved.`);
    }
  }
  return problems;
}

/** Questions of a session in session order. Throws QuizError if one is missing: call checkSession first. */
export function resolveItems(items: readonly SessionItem[], questions: readonly Question[]): Question[] {
  const byId = indexById(questions);
  return items.map((item) => {
    const question = byId.get(item.questionId);
    if (!question) throw new QuizError(`Question ${item.questionId} is no longer in the question bank.`);
    return question;
  });
}
