import type { ScreenDef } from '../shell/screenTypes.js';
import { HelpScreen } from './HelpScreen.js';
import { HomeScreen } from './HomeScreen.js';
import { PlaceholderScreen } from './PlaceholderScreen.js';

const placeholder = (what: string): ScreenDef => ({
  title: what,
  component: ({ params }) => PlaceholderScreen({ params: { what, ...params } }),
});

/** Every screen the app can show, by route name. Adding a screen is adding a line here. */
export const screens: Record<string, ScreenDef> = {
  home: { title: 'Home', component: HomeScreen },
  help: { title: 'Help', component: HelpScreen },
  lessons: placeholder('Lessons'),
  quiz: placeholder('Practice quiz'),
  exam: placeholder('Exam simulation'),
  sandbox: placeholder('Sandbox'),
  progress: placeholder('Progress'),
  workshop: placeholder('Workshop'),
};
