// The running exam screen as a pure model: the engine's exam, which view is up (question, grid,
// a y/n prompt), the answer being given to the current question (src/quiz/answer.ts, the model
// practice and lesson checks use) with drafts of incomplete multiple responses, and the message.
import type { Question } from '../../../content/index.js';
import {
  type AnswerAction,
  type AnswerState,
  type ExamState,
  examQuestionView,
  examReducer,
  positionsToIndices,
  startAnswer,
  updateAnswer,
  validateSelection,
} from '../../../quiz/index.js';
import type { Message } from '../../widgets/status-line/index.js';

export type ExamMode = 'question' | 'grid' | 'confirm-submit' | 'confirm-quit' | 'confirm-back';

export interface ExamModel {
  exam: ExamState;
  mode: ExamMode;
  /** Where a "leave the exam?" prompt returns on n. */
  previousMode: ExamMode;
  answer: AnswerState;
  /** On-screen positions chosen per question, kept while a multiple response is incomplete. */
  drafts: Record<number, number[]>;
  gridCursor: number;
  message: Message | null;
  /** Set by y on a leave prompt: the screen quits or goes back. */
  leaving?: 'quit' | 'back';
}

export type ExamScreenAction =
  | { type: 'tick'; now: number }
  | { type: 'answer'; action: AnswerAction; now: number }
  | { type: 'next'; now: number }
  | { type: 'prev'; now: number }
  | { type: 'flag'; now: number; grid?: boolean }
  | { type: 'clear'; now: number }
  | { type: 'grid'; open: boolean }
  | { type: 'grid-move'; by: number }
  | { type: 'grid-open'; now: number }
  | { type: 'ask'; mode: 'confirm-submit' | 'confirm-quit' | 'confirm-back' }
  | { type: 'reply'; yes: boolean; now: number }
  | { type: 'view'; how: 'page-up' | 'page-down' };

function answerAt(exam: ExamState, questions: readonly Question[], drafts: Record<number, number[]>): AnswerState {
  const view = examQuestionView(exam, questions);
  const saved = view.chosenPositions;
  const state = startAnswer(
    view.options.length,
    view.choose,
    view.question.type === 'multiple',
    drafts[exam.current] ?? saved,
  );
  return { ...state, cursor: saved[0] ?? 0 };
}

export function startExamModel(exam: ExamState, questions: readonly Question[]): ExamModel {
  return {
    exam,
    mode: 'question',
    previousMode: 'question',
    answer: answerAt(exam, questions, {}),
    drafts: {},
    gridCursor: exam.current,
    message: null,
  };
}

function goto(model: ExamModel, target: number, now: number, questions: readonly Question[]): ExamModel {
  const from = model.exam;
  const leaving = from.current;
  const leftDraft = model.drafts[leaving];
  const exam = examReducer(from, { type: 'goto', index: target, now });
  if (exam.status !== 'running') return { ...model, exam };
  const unfinished = leftDraft !== undefined && leftDraft.length > 0 && (exam.answers[leaving]?.length ?? 0) === 0;
  const message: Message | null =
    unfinished && leaving !== exam.current
      ? {
          text: `Question ${leaving + 1} is still unanswered: it needs exactly ${from.items[leaving]?.choose} choices.`,
          tone: 'info',
        }
      : null;
  return { ...model, exam, answer: answerAt(exam, questions, model.drafts), message };
}

function next(model: ExamModel, now: number, questions: readonly Question[]): ExamModel {
  const exam = model.exam;
  if (exam.current + 1 < exam.items.length) return goto(model, exam.current + 1, now, questions);
  return { ...model, mode: 'grid', gridCursor: exam.current, message: null };
}

