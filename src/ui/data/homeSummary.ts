import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTopics } from '../../content/topics.js';
import type { Lesson } from '../../content/index.js';
import { resolveDataDir } from '../../progress/data-dir.js';
import { defaultDataDir } from '../../workshop/attendee.js';

export interface HomeSummary {
  lessonsDone: number;
  lessonsTotal: number;
  continueLesson?: string;
  /** Questions due for review; undefined while the question bank needed to count them loads. */
  due: number | undefined;
  /** Concepts whose review is due (known from the progress file alone). */
  dueConcepts: number;
  examInProgress: boolean;
}

/** The progress file as read for the home screen: raw JSON, not validated, never written. */
export interface ProgressPeek {
  path: string;
  data: unknown;
  /** The file exists but is not JSON: the store must open it to set it aside and say so. */
  unreadable: boolean;
}

/**
 * The home screen only counts things, so it reads the progress file directly instead of opening
 * the store (conf, zod and the lock cost ~10 MB and tens of milliseconds). The store opens when a
 * screen that reads or writes progress is first shown.
 */
export function peekProgress(dataDir: string | undefined, env: NodeJS.ProcessEnv): ProgressPeek {
  const dir = dataDir ?? resolveDataDir({ env }) ?? defaultDataDir(env);
  const path = join(dir, 'progress.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { path, data: null, unreadable: false };
  }
  try {
    return { path, data: JSON.parse(text), unreadable: false };
  } catch {
    return { path, data: null, unreadable: true };
  }
}

type Loose = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): Loose => {
  const inner = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
};

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
  const last = lessons.find((lesson) => lesson.id === lastId);
  const quiz = field(progress, 'quiz');
  const cards = reviewCardsOf(progress);
  const dueConcepts = Object.values(cards).filter((card) => {
    const due = field({ card }, 'card')?.due;
    return typeof due === 'string' && Date.parse(due) <= now;
  }).length;
  const due = dueConcepts === 0 ? 0 : dueQuestions;
  return {
    lessonsDone: lessons.filter((lesson) => completed(lesson.id)).length,
    lessonsTotal: lessons.length,
    ...(last && !completed(last.id) ? { continueLesson: last.title } : {}),
    due,
    dueConcepts,
    examInProgress: quiz?.examInProgress != null,
  };
}
