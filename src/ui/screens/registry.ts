import type { RouteName } from '../shell/routes.js';
import type { ScreenDef } from '../shell/screenTypes.js';
import { HelpScreen } from './HelpScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { withAppData } from '../data/TutorContext.js';
import { lazyScreen } from './lazyScreen.js';
import { lessonListHelp, lessonReaderHelp } from './lessons/help.js';
import { progressHelp } from './progress/help.js';
import { examHelp, quizHelp } from './quiz/help.js';
import { sandboxHelp } from './sandbox/help.js';
import { workshopHelp } from './workshop/help.js';
import { classDashboardHelp } from './class/help.js';
import { bookmarksHelp, glossaryHelp, searchHelp } from './search/help.js';

// Screens other than home are imported on first use (see lazyScreen).
const lazy = {
  lessonList: lazyScreen(async () => (await import('./lessons/LessonListScreen.js')).LessonListScreen),
  lessonReader: lazyScreen(async () => (await import('./lessons/LessonReaderScreen.js')).LessonReaderScreen),
  practice: lazyScreen(async () => (await import('./quiz/PracticeScreen.js')).PracticeScreen),
  exam: lazyScreen(async () => (await import('./quiz/ExamScreen.js')).ExamScreen),
  drill: lazyScreen(async () => (await import('./quiz/DrillScreen.js')).DrillScreen),
  mistakes: lazyScreen(async () => (await import('./quiz/MistakesScreen.js')).MistakesScreen),
  pastExams: lazyScreen(async () => (await import('./quiz/PastExamsScreen.js')).PastExamsScreen),
  progress: lazyScreen(async () => (await import('./progress/ProgressScreen.js')).ProgressScreen),
  workshop: lazyScreen(async () => (await import('./workshop/WorkshopScreen.js')).WorkshopScreen),
  sandbox: lazyScreen(async () => (await import('./sandbox/SandboxHome.js')).SandboxScreen),
  search: lazyScreen(async () => (await import('./search/SearchScreen.js')).SearchScreen),
  glossary: lazyScreen(async () => (await import('./glossary/GlossaryScreen.js')).GlossaryScreen),
  bookmarks: lazyScreen(async () => (await import('./bookmarks/BookmarksScreen.js')).BookmarksScreen),
  classDashboard: lazyScreen(async () => (await import('./class/ClassDashboardScreen.js')).ClassDashboardScreen),
};

/** Imports every lazy screen now: screen tests call it so frames render without "Loading…". */
export const preloadScreens = (): Promise<unknown> =>
  Promise.all(Object.values(lazy).map((screen) => screen.preload()));

// Every screen but home and help waits here, in one way, until content and progress are loaded.
const LessonListScreen = withAppData(lazy.lessonList);
const LessonReaderScreen = withAppData(lazy.lessonReader);
const PracticeScreen = withAppData(lazy.practice);
const ExamScreen = withAppData(lazy.exam);
const DrillScreen = withAppData(lazy.drill);
const MistakesScreen = withAppData(lazy.mistakes);
const ProgressScreen = withAppData(lazy.progress);
const WorkshopScreen = withAppData(lazy.workshop);

/** Every screen the app can show, by route name. Adding a screen is adding a line here. */
export const screens: { [K in RouteName]: ScreenDef<K> } = {
  home: { title: 'Home', component: HomeScreen },
  help: { title: 'Help', component: HelpScreen },
  lessons: { title: 'Lessons', component: LessonListScreen, help: lessonListHelp },
  lesson: {
    title: (params) => params.title ?? 'Lesson',
    component: LessonReaderScreen,
    help: lessonReaderHelp,
  },
  quiz: { title: 'Practice quiz', component: PracticeScreen, help: quizHelp },
  exam: { title: 'Exam simulation', component: ExamScreen, help: examHelp },
  drill: { title: 'Due drill', component: DrillScreen, help: quizHelp },
  mistakes: { title: 'Review mistakes', component: MistakesScreen, help: quizHelp },
  pastExams: { title: 'Past exams', component: withAppData(lazy.pastExams), help: quizHelp },
  sandbox: { title: 'Sandbox', component: withAppData(lazy.sandbox), help: sandboxHelp },
  progress: { title: 'Progress', component: ProgressScreen, help: progressHelp },
  workshop: {
    title: (params) => (params.title === undefined ? 'Workshop' : `Workshop · ${params.title}`),
    component: WorkshopScreen,
    help: workshopHelp,
  },
  search: { title: 'Search', component: withAppData<'search'>(lazy.search), help: searchHelp },
  glossary: { title: 'Glossary', component: lazy.glossary, help: glossaryHelp },
  bookmarks: { title: 'Bookmarks', component: withAppData<'bookmarks'>(lazy.bookmarks), help: bookmarksHelp },
  class: { title: 'Live class', component: lazy.classDashboard, help: classDashboardHelp },
};
