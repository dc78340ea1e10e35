// The practice (and due drill) session as a pure model: the engine's session, the answer being
// given (src/quiz/answer.ts: choose, then confirm) and its feedback, and the footer's message.
// Keys that arrive together each act on the state the previous key produced (useModel).
import type { Question } from '../../../content/index.js';
import {
  type AnswerAction,
  type AnswerProblem,
  type AnswerSettings,
  type AnswerState,
  answerPractice,
  finishPractice,
  isPracticeFinished,
  nextPractice,
  type PracticeState,
  positionsToIndices,
  practiceView,
  type QuestionReview,
  startAnswer,
  updateAnswer,
} from '../../../quiz/index.js';
import type { Message } from '../../widgets/status-line/index.js';

export type Phase = 'question' | 'feedback' | 'summary';

export interface PracticeModel {
  session: PracticeState;
  phase: Phase;
  answer: AnswerState;
  /** The graded answer, once submitted; the screen saves it and shows it. */
  feedback: QuestionReview | null;
  message: Message | null;
}

export type PracticeAction =
  | { type: 'answer'; action: AnswerAction }
  | { type: 'next'; now: number }
  | { type: 'skip'; now: number }
  | { type: 'finish'; now: number }
  | { type: 'message'; message: Message | null }
  /** Done on the summary, scrolling the question or summary: the screen acts, the model keeps. */
  | { type: 'done' }
  /** `b` after an answer: the screen toggles the question's bookmark. */
  | { type: 'bookmark' }
  /** Open "Review mistakes" from the summary: the screen navigates, the model keeps. */
  | { type: 'review-mistakes' }
  | { type: 'view'; how: 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'top' | 'bottom' | 'follow' };

export interface PracticeEnv {
  questions: readonly Question[];
  settings: AnswerSettings;
}

function answerFor(session: PracticeState, questions: readonly Question[]): AnswerState {
  const view = practiceView(session, questions);
  if (!view) return startAnswer(0, 1, false);
  return startAnswer(view.options.length, view.choose, view.question.type === 'multiple');
}

export function startPractice(session: PracticeState, questions: readonly Question[], notice?: string): PracticeModel {
  return {
    session,
    phase: isPracticeFinished(session) ? 'summary' : 'question',
    answer: answerFor(session, questions),
    feedback: null,
    message: notice ? { text: notice, tone: 'info' } : null,
  };
}

/** The practice engine's own words, so the wording stays what the exam's instructions say. */
export function problemText(problem: AnswerProblem): string {
  if (problem.kind === 'none-chosen') {
    return problem.need === 1 ? 'Choose an answer first.' : `Choose exactly ${problem.need} answers first.`;
  }
  return `Choose exactly ${problem.need} ${problem.need === 1 ? 'answer' : 'answers'} (you chose ${problem.chosen}).`;
}

function toQuestion(model: PracticeModel, session: PracticeState, env: PracticeEnv): PracticeModel {
  if (isPracticeFinished(session)) return { ...model, session, phase: 'summary', feedback: null, message: null };
  return { session, phase: 'question', answer: answerFor(session, env.questions), feedback: null, message: null };
}

export function practiceReduce(model: PracticeModel, action: PracticeAction, env: PracticeEnv): PracticeModel {
  switch (action.type) {
    case 'answer': {
      if (model.phase === 'summary') return model;
      const answer = updateAnswer(model.answer, action.action, env.settings);
      if (answer === model.answer) return model;
      if (model.phase === 'feedback' || !answer.submitted) {
        const message = answer.problem ? { text: problemText(answer.problem), tone: 'error' as const } : null;
        return { ...model, answer, message: model.phase === 'feedback' ? model.message : message };
      }
      const item = model.session.items[model.session.current];
      if (!item) return model;
      const graded = answerPractice(model.session, env.questions, positionsToIndices(item.optionOrder, answer.chosen));
      if (!graded.ok)
        return { ...model, answer: { ...answer, submitted: false }, message: { text: graded.message, tone: 'error' } };
      return {
        ...model,
        session: graded.value.state,
        phase: 'feedback',
        answer,
        feedback: graded.value.feedback,
        message: null,
      };
    }
    case 'next':
      if (model.phase !== 'feedback') return model;
      return toQuestion(model, nextPractice(model.session, action.now), env);
    case 'skip':
      if (model.phase !== 'question') return model;
      return toQuestion(model, nextPractice(model.session, action.now), env);
    case 'finish':
      if (model.phase === 'summary') return model;
      return { ...model, session: finishPractice(model.session, action.now), phase: 'summary', feedback: null };
    case 'message':
      return { ...model, message: action.message };
    case 'done':
    case 'review-mistakes':
    case 'view':
    case 'bookmark':
      return model;
  }
}
