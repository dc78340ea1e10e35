// The application layer between the quiz screens and the core: what one answer means for the
// learner's progress, as one store write. Plain TypeScript: no React, no Ink, no clock read.
import type { Question } from '../content/index.js';
import { type ConceptCards, type QuestionReview, recordAnswer as rateCards } from '../quiz/index.js';

/** One answer for the log, in the question file's option order. */
export interface AnsweredEvent {
  questionId: string;
  topic: string;
  correct: boolean;
  chosen: number[];
  misconceptions: string[];
  mode: 'practice' | 'drill' | 'exam';
  attemptId?: string;
  at: number;
}

/** The one store call an answer needs; the quiz screens' progress port has it. */
export interface AnswerWriter {
  /**
   * `options.practiceInProgress`: the practice session's snapshot after this answer (null when
   * the session ended), saved in the same write as the answer so practice resumes after Ctrl+C.
   */
  answer(
    answer: AnsweredEvent,
    change: (saved: ConceptCards) => ConceptCards,
    options?: { practiceInProgress?: Record<string, unknown> | null },
  ): void;
}

export interface AnswerContext {
  mode: 'practice' | 'drill';
  attemptId: string;
  /** Epoch ms, passed in. */
  at: number;
  /** The session's resumable snapshot after this answer, saved in the same write; null clears it. */
  practiceInProgress?: Record<string, unknown> | null;
}

/**
 * Records a graded answer and reschedules its concepts' review cards in ONE store update (it
 * was two locked cycles: the answer, then the cards). Returns the session's own copy of the
 * cards rated the same way, and the failure as words for the learner, or null.
 */
export function answerQuestion(
  writer: AnswerWriter,
  question: Question,
  review: QuestionReview,
  cards: ConceptCards,
  context: AnswerContext,
): { cards: ConceptCards; problem: string | null } {
  const rated = rateCards(cards, question, review.chosen, context.at);
  try {
    writer.answer(
      {
        questionId: review.questionId,
        topic: review.topic,
        correct: review.correct,
        chosen: [...review.chosen],
        misconceptions: [...review.misconceptions],
        mode: context.mode,
        attemptId: context.attemptId,
        at: context.at,
      },
      (saved) => rateCards(saved, question, review.chosen, context.at),
      context.practiceInProgress === undefined ? undefined : { practiceInProgress: context.practiceInProgress },
    );
    return { cards: rated, problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { cards: rated, problem: `Could not save your answer: ${reason}` };
  }
}
