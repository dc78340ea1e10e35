// What the sandbox play keymaps share: the key environment and which state a key acts in.
import type { Binding } from '../../shell/keymap.js';
import type { PlayLayout } from './playLayout.js';
import type { PlayAction, PlayModel, PlayView } from './playModel.js';

export interface PlayKeyEnv {
  /** The layout of this state at the current size (what the scroll keys move over). */
  layout(m: PlayModel): PlayLayout;
  /** Esc in the log view leaves for the sandbox menu (when the menu opened this screen). */
  canExit: boolean;
  /** The learner's own editor ($VISUAL or $EDITOR), when one is set. */
  externalEditor?: string;
}

export type B = Binding<PlayModel, PlayAction>;

export const confirming = (m: PlayModel) => m.confirm !== null;
export const typing = (m: PlayModel) => m.confirm === null && m.prompt !== null;
export const idle = (m: PlayModel) => m.confirm === null && m.prompt === null;
export const inView =
  (...views: PlayView[]) =>
  (m: PlayModel) =>
    idle(m) && views.includes(flowShown(m));
/** The flow view only when there is a run to show; otherwise it draws as the log. */
const flowShown = (m: PlayModel): PlayView => (m.view === 'flow' && m.session.lastRun === undefined ? 'log' : m.view);
