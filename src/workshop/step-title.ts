import type { ContentSet } from '../content/types.js';
import type { AgendaStep } from './schema.js';
import { quizStepLabel } from './quiz-settings.js';

/** What a step is called on the agenda and in reports: its own title, else the content's. */
export function stepTitle(step: AgendaStep, content: Pick<ContentSet, 'lessons'>): string {
  if (step.title !== undefined) return step.title;
  switch (step.kind) {
    case 'lesson':
      return content.lessons.find((lesson) => lesson.id === step.id)?.title ?? step.id;
    case 'challenge':
      return `Sandbox: ${step.id}`;
    case 'quiz':
      return quizStepLabel(step, content.lessons);
  }
}

/** The id column of reports: the lesson or scenario id, or the quiz's topics. */
export function stepRef(step: AgendaStep): string {
  return step.kind === 'quiz' ? step.topics.join('+') : step.id;
}
