// What the instructor sees, derived from the class state: the attendees × agenda grid, who has
// made no progress for a while, the step most attendees are stuck on and, per question, the share
// answered correctly and the wrong option chosen most. The grid and the end-of-session report go
// through the same progress rules as `workshop report` (step-status.ts), by rebuilding each
// attendee's progress data from their events.
import type { ContentSet } from '../../content/types.js';
import { emptyProgress } from '../../progress/empty-progress.js';
import type { ProgressData } from '../../progress/schema.js';
import { toIso } from '../../progress/time.js';
import { cleanText } from '../../untrusted/text.js';
import { type AttendeeResult, buildClassReport, type ClassReport, NOT_IN_BANK } from '../report.js';
import type { Workshop } from '../schema.js';
import { currentStepIndex } from '../step-status.js';
import { stepRef } from '../step-title.js';
import type { AttendeeState, ClassState } from './class-state.js';

/** An attendee's events as the progress data their own store holds (the parts the report reads). */
export function progressOf(attendee: AttendeeState): ProgressData {
  const data = emptyProgress(attendee.joinedAt);
  for (const event of attendee.events) {
    const at = toIso(event.at);
    switch (event.type) {
      case 'step-completed':
        if (event.kind === 'lesson') {
          const lesson = lessonEntry(data, event.id, at);
          lesson.completed = true;
          lesson.completedAt ??= at;
        } else {
          const challenge = challengeEntry(data, event.id);
          challenge.completed = true;
          challenge.completedAt ??= at;
        }
        break;
      case 'sandbox-check':
        if (event.passed) {
          const challenge = challengeEntry(data, event.challengeId);
          challenge.completed = true;
          challenge.completedAt ??= at;
        } else {
          const challenge = challengeEntry(data, event.challengeId);
          challenge.checksFailed = (challenge.checksFailed ?? 0) + 1;
        }
        break;
      case 'hint-used':
        challengeEntry(data, event.challengeId).hintsUsed += 1;
        break;
      case 'lesson-check':
        lessonEntry(data, event.lessonId, at).checks[event.checkId] = { correct: event.correct, answeredAt: at };
        break;
      case 'quiz-answer':
        data.quiz.answers.push({
          questionId: event.questionId,
          topic: event.topic,
          correct: event.correct,
          chosen: event.chosen,
          misconceptions: event.misconceptions,
          mode: 'practice',
          at,
        });
        break;
    }
  }
  return data;
}

function lessonEntry(data: ProgressData, id: string, at: string) {
  if (!Object.hasOwn(data.lessons.byId, id)) {
    data.lessons.byId[id] = { completed: false, section: 0, checks: {}, lastOpenedAt: at };
  }
  return data.lessons.byId[id]!;
}

function challengeEntry(data: ProgressData, id: string) {
  if (!Object.hasOwn(data.sandbox.challenges, id)) data.sandbox.challenges[id] = { completed: false, hintsUsed: 0 };
  return data.sandbox.challenges[id]!;
}

export interface LiveClassInput {
  workshop: Workshop;
  packName: string;
  content: Pick<ContentSet, 'lessons' | 'questions'>;
}

/** The class report `workshop report` writes, from the live class. */
export function liveClassReport(state: ClassState, input: LiveClassInput): ClassReport {
  const attendees: AttendeeResult[] = state.order.map((id) => {
    const attendee = state.attendees[id]!;
    return { name: attendee.name, data: progressOf(attendee) };
  });
  return buildClassReport({ ...input, attendees });
}

export interface QuestionStats {
  questionId: string;
  /**
   * The question's stem from the host's bank (the pack's questions included), on one line and
   * cleaned; absent when that bank has no question with this id.
   */
  stem?: string;
  answered: number;
  correct: number;
  /** 0..100, rounded. */
  percentCorrect: number;
  /** The wrong choice made most often (ties: the first made), with its option text. */
  mostChosenWrong?: { chosen: number[]; text: string; count: number };
}

export type Cell = 'done' | 'started' | 'todo';

