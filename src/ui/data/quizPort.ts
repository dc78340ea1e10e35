import {
  type JsonObject,
  recordAnswer,
  recordAnswerWithCards,
  recordAnswers,
  recordAttempt,
  setExamInProgress,
  setFsrsCards,
  updateFsrsCards,
} from '../../progress/index.js';
import { type AttemptSummary, type ConceptCards, parseCards } from '../../quiz/index.js';
import type { QuizProgressPort } from '../screens/quiz/quizData.js';
import type { ProgressSnapshot } from './progressSnapshot.js';

/** Unreadable saved cards: only the concepts this change rates are written. */
function changeParsed(
  saved: Readonly<Record<string, JsonObject>>,
  change: (saved: ConceptCards) => ConceptCards,
): Record<string, JsonObject> {
  const parsed = parseCards(saved);
  return change(parsed.ok ? parsed.value : {}) as unknown as Record<string, JsonObject>;
}

const toMs = (iso: string) => Date.parse(iso);

/** The quiz screens' port, written straight through to the progress store. */
export function storeQuizProgress(snapshot: ProgressSnapshot): QuizProgressPort {
  return {
    recordAnswer: (answer) => {
      snapshot.update((store) => recordAnswer(store, answer));
    },
    answer: (answer, change, options) => {
      snapshot.update((store) =>
        recordAnswerWithCards(store, answer, (saved) => changeParsed(saved, change), options ?? {}),
      );
    },
    recordAnswers: (answers) => {
      snapshot.update((store) => recordAnswers(store, answers));
    },
    recordAttempt: (summary, options) => {
      snapshot.update((store) =>
        recordAttempt(
          store,
          { ...summary, startedAt: toMs(summary.startedAt), finishedAt: toMs(summary.finishedAt) },
          { clearExamInProgress: options?.clearExam === true },
        ),
      );
    },
    loadExam: () => snapshot.current().quiz.examInProgress,
    saveExam: (state) => {
      snapshot.update((store) => setExamInProgress(store, state as unknown as JsonObject | null));
    },
    loadCards: () => snapshot.current().quiz.fsrsCards,
    saveCards: (cards) => {
      snapshot.update((store) => setFsrsCards(store, cards as unknown as Record<string, JsonObject>));
    },
    updateCards: (change) => {
      snapshot.update((store) => updateFsrsCards(store, (saved) => changeParsed(saved, change)));
    },
    attempts: () => snapshot.current().quiz.attempts as AttemptSummary[],
  };
}
