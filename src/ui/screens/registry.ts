import type { ScreenDef } from '../shell/screenTypes.js';
import { HelpScreen } from './HelpScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { withAppData } from '../data/AppDataContext.js';
import { lazyScreen } from './lazyScreen.js';
import { lessonListHelp, lessonReaderHelp } from './lessons/help.js';
import { PlaceholderScreen } from './PlaceholderScreen.js';
import { ProgressScreen, progressHelp } from './progress/ProgressScreen.js';
import { examHelp, quizHelp } from './quiz/help.js';
import { WorkshopScreen, workshopHelp } from './workshop/WorkshopScreen.js';

const placeholder = (what: string): ScreenDef => ({
  title: what,
  component: ({ params }) => PlaceholderScreen({ params: { what, ...params } }),
});

// Screens other than home are imported on first use and wait for content and progress to load.
const lazyWithData = (load: Parameters<typeof lazyScreen>[0]) => withAppData(lazyScreen(load));
const LessonListScreen = lazyWithData(async () => (await import('./lessons/LessonListScreen.js')).LessonListScreen);
const LessonReaderScreen = lazyWithData(async () => (await import('./lessons/LessonReaderScreen.js')).LessonReaderScreen);
const PracticeScreen = lazyWithData(async () => (await import('./quiz/PracticeScreen.js')).PracticeScreen);
const ExamScreen = lazyWithData(async () => (await import('./quiz/ExamScreen.js')).ExamScreen);
const DrillScreen = lazyWithData(async () => (await import('./quiz/DrillScreen.js')).DrillScreen);

/** Every screen the app can show, by route name. Adding a screen is adding a line here. */
export const screens: Record<string, ScreenDef> = {
  home: { title: 'Home', component: HomeScreen },
  help: { title: 'Help', component: HelpScreen },
  lessons: { title: 'Lessons', component: LessonListScreen, help: lessonListHelp },
  lesson: {
    title: (params) => (typeof params.title === 'string' ? params.title : 'Lesson'),
    component: LessonReaderScreen,
    help: lessonReaderHelp,
  },
  quiz: { title: 'Practice quiz', component: PracticeScreen, help: quizHelp },
  exam: { title: 'Exam simulation', component: ExamScreen, help: examHelp },
  drill: { title: 'Due drill', component: DrillScreen, help: quizHelp },
  sandbox: placeholder('Sandbox'),
  progress: { title: 'Progress', component: ProgressScreen, help: progressHelp },
  workshop: {
    title: (params) => (typeof params.title === 'string' ? `Workshop · ${params.title}` : 'Workshop'),
    component: WorkshopScreen,
    help: workshopHelp,
  },
};
