// The lesson reader's state and every change to it, as a pure reducer: keys become actions, and
// several keys typed before a render still apply one after another. The reducer asks `env.view`
// for a section's layout to know how far it may scroll and what is on screen.
import type { Question } from '../../../content/index.js';
import { type CheckAction, type CheckState, freshCheck, retryCheck, updateCheck } from './checkModel.js';
import type { SectionView } from './sectionView.js';

/** What Tab has focused: an internal link (by index in the section view) or a check (by id). */
export type FocusKey = `link:${number}` | `check:${string}`;

export interface ReaderState {
  section: number;
  /** First visible line. */
  scroll: number;
  focus: FocusKey | null;
  checks: Record<string, CheckState>;
  /** Cursor in the section jump list while it is open. */
  jump: number | null;
}

export interface ReaderEnv {
  sectionCount: number;
  /** Lines of lesson text on screen. */
  viewport: number;
  view(section: number, state: ReaderState): SectionView;
  question(id: string): Question | undefined;
}

export type ReaderAction =
  | { type: 'scroll'; by: number }
  | { type: 'page'; by: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'section'; by: 1 | -1 }
  | { type: 'focus'; by: 1 | -1 }
  | { type: 'blur' }
  | { type: 'check'; action: CheckAction }
  | { type: 'answer'; index: number }
  /** `r`: answer again the topmost wrongly answered check on screen. */
  | { type: 'retry' }
  | { type: 'jumpOpen' }
  | { type: 'jumpMove'; by: number }
  | { type: 'jumpTo'; section?: number }
  | { type: 'jumpClose' }
  | { type: 'normalize' };

export function initialReaderState(section: number, scroll: number): ReaderState {
  return { section, scroll, focus: null, checks: {}, jump: null };
}

export const maxScroll = (view: SectionView, viewport: number): number => Math.max(0, view.lines.length - viewport);

interface Focusable {
  key: FocusKey;
  line: number;
}

/** Links and unanswered checks with at least one line on screen, top to bottom. */
export function visibleFocusables(view: SectionView, state: ReaderState, viewport: number): Focusable[] {
  const top = state.scroll;
  const bottom = state.scroll + viewport;
  const items: Focusable[] = [];
  view.links.forEach((link, i) => {
    if (link.line >= top && link.line < bottom) items.push({ key: `link:${i}`, line: link.line });
  });
  for (const check of view.checks) {
    if (state.checks[check.id]?.submitted) continue;
    if (check.start < bottom && check.end > top)
      items.push({ key: `check:${check.id}`, line: Math.max(check.start, top) });
  }
  return items.sort((a, b) => a.line - b.line);
}

export function focusedCheckId(state: ReaderState): string | undefined {
  return state.focus?.startsWith('check:') ? state.focus.slice('check:'.length) : undefined;
}

export function focusedLinkIndex(state: ReaderState): number | undefined {
  return state.focus?.startsWith('link:') ? Number(state.focus.slice('link:'.length)) : undefined;
}

/** True once the "Lesson complete" line of the last section is on screen. */
export function reachedEnd(view: SectionView, state: ReaderState, viewport: number): boolean {
  return view.endLine !== undefined && view.endLine < state.scroll + viewport;
}

export function readerReduce(state: ReaderState, action: ReaderAction, env: ReaderEnv): ReaderState {
  return normalize(apply(state, action, env), env);
}

