// Counts for the home menu, from the progress file as read (validated or not) and the lessons
// when loaded. Light on purpose: the home screen imports it before the store and content load
// (it is a listed light entry in test/unit/boundaries.test.ts). No clock read: `now` is passed in.
import type { Lesson } from '../content/index.js';
import { builtinTopics } from '../content/topics.js';
import { openMistakes, type LoggedAnswer } from '../quiz/mistake-set.js';
import { lessonToContinue } from './continueLesson.js';

export interface HomeSummary {
  lessonsDone: number;
  lessonsTotal: number;
  /** Title of the lesson "Continue" opens (the one rule in continueLesson.ts). */
  continueLesson?: string;
  /** Questions due for review; undefined while the question bank needed to count them loads. */
  due: number | undefined;
  /** Concepts whose review is due (known from the progress file alone). */
  dueConcepts: number;
  examInProgress: boolean;
  /** Open mistakes (answered wrong, not right since); undefined until the store is loaded. */
  mistakes?: number;
}

type Loose = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): Loose => {
  const inner = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
};

/** An answer of the log as the mistake set reads it; anything else in an odd file is left out. */
function isLoggedAnswer(value: unknown): value is LoggedAnswer {
  const a = value as Record<string, unknown> | null;
  return (
    a !== null &&
    typeof a === 'object' &&
    typeof a.questionId === 'string' &&
    typeof a.topic === 'string' &&
    typeof a.correct === 'boolean' &&
    typeof a.at === 'string' &&
    Array.isArray(a.chosen) &&
    a.chosen.every((n) => typeof n === 'number')
  );
}

/** The saved review cards, however the file looks (the quiz engine validates them later). */
export const reviewCardsOf = (progress: unknown): Record<string, unknown> =>
  field(field(progress, 'quiz'), 'fsrsCards') ?? {};

/**
 * Counts for the home menu from progress data (validated or not: anything odd counts as nothing)
 * and the lessons when loaded. `dueQuestions` is the count of due questions when known.
 */
export function summariseHome(
  progress: unknown,
  lessonList: readonly Pick<Lesson, 'id' | 'title'>[] | null,
  now: number,
  dueQuestions?: number,
): HomeSummary {
  const lessons = lessonList ?? builtinTopics.map((topic) => ({ id: topic.id, title: topic.title }));
  const byId = field(field(progress, 'lessons'), 'byId') ?? {};
  const completed = (id: string) => field(byId, id)?.completed === true;
  const lastId = field(progress, 'lessons')?.lastLessonId;
  const resume = lessonToContinue(
    lessons,
    (id) => {
      const entry = field(byId, id);
      if (entry === undefined) return undefined;
      const openedAt = entry.lastOpenedAt;
      return {
        completed: entry.completed === true,
        ...(typeof openedAt === 'string' ? { lastOpenedAt: openedAt } : {}),
      };
    },
    typeof lastId === 'string' ? lastId : undefined,
  );
  const quiz = field(progress, 'quiz');
  const cards = reviewCardsOf(progress);
  const dueConcepts = Object.values(cards).filter((card) => {
    const due = field({ card }, 'card')?.due;
    return typeof due === 'string' && Date.parse(due) <= now;
  }).length;
  const due = dueConcepts === 0 ? 0 : dueQuestions;
  const answers = (Array.isArray(quiz?.answers) ? quiz.answers : []).filter(isLoggedAnswer);
  return {
    lessonsDone: lessons.filter((lesson) => completed(lesson.id)).length,
    lessonsTotal: lessons.length,
    ...(resume ? { continueLesson: resume.title } : {}),
    due,
    dueConcepts,
    examInProgress: quiz?.examInProgress != null,
    mistakes: openMistakes(answers).length,
  };
}
