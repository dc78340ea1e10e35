// The agenda as rows to draw, and the route each step opens. Pure, so it is tested directly.
import type { ContentSet } from '../../../content/index.js';
import type { ProgressData } from '../../../progress/index.js';
import {
  type AgendaStep,
  currentStepIndex,
  percent,
  type StepStatus,
  stepStatus,
  stepTitle,
  topicTitle,
  topicTitles,
  type Workshop,
  workshopQuizSettings,
} from '../../../workshop/index.js';
import type { Route } from '../../shell/routes.js';
import { plural } from '../../../plural.js';

export interface AgendaRow {
  index: number;
  /** "✓" finished, "▸" the step to do next, " " otherwise. */
  mark: string;
  title: string;
  /** "14 min" or "" when the step has no time box. */
  box: string;
  /** Planned start from the beginning of the session, "0:28". */
  start: string;
  status: StepStatus;
  detail: string;
}

export interface Agenda {
  rows: AgendaRow[];
  current: number | undefined;
  done: number;
}

export function buildAgenda(workshop: Workshop, content: Pick<ContentSet, 'lessons'>, data: ProgressData): Agenda {
  const statuses = workshop.agenda.map((step) => stepStatus(step, data));
  const current = currentStepIndex(statuses);
  let elapsed = 0;
  const rows = workshop.agenda.map((step, index): AgendaRow => {
    const status = statuses[index]!;
    const row: AgendaRow = {
      index,
      mark: status.done ? '✓' : index === current ? '▸' : ' ',
      title: stepTitle(step, content),
      box: step.minutes === undefined ? '' : `${step.minutes} min`,
      start: clock(elapsed),
      status,
      detail: stepDetail(step, status, content),
    };
    elapsed += step.minutes ?? 0;
    return row;
  });
  return { rows, current, done: statuses.filter((s) => s.done).length };
}

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One line under the list about the selected step: what it is and where the attendee stands. */
export function stepDetail(step: AgendaStep, status: StepStatus, content: Pick<ContentSet, 'lessons'>): string {
  const score = status.score
    ? `${status.score.correct}/${status.score.answered} right (${percent(status.score)}%)`
    : '';
  switch (step.kind) {
    case 'lesson': {
      const where = status.done ? 'finished' : status.started ? 'started; finish it to tick it off' : 'not started';
      return `Lesson “${topicTitle(step.id, content.lessons)}”: ${where}${score ? `; check-yourself ${score}` : ''}.`;
    }
    case 'challenge': {
      const where = status.done ? 'solved' : status.started ? 'started, not solved yet' : 'not started';
      const hints = status.hintsUsed ? `; ${plural(status.hintsUsed, 'hint')} used` : '';
      return `Sandbox challenge ${step.id}: ${where}${hints}.`;
    }
    case 'quiz': {
      const answered = status.score?.answered ?? 0;
      const where = status.done
        ? `done, ${score}`
        : answered > 0
          ? `${answered} of ${step.count} answered, ${score}`
          : `answer ${step.count}`;
      return `Quiz on ${topicTitles(step.topics, content.lessons).join(', ')}: ${where}.`;
    }
  }
}

/** The screen a step opens; the lesson, sandbox and quiz screens own these routes. */
export function stepRoute(step: AgendaStep, title: string): Route {
  switch (step.kind) {
    case 'lesson':
      return { name: 'lesson', params: { id: step.id, title } };
    case 'challenge':
      // `id` as `iam-tutor sandbox SCENARIO` passes it, `scenario` as lesson links do.
      return { name: 'sandbox', params: { id: step.id, scenario: step.id } };
    case 'quiz': {
      // Always the pack's settings with a seed, derived when the pack names none: the practice
      // setup locks on a seed, and a seedless step used to leave topics and count open and give
      // each attendee the clock's draw (issue #16).
      const fixed = workshopQuizSettings(step);
      return {
        name: 'quiz',
        params: { topic: fixed.topics[0], topics: fixed.topics, count: fixed.count, seed: fixed.seed },
      };
    }
  }
}