function apply(state: ReaderState, action: ReaderAction, env: ReaderEnv): ReaderState {
  const { viewport } = env;
  const view = () => env.view(state.section, state);
  const toSection = (section: number, scroll: number): ReaderState =>
    section === state.section && scroll === state.scroll
      ? state
      : { ...state, section, scroll, focus: null, jump: null };
  switch (action.type) {
    case 'scroll':
      return { ...state, scroll: state.scroll + action.by };
    case 'top':
      return { ...state, scroll: 0 };
    case 'bottom':
      return { ...state, scroll: maxScroll(view(), viewport) };
    case 'page': {
      const max = maxScroll(view(), viewport);
      if (action.by > 0) {
        if (state.scroll < max) return { ...state, scroll: Math.min(max, state.scroll + viewport) };
        return state.section < env.sectionCount - 1 ? toSection(state.section + 1, 0) : state;
      }
      if (state.scroll > 0) return { ...state, scroll: Math.max(0, state.scroll - viewport) };
      if (state.section === 0) return state;
      // Paging back past the top continues at the bottom of the previous section, like a book.
      const previous = { ...state, section: state.section - 1 };
      return toSection(state.section - 1, maxScroll(env.view(state.section - 1, previous), viewport));
    }
    case 'section': {
      const target = state.section + action.by;
      return target < 0 || target >= env.sectionCount ? state : toSection(target, 0);
    }
    case 'focus': {
      const items = visibleFocusables(view(), state, viewport);
      if (items.length === 0) return state.focus === null ? state : { ...state, focus: null };
      const at = items.findIndex((item) => item.key === state.focus);
      const next = at === -1 ? (action.by > 0 ? 0 : items.length - 1) : (at + action.by + items.length) % items.length;
      return { ...state, focus: items[next]!.key };
    }
    case 'blur':
      return state.focus === null ? state : { ...state, focus: null };
    case 'answer': {
      let id = focusedCheckId(state);
      if (id === undefined) {
        const first = visibleFocusables(view(), state, viewport).find((item) => item.key.startsWith('check:'));
        if (first === undefined) return state;
        id = first.key.slice('check:'.length);
      }
      return changeCheck({ ...state, focus: `check:${id}` }, id, { type: 'pick', index: action.index }, env);
    }
    case 'check': {
      const id = focusedCheckId(state);
      return id === undefined ? state : changeCheck(state, id, action.action, env);
    }
    case 'retry': {
      const bottom = state.scroll + viewport;
      const wrong = view().checks.find(
        (check) => check.start < bottom && check.end > state.scroll && state.checks[check.id]?.correct === false,
      );
      if (wrong === undefined) return state;
      const checks = { ...state.checks, [wrong.id]: retryCheck(state.checks[wrong.id]!) };
      return { ...state, checks, focus: `check:${wrong.id}`, scroll: Math.min(state.scroll, wrong.start) };
    }
    case 'jumpOpen':
      return { ...state, jump: state.section };
    case 'jumpMove':
      return state.jump === null ? state : { ...state, jump: clamp(state.jump + action.by, 0, env.sectionCount - 1) };
    case 'jumpTo': {
      const target = action.section ?? state.jump ?? state.section;
      return { ...toSection(clamp(target, 0, env.sectionCount - 1), 0), jump: null };
    }
    case 'jumpClose':
      return { ...state, jump: null };
    case 'normalize':
      return state;
  }
}

function changeCheck(state: ReaderState, id: string, action: CheckAction, env: ReaderEnv): ReaderState {
  const question = env.question(id);
  if (question === undefined) return state;
  const before = state.checks[id] ?? freshCheck();
  const after = updateCheck(question, before, action);
  let next: ReaderState = { ...state, checks: { ...state.checks, [id]: after } };
  // Keep what the learner is looking at on screen: the option under the cursor, the verdict, or
  // the message explaining why Enter did nothing.
  const placement = env.view(next.section, next).checks.find((check) => check.id === id);
  if (placement !== undefined) {
    let line = placement.optionLines[after.cursor] ?? placement.start;
    if (after.submitted) line = placement.verdictLine ?? placement.start;
    else if (after.message !== undefined) line = placement.end - 1;
    next = { ...next, scroll: scrollToShow(next.scroll, line, env.viewport) };
  }
  if (after.submitted) next = { ...next, focus: null };
  return next;
}

function scrollToShow(scroll: number, line: number, viewport: number): number {
  if (line < scroll) return line;
  if (line >= scroll + viewport) return line - viewport + 1;
  return scroll;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** Keeps the section and scroll in range (after a resize too) and drops a focus that scrolled away. */
function normalize(state: ReaderState, env: ReaderEnv): ReaderState {
  const section = clamp(state.section, 0, env.sectionCount - 1);
  const fixed = section === state.section ? state : { ...state, section };
  const view = env.view(section, fixed);
  const scroll = clamp(fixed.scroll, 0, maxScroll(view, env.viewport));
  let next = scroll === fixed.scroll ? fixed : { ...fixed, scroll };
  if (next.focus !== null && !visibleFocusables(view, next, env.viewport).some((item) => item.key === next.focus)) {
    next = { ...next, focus: null };
  }
  return next;
}
