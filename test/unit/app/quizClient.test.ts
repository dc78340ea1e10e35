import { describe, expect, it } from 'vitest';
import { type AnswerWriter, type AnsweredEvent, answerQuestion } from '../../../src/app/index.js';
import { type ConceptCards, gradeQuestion } from '../../../src/quiz/index.js';
import { single, T0 } from '../quiz/fixtures.js';

describe('answerQuestion', () => {
  const question = single('trust-policies-001');
  const review = gradeQuestion(question, [0, 1, 2, 3], [0]);

  it('makes one store call with the answer and a card change that starts from the saved cards', () => {
    const calls: Array<{ answer: AnsweredEvent; cards: ConceptCards }> = [];
    const writer: AnswerWriter = {
      answer: (answer, change) => calls.push({ answer, cards: change({}) }),
    };
    const result = answerQuestion(writer, question, review, {}, { mode: 'practice', attemptId: 'p-1', at: T0 });
    expect(result.problem).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.answer).toEqual({
      questionId: 'trust-policies-001',
      topic: question.topic,
      correct: review.correct,
      chosen: [0],
      misconceptions: review.misconceptions,
      mode: 'practice',
      attemptId: 'p-1',
      at: T0,
    });
    // The change rates the question's concepts, the same as the session's own copy.
    expect(Object.keys(calls[0]?.cards ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(result.cards)).toEqual(Object.keys(calls[0]?.cards ?? {}));
  });

  it('returns a failure to save as words, and still the rated cards for the session', () => {
    const writer: AnswerWriter = {
      answer: () => {
        throw new Error('the progress file is locked by another iam-tutor');
      },
    };
    const result = answerQuestion(writer, question, review, {}, { mode: 'drill', attemptId: 'd-1', at: T0 });
    expect(result.problem).toBe('Could not save your answer: the progress file is locked by another iam-tutor');
    expect(Object.keys(result.cards).length).toBeGreaterThan(0);
  });
});
