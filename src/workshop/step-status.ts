// Where an attendee stands on each agenda step, read back from their progress data. The
// agenda screen and the class report use the same rules:
//   lesson     done when the lesson is marked completed; score = check-yourself answers right
//   challenge  done when the sandbox challenge is solved; hints used are reported
//   quiz       done when the attendee has answered at least `count` questions on the step's
//              topics; score = share of those answers that were right (every answer counts,
//              so a second attempt is reflected too)
import type { AnswerRecord, ProgressData } from '../progress/schema.js';
import type { AgendaStep, QuizStep } from './schema.js';
import { ownEntry } from '../untrusted/own-entry.js';

export interface StepStatus {
  done: boolean;
  /** Something was started (a lesson opened, an answer given, a hint used). */
  started: boolean;
  /** Right / answered, when the step asks questions and some were answered. */
  score?: { correct: number; answered: number };
  /** Challenge steps: hints asked for. */
  hintsUsed?: number;
}

export function stepStatus(step: AgendaStep, data: ProgressData): StepStatus {
  switch (step.kind) {
    case 'lesson': {
      const lesson = ownEntry(data.lessons.byId, step.id);
      if (lesson === undefined) return { done: false, started: false };
      const checks = Object.values(lesson.checks);
      const status: StepStatus = { done: lesson.completed, started: true };
      if (checks.length > 0)
        status.score = { correct: checks.filter((c) => c.correct).length, answered: checks.length };
      return status;
    }
    case 'challenge': {
      const challenge = ownEntry(data.sandbox.challenges, step.id);
      if (challenge === undefined) return { done: false, started: false };
      return { done: challenge.completed, started: true, hintsUsed: challenge.hintsUsed };
    }
    case 'quiz': {
      const answers = quizAnswers(step, data);
      if (answers.length === 0) return { done: false, started: false };
      const correct = answers.filter((a) => a.correct).length;
      return { done: answers.length >= step.count, started: true, score: { correct, answered: answers.length } };
    }
  }
}

/** The answers that count for a quiz step: every answer on one of its topics. */
export function quizAnswers(step: QuizStep, data: ProgressData): AnswerRecord[] {
  const topics = new Set(step.topics);
  return data.quiz.answers.filter((answer) => topics.has(answer.topic));
}

/** The step to do next: the first one not done, or undefined when all are. */
export function currentStepIndex(statuses: readonly StepStatus[]): number | undefined {
  const index = statuses.findIndex((status) => !status.done);
  return index === -1 ? undefined : index;
}

export function percent(score: { correct: number; answered: number }): number {
  return score.answered === 0 ? 0 : Math.round((score.correct * 100) / score.answered);
}