export interface ClassView {
  title: string;
  packName: string;
  /** Agenda steps as printed: "1 lesson iam-roles". */
  steps: string[];
  grid: { name: string; cells: Cell[]; currentStep?: number }[];
  idle: { name: string; minutes: number }[];
  /** Who counts as idle: no progress for this many minutes. */
  idleMinutes: number;
  /** The unfinished step the most attendees are on (0-based), with how many. */
  stuck?: { step: number; ref: string; attendees: number };
  questions: QuestionStats[];
  events: number;
}

export function classView(
  state: ClassState,
  input: LiveClassInput & { nowMs: number; idleMinutes: number },
): ClassView {
  const report = liveClassReport(state, input);
  const grid = report.grid.map((row) => {
    const current = currentStepIndex(row.statuses);
    const cells = row.statuses.map((s): Cell => (s.done ? 'done' : s.started ? 'started' : 'todo'));
    return current === undefined ? { name: row.name, cells } : { name: row.name, cells, currentStep: current };
  });
  const onStep = new Map<number, number>();
  for (const row of grid)
    if (row.currentStep !== undefined) onStep.set(row.currentStep, (onStep.get(row.currentStep) ?? 0) + 1);
  let stuck: ClassView['stuck'];
  for (const [step, count] of [...onStep].sort((a, b) => a[0] - b[0])) {
    if (stuck === undefined || count > stuck.attendees) {
      stuck = { step, ref: stepRef(input.workshop.agenda[step]!), attendees: count };
    }
  }
  const idle: ClassView['idle'] = [];
  const finished = new Set(grid.filter((row) => row.currentStep === undefined).map((row) => row.name));
  for (const id of state.order) {
    const attendee = state.attendees[id]!;
    // Someone who has done every step is not stuck, however long ago that was.
    if (finished.has(attendee.name)) continue;
    const minutes = Math.floor((input.nowMs - attendee.lastProgressAt) / 60_000);
    if (minutes >= input.idleMinutes) idle.push({ name: attendee.name, minutes });
  }
  const view: ClassView = {
    title: input.workshop.title,
    packName: input.packName,
    steps: input.workshop.agenda.map((step, i) => `${i + 1} ${step.kind} ${stepRef(step)}`),
    grid,
    idle,
    idleMinutes: input.idleMinutes,
    questions: questionStats(state, input.content),
    events: state.order.reduce((n, id) => n + state.attendees[id]!.events.length, 0),
  };
  if (stuck !== undefined) view.stuck = stuck;
  return view;
}

export function questionStats(state: ClassState, content: Pick<ContentSet, 'questions'>): QuestionStats[] {
  const byId = new Map<string, { answered: number; correct: number; wrong: Map<string, number> }>();
  for (const id of state.order) {
    for (const event of state.attendees[id]!.events) {
      if (event.type !== 'quiz-answer') continue;
      let entry = byId.get(event.questionId);
      if (entry === undefined) {
        entry = { answered: 0, correct: 0, wrong: new Map() };
        byId.set(event.questionId, entry);
      }
      entry.answered++;
      if (event.correct) entry.correct++;
      else {
        const key = [...event.chosen].sort((a, b) => a - b).join(',');
        entry.wrong.set(key, (entry.wrong.get(key) ?? 0) + 1);
      }
    }
  }
  return [...byId]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([questionId, entry]) => {
      const question = content.questions.find((q) => q.id === questionId);
      const stats: QuestionStats = {
        questionId,
        ...(question ? { stem: oneLine(question.stem) } : {}),
        answered: entry.answered,
        correct: entry.correct,
        percentCorrect: Math.round((entry.correct * 100) / entry.answered),
      };
      let best: [string, number] | undefined;
      for (const pair of entry.wrong) if (best === undefined || pair[1] > best[1]) best = pair;
      if (best !== undefined) {
        const chosen = best[0] === '' ? [] : best[0].split(',').map(Number);
        const text =
          chosen.length === 0
            ? '(no answer)'
            : chosen.map((i) => question?.options[i]?.text ?? `option ${i + 1}`).join(' + ');
        stats.mostChosenWrong = { chosen, text: oneLine(text), count: best[1] };
      }
      return stats;
    });
}

const oneLine = (text: string) => cleanText(text.replace(/\s+/g, ' ').trim());

/** What a question is called on the dashboard and in `workshop status`: its stem, or NOT_IN_BANK. */
export const questionText = (stats: Pick<QuestionStats, 'stem'>): string => stats.stem ?? NOT_IN_BANK;
