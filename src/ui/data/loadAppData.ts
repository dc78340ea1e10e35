import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtinContentDirs } from '../../content/builtin.js';
import { readContentCache, writeContentCache } from '../../content/content-cache.js';
import type { ContentDirs } from '../../content/loader.js';
import type { ContentSet } from '../../content/types.js';
import { openProgressStore, type ProgressStore } from '../../progress/index.js';
import { type LessonData, memoryLessonProgress, orderedLessons } from '../screens/lessons/lessonStore.js';
import type { QuizData } from '../screens/quiz/quizData.js';
import { storeLessonProgress } from './lessonPort.js';
import { ProgressSnapshot } from './progressSnapshot.js';
import { storeQuizProgress } from './quizPort.js';
import { dueCount, parseCards } from '../../quiz/index.js';
import { memoryQuizProgress } from './memoryQuizPort.js';

export interface AppDataOptions {
  dataDir?: string;
  now: () => number;
  /** Content added on top of the built-in lessons and banks (a workshop pack). */
  extraContentDirs?: ContentDirs[];
}

export interface LoadedAppData {
  content: ContentSet;
  store: ProgressStore | null;
  snapshot: ProgressSnapshot | null;
  storePath: string;
  lessonData: LessonData;
  quizData: QuizData;
  /** Messages the learner must see once (a progress file set aside, content problems). */
  notices: string[];
  /** What the home screen shows: lessons finished and questions due for review now. */
  summary(now: number): HomeSummary;
}

export interface HomeSummary {
  lessonsDone: number;
  lessonsTotal: number;
  continueLesson?: string;
  due: number;
  examInProgress: boolean;
}

/**
 * Opens the progress store and loads content. Runs after the first frame (it costs tens of
 * milliseconds of imports), so the home screen appears before it. Never throws: a store that
 * cannot be opened degrades to in-memory progress with a notice saying nothing will be saved.
 */
export async function loadAppData(options: AppDataOptions): Promise<LoadedAppData> {
  const notices: string[] = [];
  let store: ProgressStore | null = null;
  try {
    store = openProgressStore(options.dataDir === undefined ? { now: options.now } : { dataDir: options.dataDir, now: options.now });
    if (store.notice) notices.push(store.notice);
  } catch (error) {
    notices.push(`Progress cannot be saved this session: ${(error as Error).message}`);
  }
  const cacheDir = store ? dirname(store.path) : tmpdir();
  const dirs: ContentDirs[] = [{ ...builtinContentDirs(), builtin: true }, ...(options.extraContentDirs ?? [])];
  const cacheOptions = { cacheFile: join(cacheDir, 'content-cache.json') };
  let content = readContentCache(dirs, cacheOptions);
  if (content === undefined) {
    // A cold start (first run, or content changed): parse the YAML and Markdown for real.
    const { loadContent } = await import('../../content/loader.js');
    content = loadContent(dirs);
    writeContentCache(dirs, cacheOptions, content);
  }
  const errors = content.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    notices.push(`${errors.length} content problem(s) were found; run "iam-tutor validate" to see them.`);
  }
  const snapshot = store ? new ProgressSnapshot(store) : null;
  const lessons = orderedLessons(content.lessons);
  return {
    content,
    store,
    snapshot,
    storePath: store?.path ?? '(not saved)',
    lessonData: { lessons, progress: snapshot ? storeLessonProgress(snapshot) : memoryLessonProgress() },
    quizData: { questions: content.questions, progress: snapshot ? storeQuizProgress(snapshot) : memoryQuizProgress() },
    notices,
    summary: (now) => {
      const data = snapshot?.current();
      const cards = parseCards(data?.quiz.fsrsCards ?? {});
      const done = lessons.filter((lesson) => data?.lessons.byId[lesson.id]?.completed === true).length;
      const lastId = data?.lessons.lastLessonId;
      const last = lessons.find((lesson) => lesson.id === lastId);
      return {
        lessonsDone: done,
        lessonsTotal: lessons.length,
        ...(last && data?.lessons.byId[last.id]?.completed !== true ? { continueLesson: last.title } : {}),
        due: cards.ok ? dueCount(content.questions, cards.value, now) : 0,
        examInProgress: data?.quiz.examInProgress != null,
      };
    },
  };
}
