import type { AttemptSummary, ConceptCards, ExamState } from '../../quiz/index.js';
import type { AnswerEvent, QuizProgressPort } from '../screens/quiz/quizData.js';

/** Quiz progress kept in memory: for tests, and when the store cannot be opened. */
export function memoryQuizProgress(): QuizProgressPort & { answers: AnswerEvent[] } {
  const answers: AnswerEvent[] = [];
  const attempts: AttemptSummary[] = [];
  let exam: ExamState | null = null;
  let cards: ConceptCards = {};
  return {
    answers,
    recordAnswer: (answer) => {
      answers.push(answer);
    },
    answer: (answer, change) => {
      answers.push(...(Array.isArray(answer) ? answer : [answer as AnswerEvent]));
      cards = { ...cards, ...structuredClone(change(structuredClone(cards))) };
    },
    recordAnswers: (list) => {
      answers.push(...list);
    },
    recordAttempt: (summary, options) => {
      const index = attempts.findIndex((a) => a.id === summary.id);
      if (index === -1) attempts.push(summary);
      else attempts[index] = summary;
      if (options?.clearExam) exam = null;
    },
    loadExam: () => (exam === null ? null : structuredClone(exam)),
    saveExam: (state) => {
      exam = state === null ? null : structuredClone(state);
    },
    loadCards: () => structuredClone(cards),
    saveCards: (next) => {
      cards = { ...cards, ...structuredClone(next) };
    },
    updateCards: (change) => {
      cards = { ...cards, ...structuredClone(change(structuredClone(cards))) };
    },
    attempts: () => [...attempts],
  };
}
