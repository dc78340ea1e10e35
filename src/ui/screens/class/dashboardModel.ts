// The instructor's live class dashboard as a pure model: (state, action) -> state. The class
// state arrives from the host (a 'class' action), the time from a ticking view (a 'tick' action),
// and the body size from the shell; everything shown is derived here, so it is tested directly.
import { type ClassState, type ClassView, classView, type LiveClassInput } from '../../../workshop/index.js';

export interface DashboardConfig {
  input: LiveClassInput;
  /** The command attendees run, with the join URL. */
  joinCommand: string;
  code: string;
  token: string;
  /** When the class started (host clock, ms): the agenda timer counts from here. */
  startedAt: number;
  idleMinutes: number;
  /** Set when the host listens beyond this computer. */
  networkWarning?: string;
}

export type Pane = 'grid' | 'questions';

export interface DashboardState {
  config: DashboardConfig;
  classState: ClassState;
  nowMs: number;
  view: ClassView;
  width: number;
  height: number;
  pane: Pane;
  /** First attendee (grid) or question (questions) shown. */
  row: number;
  /** First agenda step shown in the grid, when the steps do not all fit. */
  column: number;
  showToken: boolean;
  confirmEnd: boolean;
  ended: boolean;
}

export type DashboardAction =
  | { kind: 'class'; state: ClassState }
  | { kind: 'tick'; nowMs: number }
  | { kind: 'resize'; width: number; height: number }
  | { kind: 'scroll'; by: number }
  | { kind: 'scroll-to'; end: 'first' | 'last' }
  | { kind: 'pan'; by: number }
  | { kind: 'pane' }
  | { kind: 'token' }
  | { kind: 'ask-end' }
  | { kind: 'keep-running' }
  | { kind: 'end' };

export function initialDashboard(
  config: DashboardConfig,
  classState: ClassState,
  nowMs: number,
  size: { width: number; height: number },
): DashboardState {
  const view = deriveView(config, classState, nowMs);
  return {
    config,
    classState,
    nowMs,
    view,
    ...size,
    pane: 'grid',
    row: 0,
    column: 0,
    showToken: false,
    confirmEnd: false,
    ended: false,
  };
}

function deriveView(config: DashboardConfig, state: ClassState, nowMs: number): ClassView {
  return classView(state, { ...config.input, nowMs, idleMinutes: config.idleMinutes });
}

/** How many rows the current pane lists. */
export function paneLength(state: DashboardState): number {
  return state.pane === 'grid' ? state.view.grid.length : state.view.questions.length;
}

export function reduceDashboard(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.kind) {
    case 'class':
      if (action.state === state.classState) return state;
      return { ...state, classState: action.state, view: deriveView(state.config, action.state, state.nowMs) };
    case 'tick':
      return { ...state, nowMs: action.nowMs, view: deriveView(state.config, state.classState, action.nowMs) };
    case 'resize':
      return { ...state, width: action.width, height: action.height };
    case 'scroll':
      return { ...state, row: clamp(state.row + action.by, 0, Math.max(0, paneLength(state) - 1)) };
    case 'scroll-to':
      return { ...state, row: action.end === 'first' ? 0 : Math.max(0, paneLength(state) - 1) };
    case 'pan':
      return { ...state, column: clamp(state.column + action.by, 0, Math.max(0, state.view.steps.length - 1)) };
    case 'pane':
      return { ...state, pane: state.pane === 'grid' ? 'questions' : 'grid', row: 0 };
    case 'token':
      return { ...state, showToken: !state.showToken };
    case 'ask-end':
      return { ...state, confirmEnd: true };
    case 'keep-running':
      return { ...state, confirmEnd: false };
    case 'end':
      return { ...state, confirmEnd: false, ended: true };
  }
}

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
