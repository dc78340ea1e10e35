import type { ScreenDef } from '../shell/screenTypes.js';
import { HelpScreen } from './HelpScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { LessonListScreen, lessonListHelp } from './lessons/LessonListScreen.js';
import { LessonReaderScreen, lessonReaderHelp } from './lessons/LessonReaderScreen.js';
import { PlaceholderScreen } from './PlaceholderScreen.js';
import { ProgressScreen, progressHelp } from './progress/ProgressScreen.js';
import { DrillScreen } from './quiz/DrillScreen.js';
import { ExamScreen } from './quiz/ExamScreen.js';
import { PracticeScreen } from './quiz/PracticeScreen.js';
import { examHelp, quizHelp } from './quiz/help.js';
import { WorkshopScreen, workshopHelp } from './workshop/WorkshopScreen.js';

const placeholder = (what: string): ScreenDef => ({
  title: what,
  component: ({ params }) => PlaceholderScreen({ params: { what, ...params } }),
});

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