/** Saves the current question's choice in the exam: a complete one as the answer, else none. */
function choose(model: ExamModel, answer: AnswerState, now: number, questions: readonly Question[]): ExamModel {
  const exam = model.exam;
  const index = exam.current;
  const item = exam.items[index]!;
  const indices = positionsToIndices(item.optionOrder, answer.chosen);
  const drafts = { ...model.drafts, [index]: answer.chosen };
  if (!answer.multiple) {
    const saved = examReducer(exam, { type: 'answer', choice: indices, now });
    return { ...model, exam: saved, answer, drafts, message: null };
  }
  const checked = validateSelection(examQuestionView(exam, questions).question, indices);
  if (checked.ok) {
    const saved = examReducer(exam, { type: 'answer', choice: checked.value, now });
    const text = `Answer saved (${answer.chosen.length} of ${item.choose} chosen).`;
    return { ...model, exam: saved, answer, drafts, message: { text, tone: 'info' } };
  }
  // An incomplete choice is no answer: clear any saved one so the grid tells the truth.
  const cleared =
    (exam.answers[index]?.length ?? 0) > 0 ? examReducer(exam, { type: 'answer', choice: [], now }) : exam;
  const message: Message =
    answer.chosen.length > item.choose
      ? { text: checked.message, tone: 'error' }
      : { text: `${answer.chosen.length} of ${item.choose} chosen.`, tone: 'info' };
  return { ...model, exam: cleared, answer, drafts, message };
}

function answerKey(model: ExamModel, action: AnswerAction, now: number, questions: readonly Question[]): ExamModel {
  const current = model.answer;
  if (action.type === 'move') return { ...model, answer: updateAnswer(current, action) };
  if (action.type === 'choose' || action.type === 'toggle') {
    const answer = updateAnswer(current, action);
    return answer === current ? model : choose(model, answer, now, questions);
  }
  if (action.type !== 'confirm') return model;
  // Enter confirms the choice (on a single-answer question with none, the cursor's) and moves on.
  if (!current.multiple) {
    const picked = current.chosen.length > 0 ? current : updateAnswer(current, { type: 'toggle' });
    return next(choose(model, picked, now, questions), now, questions);
  }
  const item = model.exam.items[model.exam.current]!;
  const checked = validateSelection(
    examQuestionView(model.exam, questions).question,
    positionsToIndices(item.optionOrder, current.chosen),
  );
  if (!checked.ok) return { ...model, message: { text: checked.message, tone: 'error' } };
  return next(model, now, questions);
}

export function examModelReduce(model: ExamModel, action: ExamScreenAction, questions: readonly Question[]): ExamModel {
  const run = (exam: ExamState): ExamModel => (exam === model.exam ? model : { ...model, exam });
  switch (action.type) {
    case 'tick':
      return run(examReducer(model.exam, { type: 'tick', now: action.now }));
    case 'answer':
      return answerKey(model, action.action, action.now, questions);
    case 'next':
      return next(model, action.now, questions);
    case 'prev':
      return model.exam.current > 0 ? goto(model, model.exam.current - 1, action.now, questions) : model;
    case 'flag': {
      const index = action.grid ? model.gridCursor : undefined;
      return run(
        examReducer(model.exam, { type: 'toggle-flag', ...(index !== undefined ? { index } : {}), now: action.now }),
      );
    }
    case 'clear': {
      const index = model.exam.current;
      const exam = examReducer(model.exam, { type: 'answer', choice: [], now: action.now });
      const message: Message = { text: `Answer to question ${index + 1} cleared.`, tone: 'info' };
      return {
        ...model,
        exam,
        answer: updateAnswer(model.answer, { type: 'clear' }),
        drafts: { ...model.drafts, [index]: [] },
        message,
      };
    }
    case 'grid':
      return action.open
        ? { ...model, mode: 'grid', gridCursor: model.exam.current, message: null }
        : { ...model, mode: 'question' };
    case 'grid-move': {
      const last = model.exam.items.length - 1;
      return { ...model, gridCursor: Math.min(last, Math.max(0, model.gridCursor + action.by)) };
    }
    case 'grid-open':
      return goto({ ...model, mode: 'question' }, model.gridCursor, action.now, questions);
    case 'ask':
      return { ...model, mode: action.mode, previousMode: model.mode };
    case 'reply': {
      const mode = model.mode;
      if (mode !== 'confirm-submit' && mode !== 'confirm-quit' && mode !== 'confirm-back') return model;
      if (!action.yes) return { ...model, mode: mode === 'confirm-submit' ? 'grid' : model.previousMode };
      if (mode === 'confirm-submit') return run(examReducer(model.exam, { type: 'submit', now: action.now }));
      const ticked = examReducer(model.exam, { type: 'tick', now: action.now });
      return { ...model, exam: ticked, leaving: mode === 'confirm-quit' ? 'quit' : 'back' };
    }
    case 'view':
      return model;
  }
}
