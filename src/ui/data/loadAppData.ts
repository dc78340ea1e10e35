import { tmpdir } from 'node:os';
import { memoryProgressClient, ProgressClient } from '../../app/index.js';
import { dirname, join } from 'node:path';
import { builtinContentDirs } from '../../content/builtin.js';
import { readContentCache, writeContentCache } from '../../content/content-cache.js';
import type { ContentDirs } from '../../content/index.js';
import type { ContentSet, Question } from '../../content/index.js';
import { openProgressStore, type ProgressStore } from '../../progress/index.js';
import { type LessonData, orderedLessons } from '../screens/lessons/lessonStore.js';
import type { QuizData } from '../screens/quiz/quizData.js';

export interface AppDataOptions {
  dataDir?: string;
  now: () => number;
  /** Content added on top of the built-in lessons and banks (a workshop pack). */
  extraContentDirs?: ContentDirs[];
}

/** What the home screen needs: the progress store. Opened right after the first frame. */
export interface AppCore {
  store: ProgressStore | null;
  /** Every read and write of progress; over memory when the store could not be opened. */
  client: ProgressClient;
  storePath: string;
  /** Messages the learner must see once (a progress file set aside, content problems). */
  notices: string[];
  options: AppDataOptions;
}

/** Lessons and question banks with the screens' ports over the store. Loaded on first need. */
export interface AppContent {
  content: ContentSet;
  lessonData: LessonData;
  quizData: QuizData;
  /** The lessons the Progress dashboard counts; default: the built-in curriculum topics. */
  curriculum?: readonly { id: string; title: string }[];
  /** Content problems worth a notice. */
  notices: string[];
}

/** Opens the progress store. Never throws: without a store, progress lives in memory. */
export function loadAppCore(options: AppDataOptions): AppCore {
  const notices: string[] = [];
  let store: ProgressStore | null = null;
  try {
    store = openProgressStore(
      options.dataDir === undefined ? { now: options.now } : { dataDir: options.dataDir, now: options.now },
    );
    if (store.notice) notices.push(store.notice);
  } catch (error) {
    notices.push(`Progress cannot be saved this session: ${(error as Error).message}`);
  }
  return {
    store,
    // The cache ages by the monotonic clock; the store stamps records with options.now.
    client: store ? new ProgressClient(store, () => performance.now()) : memoryProgressClient({ now: options.now }),
    storePath: store?.path ?? '(not saved)',
    notices,
    options,
  };
}

/**
 * Reads lessons and banks (from the JSON cache when it is current; the YAML and Markdown are
 * parsed, and the parser imported, only on a miss). The content is the largest thing the tutor
 * holds in memory, so the home screen does not wait for it.
 */
export async function loadAppContent(core: AppCore): Promise<AppContent> {
  const cacheDir = core.store ? dirname(core.store.path) : tmpdir();
  const dirs: ContentDirs[] = [{ ...builtinContentDirs(), builtin: true }, ...(core.options.extraContentDirs ?? [])];
  const cacheOptions = { cacheFile: join(cacheDir, 'content-cache.json') };
  let content = readContentCache(dirs, cacheOptions);
  if (content === undefined) {
    const { loadContent } = await import('../../content/loader.js');
    content = loadContent(dirs);
    writeContentCache(dirs, cacheOptions, content);
  }
  const errors = content.problems.filter((problem) => problem.severity === 'error');
  const notices =
    errors.length > 0 ? [`${errors.length} content problem(s) were found; run "iam-tutor validate" to see them.`] : [];
  const { client } = core;
  return {
    content,
    lessonData: {
      lessons: orderedLessons(content.lessons),
      progress: client.lessons,
    },
    quizData: {
      questions: content.questions,
      progress: client.quiz,
      topicNames: new Map(content.lessons.map((lesson) => [lesson.id, lesson.title])),
      // Read when a session starts, so the Settings switch applies from the next practice session.
      get instantAnswers() {
        return client.current().settings.instantAnswers === true;
      },
    },
    notices,
  };
}

/** Everything a screen other than home needs: the store, then lessons and banks. */
export async function loadAppFull(options: AppDataOptions): Promise<{ core: AppCore; content: AppContent }> {
  const core = loadAppCore(options);
  return { core, content: await loadAppContent(core) };
}

/** Due questions for the home screen (the quiz engine is imported only when some are due). */
export async function countDueQuestions(questions: readonly Question[], cards: unknown, now: number): Promise<number> {
  const { dueCount, parseCards } = await import('../../quiz/index.js');
  const parsed = parseCards(cards);
  return parsed.ok ? dueCount(questions, parsed.value, now) : 0;
}
