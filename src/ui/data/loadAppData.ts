import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtinContentDirs, type ContentDirs, type ContentSet, loadContentCached } from '../../content/index.js';
import { openProgressStore, type ProgressStore } from '../../progress/index.js';
import { type LessonData, memoryLessonProgress, orderedLessons } from '../screens/lessons/lessonStore.js';
import type { QuizData } from '../screens/quiz/quizData.js';
import { storeLessonProgress } from './lessonPort.js';
import { ProgressSnapshot } from './progressSnapshot.js';
import { storeQuizProgress } from './quizPort.js';
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
}

/**
 * Opens the progress store and loads content. Runs after the first frame (it costs tens of
 * milliseconds of imports), so the home screen appears before it. Never throws: a store that
 * cannot be opened degrades to in-memory progress with a notice saying nothing will be saved.
 */
export function loadAppData(options: AppDataOptions): LoadedAppData {
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
  const { content } = loadContentCached(dirs, { cacheFile: join(cacheDir, 'content-cache.json') });
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
  };
}
