// One way to answer a question, shared by practice, the exam and the lessons' check questions:
// choose (a letter, a number, Space), then confirm with Enter. Positions are on-screen option
// positions; the screen maps them to the question file's indices. Pure: no clock, no I/O, no UI.

export interface AnswerState {
  optionCount: number;
  multiple: boolean;
  /** How many options an answer needs (1 for a single-answer question). */
  need: number;
  cursor: number;
  /** Chosen positions, ascending. */
  chosen: number[];
  submitted: boolean;
  /** Why the last confirm was refused; the screen words it. */
  problem?: AnswerProblem;
  /** First feedback line shown once submitted. */
  feedbackTop: number;
}

export type AnswerProblem =
  | { kind: 'none-chosen'; need: number }
  | { kind: 'wrong-count'; need: number; chosen: number };

/** Scrolling the feedback needs its size, which the screen knows when the key arrives. */
export interface FeedbackSize {
  total: number;
  /** Rows of the feedback region. */
  height: number;
  /**
   * Lines [0, essential) must have been on screen before Enter moves on: the verdict and the
   * explanations of the chosen and the right options. Default: all of them.
   */
  essential?: number;
}

export type AnswerAction =
  | { type: 'move'; by: number }
  /** A letter or number named this position: move there and choose (toggle, for multiple). */
  | { type: 'choose'; position: number }
  /** Space: choose (toggle) the option under the cursor. */
  | { type: 'toggle' }
  | { type: 'confirm' }
  | { type: 'clear' }
  | { type: 'scroll'; to: 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'top' | 'bottom'; size: FeedbackSize };

export interface AnswerSettings {
  /**
   * Instant answers: a letter or number submits a single-answer question at once. Off, the
   * default, a letter only chooses and Enter confirms, the same in practice, exam and lessons.
   */
  instant?: boolean;
}

export function startAnswer(
  optionCount: number,
  need: number,
  multiple: boolean,
  chosen: readonly number[] = [],
): AnswerState {
  return {
    optionCount,
    multiple,
    need,
    cursor: chosen[0] ?? 0,
    chosen: [...chosen].sort((a, b) => a - b),
    submitted: false,
    feedbackTop: 0,
  };
}

const withChoice = (state: AnswerState, position: number): number[] => {
  if (!state.multiple) return [position];
  return state.chosen.includes(position)
    ? state.chosen.filter((p) => p !== position)
    : [...state.chosen, position].sort((a, b) => a - b);
};

function confirm(state: AnswerState): AnswerState {
  const chosen = state.chosen;
  if (chosen.length === 0) return { ...state, problem: { kind: 'none-chosen', need: state.need } };
  if (chosen.length !== state.need) {
    return { ...state, problem: { kind: 'wrong-count', need: state.need, chosen: chosen.length } };
  }
  const { problem: _gone, ...rest } = state;
  return { ...rest, submitted: true, feedbackTop: 0 };
}

export function updateAnswer(state: AnswerState, action: AnswerAction, settings: AnswerSettings = {}): AnswerState {
  if (state.submitted) return action.type === 'scroll' ? scrollFeedback(state, action.to, action.size) : state;
  const { problem: _cleared, ...clean } = state;
  switch (action.type) {
    case 'move': {
      if (state.optionCount === 0) return state;
      const cursor = (state.cursor + action.by + state.optionCount * 8) % state.optionCount;
      return { ...state, cursor };
    }
    case 'choose': {
      if (action.position < 0 || action.position >= state.optionCount) return state;
      const chosen = { ...clean, cursor: action.position, chosen: withChoice(state, action.position) };
      return settings.instant === true && !state.multiple ? confirm(chosen) : chosen;
    }
    case 'toggle':
      if (state.optionCount === 0) return state;
      return { ...clean, chosen: withChoice(state, state.cursor) };
    case 'confirm':
      // Enter on a single-answer question with nothing chosen answers the option under the cursor.
      if (!state.multiple && state.chosen.length === 0 && state.optionCount > 0) {
        return confirm({ ...clean, chosen: [state.cursor] });
      }
      return confirm(state);
    case 'clear':
      return { ...clean, chosen: [] };
    case 'scroll':
      return state;
  }
}

/** The largest first line that still fills the region (the last row shows "more below" when it overflows). */
function lastTop(size: FeedbackSize): number {
  const height = Math.max(1, size.height);
  const rows = size.total > height ? Math.max(1, height - 1) : height;
  return Math.max(0, size.total - rows);
}

function scrollFeedback(state: AnswerState, to: Extract<AnswerAction, { type: 'scroll' }>['to'], size: FeedbackSize) {
  const max = lastTop(size);
  const page = Math.max(1, Math.max(1, size.height) - 2);
  const from = Math.min(state.feedbackTop, max);
  const top =
    to === 'top'
      ? 0
      : to === 'bottom'
        ? max
        : Math.min(max, Math.max(0, from + { 'line-up': -1, 'line-down': 1, 'page-up': -page, 'page-down': page }[to]));
  return top === state.feedbackTop ? state : { ...state, feedbackTop: top };
}

/**
 * True while part of the feedback's essential lines is below the region: Enter then scrolls
 * instead of moving on, so nobody skips the explanation of their own choice or the right one.
 */
export function feedbackHasMoreBelow(state: AnswerState, size: FeedbackSize): boolean {
  if (!state.submitted) return false;
  const height = Math.max(1, size.height);
  const rows = size.total > height ? Math.max(1, height - 1) : height;
  const top = Math.min(state.feedbackTop, lastTop(size));
  return top + rows < Math.min(size.total, size.essential ?? size.total);
}
