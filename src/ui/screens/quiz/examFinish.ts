// What happens once an exam is submitted: its answers join the answer log and the review
// schedule, and its summary joins the history in the same write that clears the saved exam.

import type { Question } from '../../../content/index.js';
import { summariseExam } from '../../../quiz/attempts.js';
import type { ExamState } from '../../../quiz/index.js';
import { resolveItems } from '../../../quiz/session-items.js';
import { reviewSession } from '../../../quiz/review.js';
import { type ConceptCards, recordAnswer as updateCards } from '../../../quiz/srs.js';
import type { AnswerEvent, QuizProgressPort } from '../../../app/index.js';
import { trySave } from './quizData.js';

/**
 * Records a submitted exam. Returns problems to show (saving failed), or [] when all went well.
 * The attempt id is derived from the start time, so recording the same exam twice (after a
 * crash between submitting and recording) replaces the first record instead of adding one.
 */
export function recordFinishedExam(
  state: ExamState,
  questions: readonly Question[],
  progress: QuizProgressPort,
): string[] {
  const summary = summariseExam(state, questions);
  const at = state.finishedAt ?? state.startedAt ?? 0;
  const reviews = reviewSession(state.items, state.answers, questions);
  const resolved = resolveItems(state.items, questions);
  const answers: AnswerEvent[] = reviews
    .filter((r) => r.answered)
    .map((r) => ({
      questionId: r.questionId,
      topic: r.topic,
      correct: r.correct,
      chosen: r.chosen,
      misconceptions: r.misconceptions,
      mode: 'exam',
      attemptId: summary.id,
      at,
    }));

  // Rated from the cards saved now, not a copy read earlier (which would undo other changes).
  const rate = (saved: ConceptCards): ConceptCards => {
    let cards = saved;
    reviews.forEach((r, i) => {
      if (r.answered) cards = updateCards(cards, resolved[i]!, r.chosen, at);
    });
    return cards;
  };

  // The answers and their review schedule in one write (were two, and a failure between them
  // left answers whose reviews were never scheduled).
  const problems = [
    trySave(() => progress.answer(answers, rate), 'your answers'),
    trySave(() => progress.recordAttempt(summary, { clearExam: true }), 'the exam result'),
  ];
  return problems.filter((p): p is string => p !== null);
}
